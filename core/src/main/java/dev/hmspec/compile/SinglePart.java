package dev.hmspec.compile;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.layout.Bounds;
import dev.hmspec.layout.Constraint;
import dev.hmspec.layout.Placement;
import dev.hmspec.layout.Size;
import dev.hmspec.resolve.ResolvedView;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import java.util.List;

/** A heatmap of its own (no facet) as a part of the scene; {@code link} is null unless it shares a color scale. */
record SinglePart(ViewCompiler compiler, ResolvedView view, ViewInfo.Link link) implements Part {
    @Override public Size measure(Constraint c) { return compiler.measure(c); }

    @Override public void place(Bounds b, Constraint c, Placement out) {
        out.put(this, b);
        compiler.place(b, c, out);
    }

    @Override public Drawn draw(SourceFile f, Placement placed, int firstIndex, List<Diagnostic> out) {
        ViewCompiler.Compiled c = compiler.draw(f, placed, firstIndex, out);
        return new Drawn(c.group(), List.of(link == null ? c.info() : c.info().withLink(link)));
    }
}
