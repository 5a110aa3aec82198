package dev.hmspec;

import dev.hmspec.transform.Trace;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How to compile: {@code dataRoot} is the folder data paths must stay inside (the project);
 * empty means the spec's own folder tree... unless {@code allowAnyDataPath}. {@code engine} picks
 * who reads files: {@code "auto"} (DuckDB when its module is on the class path, else memory) or
 * {@code "memory"} (the reference engine); {@code trace} collects what ran where (explain, logs).
 */
public record CompileOptions(Optional<Path> dataRoot, boolean allowAnyDataPath, String engine, Trace trace,
                             Optional<String> theme, Map<String, String> params,
                             dev.hmspec.tiles.TileOutputs tileOutputs) {
    public CompileOptions {
        if (tileOutputs == null) tileOutputs = dev.hmspec.tiles.TileOutputs.PAGE;
        if (engine == null) engine = "auto";
        if (trace == null) trace = Trace.off();
        if (theme == null) theme = Optional.empty();
        params = params == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(params));
    }

    /** Without a say on tiles: huge grids build their tiles for a page ({@code TileOutputs.PAGE}). */
    public CompileOptions(Optional<Path> dataRoot, boolean allowAnyDataPath, String engine, Trace trace,
                          Optional<String> theme, Map<String, String> params) {
        this(dataRoot, allowAnyDataPath, engine, trace, theme, params, null);
    }

    public CompileOptions(Optional<Path> dataRoot, boolean allowAnyDataPath, String engine, Trace trace) {
        this(dataRoot, allowAnyDataPath, engine, trace, Optional.empty(), Map.of());
    }

    public CompileOptions(Optional<Path> dataRoot, boolean allowAnyDataPath) {
        this(dataRoot, allowAnyDataPath, "auto", Trace.off());
    }

    public static CompileOptions defaults() { return new CompileOptions(Optional.empty(), false); }

    public CompileOptions withEngine(String name) {
        return new CompileOptions(dataRoot, allowAnyDataPath, name, trace, theme, params, tileOutputs);
    }

    public CompileOptions withTrace(Trace t) {
        return new CompileOptions(dataRoot, allowAnyDataPath, engine, t, theme, params, tileOutputs);
    }

    // ---- embed12: a theme that overrides the spec's (`--theme`), parameter values (`--param`) ----

    /** A built-in theme name or a theme file path (relative to the working directory); wins over the spec's. */
    public CompileOptions withTheme(String name) {
        return new CompileOptions(dataRoot, allowAnyDataPath, engine, trace, Optional.ofNullable(name), params, tileOutputs);
    }

    /** Values (as typed on a command line) for the spec's {@code param} declarations. */
    public CompileOptions withParams(Map<String, String> values) {
        return new CompileOptions(dataRoot, allowAnyDataPath, engine, trace, theme, values, tileOutputs);
    }

    // ---- tiles9b: which tile work the outputs need (check: none; SVG/PNG only: no tile files) ----

    public CompileOptions withTileOutputs(dev.hmspec.tiles.TileOutputs t) {
        return new CompileOptions(dataRoot, allowAnyDataPath, engine, trace, theme, params, t);
    }
}
