package dev.hmspec.compile;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.layout.Bounds;
import dev.hmspec.layout.Constraint;
import dev.hmspec.layout.Grid;
import dev.hmspec.layout.Layout;
import dev.hmspec.layout.Placement;
import dev.hmspec.layout.Size;
import dev.hmspec.layout.Stack;
import dev.hmspec.resolve.ResolvedLayout;
import dev.hmspec.resolve.ResolvedView;
import dev.hmspec.scene.Node;
import dev.hmspec.scene.Raster;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage "compile": {@code ResolvedView… + ResolvedLayout ──layout──▶ Scene}. Each view becomes a
 * layout node (a faceted one a grid of panels); the views stack in a column, or sit in a row or a
 * wrapped grid as the file's layout says; one pass measures, one places; then each view draws itself from
 * its placed boxes. The scene's size is the column's. Warnings found on the way (duplicate
 * cells, labels that do not fit) go to {@code out}.
 */
public final class SceneCompiler {
    private SceneCompiler() {}

    public static Scene compile(SourceFile f, List<ResolvedView> views, String description, List<Diagnostic> out) {
        return compile(f, views, ResolvedLayout.stacked(views.size()), description, out);
    }

    /**
     * The views composed as {@code layout} says: stacked (the default), side by side or wrapped;
     * a faceted view is a grid of panels ({@link FacetCompiler}); shared color scales are trained
     * over all their views first ({@link Composer}).
     */
    public static Scene compile(SourceFile f, List<ResolvedView> views, ResolvedLayout layout, String description,
                                List<Diagnostic> out) {
        List<Layout> parts = List.copyOf(Composer.parts(f, views, layout, out));
        Layout root = switch (layout.kind()) {
            case ROWS -> Stack.column(Theme.viewGap(), parts);
            case COLUMNS -> Stack.row(Theme.viewGap(), parts);
            case WRAP -> new Grid(layout.columns(), Theme.viewGap(), parts);
        };
        Size size = root.measure(Constraint.NONE);
        Placement placed = new Placement();
        root.place(new Bounds(0, 0, size.width(), size.height()), Constraint.NONE, placed);
        List<Node> nodes = new ArrayList<>();
        List<ViewInfo> infos = new ArrayList<>();
        List<ResolvedView> owners = new ArrayList<>();
        for (Layout l : parts) {
            Part p = (Part) l;
            Part.Drawn d = p.draw(f, placed, infos.size(), out);
            nodes.add(d.node());
            infos.addAll(d.infos());
            d.infos().forEach(i -> owners.add(p.view()));
        }
        pngLimit(f, owners, infos, size, out);
        String title = infos.stream().map(ViewInfo::title).filter(t -> !t.isEmpty()).findFirst().orElse("");
        return new Scene(whole(size.width()), whole(size.height()), Theme.BACKGROUND, title, description, nodes, infos);
    }

    /** HM431 when the default PNG would exceed the bitmap limit, pointing at the first view that crosses it. */
    private static void pngLimit(SourceFile f, List<ResolvedView> views, List<ViewInfo> infos, Size size, List<Diagnostic> out) {
        double w = whole(size.width()), h = whole(size.height());
        double scale = Raster.fit(w, h, Raster.DEFAULT_SCALE);
        if (scale >= Raster.DEFAULT_SCALE) return;
        double limit = Raster.MAX_SIDE / Raster.DEFAULT_SCALE;
        int at = 0;
        for (int i = 0; i < infos.size(); i++) {
            var box = infos.get(i).box("view").orElseThrow();
            if (box.x() + box.width() > limit || box.y() + box.height() > limit) { at = i; break; }
        }
        out.add(LayoutMessages.pngScaledDown(f, views.get(at).span(), w, h, scale, Raster.MAX_SIDE));
    }

    /** Whole pixels up, ignoring float noise: sums of the same parts in another order must give the same size. */
    static double whole(double px) { return Math.ceil(px - 1e-6); }

    /** As above, laid out with a theme's sizes and spacing (embed12b); {@code Sizes.DEFAULT} is the light look. */
    public static Scene compile(SourceFile f, List<ResolvedView> views, ResolvedLayout layout, String description,
                                List<Diagnostic> out, dev.hmspec.scene.Sizes sizes) {
        return Theme.withSizes(sizes, () -> compile(f, views, layout, description, out));
    }
}
