package dev.hmspec.compile;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Severity;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.Locale;
import java.util.Optional;

/**
 * The layout's user-facing text: the notes drawn on charts and the diagnostics of the layout
 * (codes HM430–HM459). runtime.js words the axis note the same way ({@code everyNote}).
 */
public final class LayoutMessages {
    private LayoutMessages() {}

    /** The note beside an axis title when only every k-th label is drawn: "every 5th label". */
    public static String everyNthLabel(int k) { return "every " + ordinal(k) + " label"; }

    static String ordinal(int k) {
        int tens = k % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (k % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return k + suffix;
    }

    /** HM430: an axis draws only every k-th of its n labels; {@code needPx} is the cell size at which all fit. */
    static Diagnostic labelsThinned(SourceFile f, Span s, String axis, int every, int count, double cellPx, double needPx,
                                    boolean rows) {
        int drawn = (count + every - 1) / every;
        long need = (long) Math.ceil(needPx);
        return new Diagnostic(Severity.WARNING, "HM430", f, s,
                String.format(Locale.ROOT, "%s labels thinned: %d of %d drawn (%s; cells are %s px, all labels need %d px)",
                        axis, drawn, count, everyNthLabel(every), px(cellPx), need),
                Optional.of("the chart notes it beside the axis title and the page shows every label when zoomed in; to draw all "
                        + (rows ? "row labels at once, give rows " + need + " px (size cell W x " + need + ")"
                        : "column labels at once, give columns " + need + " px (size cell " + need + " x H)")));
    }

    /** HM431: the PNG would be larger than a viewer can open, so it is drawn smaller. */
    public static Diagnostic pngScaledDown(SourceFile f, Span s, double width, double height, double scale, int maxSide) {
        return new Diagnostic(Severity.WARNING, "HM431", f, s,
                String.format(Locale.ROOT, "the PNG is drawn at %s× instead of 2×: this %s × %s px chart would exceed "
                        + "%,d px on a side", trim(scale), px(width), px(height), maxSide),
                Optional.of("SVG and HTML keep full resolution; to keep the PNG sharp, make the chart smaller "
                        + "(size, or fewer views in one file)"));
    }

    private static String px(double v) { return trim(Math.round(v * 10) / 10.0); }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
