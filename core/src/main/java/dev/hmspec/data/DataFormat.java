package dev.hmspec.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** File formats the reader understands; names are what `format` accepts and the file extensions. */
public enum DataFormat {
    CSV, TSV, JSON, PARQUET;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    public static List<String> names() { return List.of("csv", "tsv", "json", "parquet"); }

    public static Optional<DataFormat> parse(String name) {
        for (DataFormat f : values()) if (f.label().equalsIgnoreCase(name)) return Optional.of(f);
        return Optional.empty();
    }

    public static Optional<DataFormat> fromPath(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : parse(path.substring(dot + 1));
    }
}
