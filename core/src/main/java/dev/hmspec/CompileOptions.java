package dev.hmspec;

import dev.hmspec.transform.Trace;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to compile: {@code dataRoot} is the folder data paths must stay inside (the project);
 * empty means the spec's own folder tree... unless {@code allowAnyDataPath}. {@code engine} picks
 * who reads files: {@code "auto"} (DuckDB when its module is on the class path, else memory) or
 * {@code "memory"} (the reference engine); {@code trace} collects what ran where (explain, logs).
 */
public record CompileOptions(Optional<Path> dataRoot, boolean allowAnyDataPath, String engine, Trace trace) {
    public CompileOptions {
        if (engine == null) engine = "auto";
        if (trace == null) trace = Trace.off();
    }

    public CompileOptions(Optional<Path> dataRoot, boolean allowAnyDataPath) {
        this(dataRoot, allowAnyDataPath, "auto", Trace.off());
    }

    public static CompileOptions defaults() { return new CompileOptions(Optional.empty(), false); }

    public CompileOptions withEngine(String name) { return new CompileOptions(dataRoot, allowAnyDataPath, name, trace); }

    public CompileOptions withTrace(Trace t) { return new CompileOptions(dataRoot, allowAnyDataPath, engine, t); }
}
