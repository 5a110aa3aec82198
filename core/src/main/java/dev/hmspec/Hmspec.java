package dev.hmspec;

import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.bind.Binder;
import dev.hmspec.bind.BoundView;
import dev.hmspec.check.Checker;
import dev.hmspec.compile.SceneCompiler;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Diagnostics;
import dev.hmspec.diag.Messages;
import dev.hmspec.diag.SyntaxMessages;
import dev.hmspec.resolve.FacetResolver;
import dev.hmspec.resolve.ResolvedLayout;
import dev.hmspec.resolve.ResolvedView;
import dev.hmspec.resolve.Resolver;
import dev.hmspec.scene.Scene;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import dev.hmspec.syntax.Parsed;
import dev.hmspec.syntax.SpecParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The library's entry point. The pipeline, one package per arrow:
 * <pre>
 * .hmspec text ──syntax──▶ AST ──check──▶ diagnostics
 *              ──bind──▶ data loaded, transformed, fields checked (BoundView)
 *              ──resolve──▶ fields typed, options with defaults (ResolvedView)
 *              ──compile──▶ Scene ──render──▶ HTML | SVG | PNG | JSON
 * </pre>
 * Every stage reports all it finds; the result carries every diagnostic sorted by position,
 * and a scene only when there is no error. User mistakes never throw; an unexpected failure
 * becomes one HM900 diagnostic naming the stage.
 */
public final class Hmspec {
    private Hmspec() {}

    public static Compiled compile(Path spec, CompileOptions options) {
        SourceFile file;
        try {
            file = SourceFile.read(spec);
        } catch (SourceFile.NotUtf8 e) {
            Span at = new Span(e.offset(), Math.min(e.offset() + 1, e.file().text().length()));
            return new Compiled(e.file(), List.of(SyntaxMessages.notUtf8(e.file(), at, e.badByte())), Optional.empty());
        } catch (IOException | RuntimeException e) {
            SourceFile empty = SourceFile.of(spec, spec.toString(), "");
            return new Compiled(empty, List.of(Messages.cannotReadSpec(empty, describe(e))), Optional.empty());
        }
        return compile(file, options);
    }

    public static Compiled compile(SourceFile file, CompileOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        String stage = "parsing";
        try {
            List<dev.hmspec.params.ParamUse> paramUses = new ArrayList<>();
            Parsed parsed = SpecParser.parse(file, options.params(), paramUses);
            diagnostics.addAll(parsed.diagnostics());
            stage = "checking";
            diagnostics.addAll(Checker.check(parsed));
            List<Diagnostic> embed = new ArrayList<>();
            Optional<dev.hmspec.scene.Style> style = dev.hmspec.theme.ThemeChoice.resolve(file, parsed.ast().views(), options, embed);
            List<dev.hmspec.params.Bindings.Bound> bindings = dev.hmspec.params.Bindings.check(file, parsed.ast().views(), paramUses, embed);
            diagnostics.addAll(embed);
            stage = "loading data";
            List<BoundView> bound = new ArrayList<>();
            List<Diagnostic> found = new ArrayList<>();
            for (int vi = 0; vi < parsed.ast().views().size(); vi++) {
                View view = dev.hmspec.params.Bindings.strip(parsed.ast().views().get(vi), vi, bindings, paramUses); // embed12: the page filters
                // A .npy matrix is bound by the tiles package (a table when small, a pyramid when huge; issue 9).
                if (dev.hmspec.tiles.MatrixViews.applies(view)) dev.hmspec.tiles.MatrixViews.bind(file, view, options, found).ifPresent(bound::add);
                // tiles9b: a CSV matrix above the tiles threshold is streamed into a pyramid, not loaded as a table.
                else if (dev.hmspec.tiles.CsvMatrixViews.tiled(file, view, options))
                    dev.hmspec.tiles.CsvMatrixViews.bind(file, view, options, found).ifPresent(bound::add);
                else Binder.bind(file, view, options, found).ifPresent(bound::add);
            }
            diagnostics.addAll(found);
            if (diagnostics.hasErrors() || bound.size() != parsed.ast().views().size()) {
                return new Compiled(file, diagnostics.sorted(), Optional.empty());
            }
            stage = "resolving";
            List<ResolvedView> resolved = bound.stream().map(Resolver::resolve).toList();
            List<Diagnostic> composing = new ArrayList<>();
            resolved.forEach(v -> dev.hmspec.resolve.ResolveRules.check(file, v, composing)); // HM464, moved from compile
            ResolvedLayout composition = FacetResolver.resolve(file, parsed.ast(), bound, composing);
            diagnostics.addAll(composing);
            if (diagnostics.hasErrors()) return new Compiled(file, diagnostics.sorted(), Optional.empty());
            stage = "laying out the scene";
            List<Diagnostic> layout = new ArrayList<>();
            String description = parsed.ast().views().get(0).last(Statement.Description.class).map(Statement.Description::text).orElse("");
            Scene scene = SceneCompiler.compile(file, resolved, composition, description, layout,
                    style.map(dev.hmspec.scene.Style::sizes).orElse(dev.hmspec.scene.Sizes.DEFAULT)); // embed12b: theme sizes
            diagnostics.addAll(layout);
            if (style.isPresent()) scene = dev.hmspec.theme.Restyle.apply(scene, style.get());
            if (!bindings.isEmpty()) scene = scene.withControls(dev.hmspec.params.Bindings.controls(bindings));
            return new Compiled(file, diagnostics.sorted(), diagnostics.hasErrors() ? Optional.empty() : Optional.of(scene));
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.add(Messages.internalError(file, stage, e));
            return new Compiled(file, diagnostics.sorted(), Optional.empty());
        }
    }

    /** Reads a spec once to compile and render it many times, with different parameters, from many threads. */
    public static PreparedSpec prepare(Path spec, CompileOptions options) throws IOException {
        return PreparedSpec.read(spec, options);
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.charset.MalformedInputException) return "not UTF-8 text";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
