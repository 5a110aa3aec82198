package dev.hmspec.compile;

import dev.hmspec.resolve.ResolvedView;
import java.util.ArrayList;
import java.util.List;

/**
 * One color scale trained over the cells of several grids (the panels of a facet, the views
 * naming one {@code shared} scale): ggplot2 trains a scale on every layer's data, then maps each.
 * The first view's color options (scheme, domain, type …) define the scale.
 */
final class SharedColor {
    private SharedColor() {}

    static ColorMapping train(ResolvedView first, List<CellData> grids) {
        var column = first.bound().table().column(first.color().field().name());
        return ColorMapping.train(first.color().options(), column, merge(grids));
    }

    /**
     * Every grid's cells as one list (the grids' shapes do not matter to training): values, and
     * the category codes, which agree between grids of one table (the codes come from the whole
     * color column, see CellData). Grids of different tables with text colors are re-coded by key.
     */
    static CellData merge(List<CellData> grids) {
        if (grids.size() == 1) return grids.get(0);
        int n = 0;
        for (CellData g : grids) n += g.values().length;
        double[] values = new double[n];
        boolean categorical = grids.get(0).categorical();
        int[] codes = categorical ? new int[n] : null;
        List<Object> keys = categorical ? new ArrayList<>(grids.get(0).colorKeys()) : null;
        int at = 0;
        for (CellData g : grids) {
            System.arraycopy(g.values(), 0, values, at, g.values().length);
            if (categorical) {
                for (int i = 0; i < g.colorCodes().length; i++) {
                    int c = g.colorCodes()[i];
                    codes[at + i] = c < 0 || !g.categorical() ? -1 : recode(keys, g.colorKeys().get(c));
                }
            }
            at += g.values().length;
        }
        return new CellData(List.of(), List.of(), List.of(), List.of(), values, codes, keys, null, null, 0, "");
    }

    private static int recode(List<Object> keys, Object key) {
        int i = keys.indexOf(key);
        if (i >= 0) return i;
        keys.add(key);
        return keys.size() - 1;
    }

    /** Whether any of the grids has a cell without a color value (the legend then shows a no-data swatch). */
    static boolean anyMissing(List<CellData> grids) {
        for (CellData g : grids) if (g.anyMissing()) return true;
        return false;
    }

    /**
     * The grids re-coded onto one list of color categories (first seen first), so that a code
     * means the same category in each; grids with numeric colors come back as they are.
     */
    static List<CellData> align(List<CellData> grids) {
        if (grids.isEmpty() || !grids.get(0).categorical()) return grids;
        List<Object> keys = new ArrayList<>(grids.get(0).colorKeys());
        List<CellData> out = new ArrayList<>();
        for (CellData g : grids) {
            if (!g.categorical()) { out.add(g); continue; }
            int[] codes = new int[g.colorCodes().length];
            for (int i = 0; i < codes.length; i++) codes[i] = g.colorCodes()[i] < 0 ? -1 : recode(keys, g.colorKeys().get(g.colorCodes()[i]));
            out.add(new CellData(g.xKeys(), g.yKeys(), g.xLabels(), g.yLabels(), g.values(), codes, keys,
                    g.labels(), g.tooltips(), g.duplicates(), g.duplicateExample()));
        }
        return out;
    }
}
