package dev.hmspec.theme;

import dev.hmspec.CompileOptions;
import dev.hmspec.ast.EmbedStatement.ThemeDecl;
import dev.hmspec.ast.View;
import dev.hmspec.data.DataPaths;
import dev.hmspec.data.Result;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.scene.Style;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which theme a spec renders with: {@code --theme} (CompileOptions) wins over the spec's
 * {@code theme} statement, which a page has once (every view that gives one must agree).
 * A theme file named in the spec resolves like a data path: relative to the spec, inside the
 * data root. Light when nobody chose.
 */
public final class ThemeChoice {
    private ThemeChoice() {}

    public static Optional<Style> resolve(SourceFile spec, List<View> views, CompileOptions options, List<Diagnostic> out) {
        ThemeDecl first = null;
        for (View v : views) {
            for (ThemeDecl t : v.all(ThemeDecl.class)) {
                if (first == null) first = t;
                else if (!first.name().equals(t.name())) out.add(ThemeMessages.conflicting(spec, t.nameSpan(), first.name(), t.name()));
            }
        }
        if (options.theme().isPresent()) return fromOption(spec, options.theme().get(), out);
        if (first == null) return Optional.of(Style.LIGHT);
        // `theme $look` with `param look = "dark"` arrives quoted: a built-in name still names the built-in.
        if (!first.quoted() || !Themes.looksLikeFile(first.name()) && Themes.byName(first.name()).isPresent()) {
            Optional<Style> s = Themes.byName(first.name());
            if (s.isEmpty()) out.add(ThemeMessages.unknownTheme(spec, first.nameSpan(), first.name()));
            return s;
        }
        Path dir = spec.path() == null ? Path.of("") : spec.path().toAbsolutePath().getParent();
        Path root = options.allowAnyDataPath() ? null : options.dataRoot().orElse(dir);
        Result<Path> p = DataPaths.resolve(first.name(), dir, root, first.nameSpan());
        if (!p.ok()) { p.problems().forEach(x -> out.add(Messages.fromData(spec, x))); return Optional.empty(); }
        return read(spec, first.nameSpan(), first.name(), p.value(), out);
    }

    /** {@code --theme}: a built-in name, or a theme file relative to the working directory. */
    private static Optional<Style> fromOption(SourceFile spec, String value, List<Diagnostic> out) {
        Optional<Style> s = Themes.byName(value);
        if (s.isPresent() || !Themes.looksLikeFile(value)) {
            if (s.isEmpty()) out.add(ThemeMessages.unknownTheme(spec, new Span(0, 0), value));
            return s;
        }
        return read(spec, new Span(0, 0), value, Path.of(value), out);
    }

    private static Optional<Style> read(SourceFile spec, Span at, String shown, Path path, List<Diagnostic> out) {
        SourceFile file;
        try {
            file = SourceFile.of(path, shown, Files.readString(path));
        } catch (IOException | RuntimeException e) {
            out.add(ThemeMessages.cannotRead(spec, at, shown, e instanceof java.nio.file.NoSuchFileException ? "no such file"
                    : String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        return ThemeFile.parse(file, out);
    }
}
