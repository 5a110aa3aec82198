package dev.hmspec.compile;

import dev.hmspec.check.DecorationMessages;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.layout.Bounds;
import dev.hmspec.layout.Placement;
import dev.hmspec.layout.Side;
import dev.hmspec.resolve.ResolvedDecorations;
import dev.hmspec.resolve.ResolvedView;
import dev.hmspec.scene.BandTrack;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A view's mask, annotation bars and marginal charts, computed once the cells are laid out (so
 * after sorting and clustering): which cells are hidden, the cells as the color scale trains on
 * them (hidden ones left out) and as tooltips show them (hidden ones say so, every cell lists its
 * row's and column's annotations), and the side tracks that draw the bars.
 */
final class Decorations {
    private final ResolvedView view;
    private final CellData cells;
    private final boolean[] masked;
    private final List<AnnotationBar> bars;
    private final List<MarginChart> charts;
    private final List<AnnotationTrack> barTracks = new ArrayList<>();
    private final List<MarginTrack> chartTracks = new ArrayList<>();

    private Decorations(ResolvedView view, CellData cells, boolean[] masked, List<AnnotationBar> bars, List<MarginChart> charts) {
        this.view = view;
        this.cells = cells;
        this.masked = masked;
        this.bars = bars;
        this.charts = charts;
    }

    /** No mask, bars or margins: facet panels and views on a shared scale are drawn plain. */
    static Decorations none(ResolvedView view, CellData cells) {
        return new Decorations(view, cells, null, List.of(), List.of());
    }

    static Decorations prepare(SourceFile f, ResolvedView view, CellData cells, List<Diagnostic> out) {
        ResolvedDecorations d = view.decorations();
        if (d.isEmpty()) return new Decorations(view, cells, null, List.of(), List.of());
        var table = view.bound().table();
        RowCells rows = RowCells.of(table, view.x().field().name(), view.y().field().name(), cells);
        boolean[] masked = d.mask().map(m -> Mask.of(f, m, cells, table, rows, out)).orElse(null);
        if (masked != null && masked.length > 0) {
            boolean all = true;
            for (boolean m : masked) all &= m;
            if (all) out.add(DecorationMessages.everythingMasked(f, d.mask().get().span(), masked.length));
        }
        List<AnnotationBar> bars = new ArrayList<>();
        for (ResolvedDecorations.Annotation a : d.annotations()) bars.add(AnnotationBar.of(f, a, cells, table, rows, out));
        List<MarginChart> charts = new ArrayList<>();
        for (ResolvedDecorations.Margin m : d.margins()) charts.add(MarginChart.of(m, cells, masked));
        return new Decorations(view, cells, masked, bars, charts);
    }

    boolean[] masked() { return masked; }

    private boolean hidden(int i) { return masked != null && masked[i]; }

    /** The cells as the color scale trains on them: hidden cells hold no value, so the domain and legend leave them out. */
    CellData training() {
        if (masked == null) return cells;
        double[] values = cells.values().clone();
        int[] codes = cells.colorCodes() == null ? null : cells.colorCodes().clone();
        for (int i = 0; i < values.length; i++) {
            if (!masked[i]) continue;
            values[i] = Double.NaN;
            if (codes != null) codes[i] = -1;
        }
        return new CellData(cells.xKeys(), cells.yKeys(), cells.xLabels(), cells.yLabels(), values, codes, cells.colorKeys(),
                cells.labels(), cells.tooltips(), cells.duplicates(), cells.duplicateExample());
    }

