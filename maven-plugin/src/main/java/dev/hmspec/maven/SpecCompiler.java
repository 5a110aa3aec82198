package dev.hmspec.maven;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.DiagnosticPrinter;
import dev.hmspec.diag.DiagnosticReport;
import dev.hmspec.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Compiles one spec the way the build reports it: diagnostics name the spec by its path
 * relative to the working folder when it is inside it (short, clickable in IDE and CI logs),
 * absolute otherwise; data paths must stay inside the data root.
 */
final class SpecCompiler {
    private final CompileOptions options;

    SpecCompiler(Path dataRoot) {
        this(dataRoot, null);
    }

    /** {@code theme}: overrides every spec's theme (null: each spec's own). */
    SpecCompiler(Path dataRoot, String theme) {
        this(dataRoot, theme, dev.hmspec.tiles.TileOutputs.PAGE);
    }

    /** {@code tiles}: how much of a huge grid's tiles the outputs need (check: none; no page: no tile files). */
    SpecCompiler(Path dataRoot, String theme, dev.hmspec.tiles.TileOutputs tiles) {
        this.options = new CompileOptions(Optional.of(dataRoot.toAbsolutePath().normalize()), false).withTheme(theme)
                .withTileOutputs(tiles);
    }

    /** Compiles text already read (so the fingerprint and the compiler see the same bytes). */
    Compiled compile(Path spec, byte[] bytes) {
        return compile(spec, bytes, null);
    }

    /** The same, recording what ran where in {@code trace} (null: not recorded). */
    Compiled compile(Path spec, byte[] bytes, dev.hmspec.transform.Trace trace) {
        return compile(spec, bytes, trace, java.util.Map.of());
    }

    /** The same with parameter values ({@code param} overrides). */
    Compiled compile(Path spec, byte[] bytes, dev.hmspec.transform.Trace trace, java.util.Map<String, String> params) {
        CompileOptions options = (trace == null ? this.options : this.options.withTrace(trace)).withParams(params);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Hmspec.compile(spec, options); // reports "not UTF-8 text"
        }
        return Hmspec.compile(SourceFile.of(spec, display(spec), text), options);
    }

    static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /** The diagnostics printed compiler-style, the first hundred per file, control characters made visible. */
    static String print(Compiled compiled) {
        return DiagnosticReport.print(compiled.diagnostics(), DiagnosticReport.DEFAULT_LIMIT);
    }

    /** The first line of a printed diagnostic: {@code path:line:col: error[HMxxx]: message}. */
    static String headline(Diagnostic d) {
        String printed = DiagnosticPrinter.print(d);
        int nl = printed.indexOf('\n');
        return DiagnosticReport.escapeControls(nl < 0 ? printed : printed.substring(0, nl));
    }
}
