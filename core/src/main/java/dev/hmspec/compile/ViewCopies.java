package dev.hmspec.compile;

import dev.hmspec.resolve.ResolvedAxis;
import dev.hmspec.resolve.ResolvedColor;
import dev.hmspec.resolve.ResolvedSize;
import dev.hmspec.resolve.ResolvedView;

/** A resolved view with a few choices changed, as a facet panel or a view on a shared scale is drawn. */
final class ViewCopies {
    private ViewCopies() {}

    static ResolvedView withLegend(ResolvedView v, boolean legend) {
        ResolvedColor c = v.color();
        return new ResolvedView(v.bound(), v.title(), v.subtitle(), v.x(), v.y(), c.withLegend(legend), v.text(), v.tooltip(),
                v.tooltipGiven(), v.size(), v.interactions(), v.span());
    }

    /** A facet panel: titled by its value, its axes drawn or not, its own legend or none, at its size. */
    static ResolvedView panel(ResolvedView v, String title, boolean showX, boolean showY, boolean legend, ResolvedSize size) {
        ResolvedColor c = v.color();
        return new ResolvedView(v.bound(), title, "", axis(v.x(), showX), axis(v.y(), showY), c.withLegend(legend),
                v.text(), v.tooltip(), v.tooltipGiven(), size, v.interactions(), v.span());
    }

    private static ResolvedAxis axis(ResolvedAxis a, boolean shown) {
        return shown ? a : a.hidden();
    }

    /** {@code size auto} as the default automatic size: the page does not re-lay it out to fill its width. */
    static ResolvedView notFillingThePage(ResolvedView v) {
        ResolvedSize s = v.size();
        if (!s.explicit() || s.kind() != ResolvedSize.Kind.AUTO) return v;
        return new ResolvedView(v.bound(), v.title(), v.subtitle(), v.x(), v.y(), v.color(), v.text(), v.tooltip(),
                v.tooltipGiven(), ResolvedSize.DEFAULT, v.interactions(), v.span());
    }
}
