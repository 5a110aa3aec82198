package dev.hmspec.data;

public enum FieldType {
    NUMBER, STRING, TEMPORAL, BOOLEAN;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
