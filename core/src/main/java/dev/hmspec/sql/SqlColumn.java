package dev.hmspec.sql;

import dev.hmspec.data.FieldType;

/** A column of a relation we generate: its name and hmspec field type. */
public record SqlColumn(String name, FieldType type) {}
