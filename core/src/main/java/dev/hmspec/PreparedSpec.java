package dev.hmspec;

import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.render.html.FragmentRenderer;
import dev.hmspec.source.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A spec read once, for servers that render it many times with different parameters:
 * {@code Hmspec.prepare(path, options)}, then {@link #compile(Map)} or {@link #render(Map, Format, RenderOptions)}
 * from any number of threads. Nothing is written to disk. The last {@link #CACHED} compiled
 * results are kept by parameter values, so a popular value compiles (and reads its data) once;
 * a compile never holds the cache's lock, so two threads compile different values at once.
 * The spec text is fixed at prepare time; its data files are read when a value is first compiled.
 */
public final class PreparedSpec {
    public static final int CACHED = 32;

    private final SourceFile file;
    private final CompileOptions options;
    private final Map<Map<String, String>, Compiled> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<Map<String, String>, Compiled> e) { return size() > CACHED; }
    };

    PreparedSpec(SourceFile file, CompileOptions options) {
        this.file = file;
        this.options = options;
    }

    public static PreparedSpec read(Path spec, CompileOptions options) throws IOException {
        return new PreparedSpec(SourceFile.read(spec), options);
    }

    public static PreparedSpec of(SourceFile spec, CompileOptions options) { return new PreparedSpec(spec, options); }

    public SourceFile file() { return file; }

    /** Every diagnostic and, without errors, the scene, for these parameter values (over the options' own). */
    public Compiled compile(Map<String, String> params) {
        Map<String, String> all = new TreeMap<>(options.params());
        all.putAll(params);
        Map<String, String> key = Map.copyOf(all);
        synchronized (cache) {
            Compiled hit = cache.get(key);
            if (hit != null) return hit;
        }
        Compiled c = Hmspec.compile(file, options.withParams(all));
        synchronized (cache) {
            cache.put(key, c);
        }
        return c;
    }

    /** The output bytes, or an {@link IllegalStateException} listing the diagnostics when the spec has errors. */
    public byte[] render(Map<String, String> params, Format format, RenderOptions render) {
        Compiled c = compile(params);
        if (c.scene().isEmpty())
            throw new IllegalStateException(dev.hmspec.diag.DiagnosticReport.print(c.diagnostics(), 20));
        return Renderers.render(c.scene().get(), format, render);
    }

    /** A fragment with element id {@code id}, e.g. one per parameter value on one page. */
    public byte[] fragment(Map<String, String> params, String id, boolean withRuntime, RenderOptions render) {
        Compiled c = compile(params);
        if (c.scene().isEmpty())
            throw new IllegalStateException(dev.hmspec.diag.DiagnosticReport.print(c.diagnostics(), 20));
        return FragmentRenderer.render(c.scene().get(), render, id, withRuntime);
    }
}
