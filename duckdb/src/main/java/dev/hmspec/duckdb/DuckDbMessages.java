package dev.hmspec.duckdb;

import java.nio.file.Path;

/** The DuckDB module's own messages (the shared catalog stays free of engine details). */
final class DuckDbMessages {
    private DuckDbMessages() {}

    static String nativeLibraryMissing(String name, Path folder) {
        return "DuckDB's native library " + name + " is not beside the jar in " + folder
                + ": keep the libduckdb_java.so_* files the build writes beside hmspec.jar (cli/target/) next to it";
    }
}
