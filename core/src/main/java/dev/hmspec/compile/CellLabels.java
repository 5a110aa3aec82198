package dev.hmspec.compile;

/** Picks the cell-label font size: as large as reads well, small enough that every label fits. */
final class CellLabels {
    static final double MIN_SIZE = 7;
    private CellLabels() {}

    /** Font size in px, or 0 when even the minimum size does not fit. */
    static double fontSize(String[] labels, double cellW, double cellH) {
        double size = Math.min(12, cellH * 0.6);
        if (size < MIN_SIZE) return 0;
        double widest = 0;
        for (String l : labels) if (l != null) widest = Math.max(widest, TextMeasure.width(l, 100, false) / 100);
        if (widest == 0) return size;
        double fit = (cellW - 4) / widest;
        size = Math.min(size, Math.floor(fit * 2) / 2);
        return size >= MIN_SIZE ? size : 0;
    }
}