    /**
     * The cells as drawn and pointed at: hidden cells have no label, and their tooltip starts with
     * "masked" (the values still follow); every tooltip ends with the row's and column's annotations.
     */
    CellData shown() {
        if (masked == null && bars.isEmpty()) return cells;
        int nx = cells.columns();
        String[] labels = cells.labels() == null ? null : cells.labels().clone();
        String[] tips = cells.tooltips() == null ? null : cells.tooltips().clone();
        for (int i = 0; tips != null && i < tips.length; i++) {
            StringBuilder t = new StringBuilder();
            if (hidden(i)) t.append(DecorationMessages.MASKED).append('\n');
            t.append(tips[i]);
            for (AnnotationBar b : bars) t.append('\n').append(b.cellLine(b.spec().rows() ? i / nx : i % nx));
            tips[i] = t.toString();
        }
        if (labels != null) for (int i = 0; i < labels.length; i++) if (hidden(i)) labels[i] = null;
        return new CellData(cells.xKeys(), cells.yKeys(), cells.xLabels(), cells.yLabels(), cells.values(), cells.colorCodes(),
                cells.colorKeys(), labels, tips, cells.duplicates(), cells.duplicateExample());
    }

    /** Hidden cells get alpha 0: every renderer leaves them out, and the background shows. */
    int[] hide(int[] colors) {
        if (masked != null) for (int i = 0; i < colors.length; i++) if (masked[i]) colors[i] = 0;
        return colors;
    }

    /** Annotation bars nearest the grid (rows right, columns on top), then each margin on its side. */
    void addTracks(Map<Side, List<SideTrack>> tracks) {
        for (AnnotationBar b : bars) {
            boolean rows = b.spec().rows();
            AnnotationTrack t = new AnnotationTrack(b, BandAxis.of(rows, rows ? cells.rows() : cells.columns(), rows ? view.y() : view.x()),
                    barTracks.size() + 1);
            barTracks.add(t);
            tracks.get(rows ? Side.RIGHT : Side.TOP).add(t);
        }
        for (MarginChart c : charts) {
            boolean rows = c.spec().rows();
            Side side = Side.valueOf(c.spec().side().toUpperCase(java.util.Locale.ROOT));
            MarginTrack t = new MarginTrack(c, BandAxis.of(rows, rows ? cells.rows() : cells.columns(), rows ? view.y() : view.x()), side);
            chartTracks.add(t);
            tracks.get(side).add(t);
        }
    }

    /** The annotation legends, right of the grid's own legend. */
    void addLegends(Map<Side, List<SideTrack>> tracks) {
        List<LegendBuilder> legends = new ArrayList<>();
        for (AnnotationBar b : bars) if (b.legend() != null) legends.add(b.legend());
        if (!legends.isEmpty()) tracks.get(Side.RIGHT).add(new AnnotationLegendTrack(legends));
    }

    /** The bars and charts as data for the page: where they are placed, their colors or values, their tooltips. */
    List<BandTrack> bandTracks(Placement placed, Frame frame) {
        List<BandTrack> out = new ArrayList<>();
        String xf = view.x().field().name(), yf = view.y().field().name();
        for (AnnotationTrack t : barTracks) {
            AnnotationBar b = t.bar();
            boolean rows = b.spec().rows();
            List<String> keys = rows ? cells.yLabels() : cells.xLabels();
            List<String> tips = new ArrayList<>(), lines = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                tips.add(b.tip(rows ? yf : xf, k, keys));
                lines.add(b.cellLine(k));
            }
            Bounds box = t.bars(placed.of(t), frame);
            out.add(new BandTrack("annotation", rows ? "y" : "x", rows ? "right" : "top", t.role(), box.x(), box.y(),
                    box.width(), box.height(), b.colors(), null, null, 0, tips, lines));
        }
        for (MarginTrack t : chartTracks) {
            MarginChart c = t.chart();
            boolean rows = c.spec().rows();
            List<String> keys = rows ? cells.yLabels() : cells.xLabels();
            List<String> tips = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) tips.add(c.tip(rows ? yf : xf, keys.get(k), k));
            Bounds box = t.bars(placed.of(t), frame);
            out.add(new BandTrack("margin", rows ? "y" : "x", c.spec().side(), t.role(), box.x(), box.y(), box.width(), box.height(),
                    null, c.values(), Arrays.copyOf(c.domain(), 2), MarginTrack.FILL, tips, null));
        }
        return out;
    }
}
