package dev.hmspec.compile;

import java.util.ArrayList;
import java.util.List;

/**
 * The table rows of one facet panel, and whether its x and y axes are shared (every panel has
 * every key, in one order, so a key sits at the same place in each) or its own (only the keys
 * its rows have).
 */
record PanelRows(boolean[] keep, boolean xShared, boolean yShared) {
    /** The distinct keys (first-seen order, same objects) that the kept rows use. */
    static List<Object> used(KeyIndex index, boolean[] keep) {
        boolean[] hit = new boolean[index.keys().size()];
        int[] codes = index.codes();
        for (int r = 0; r < codes.length; r++) if (keep[r] && codes[r] >= 0) hit[codes[r]] = true;
        List<Object> out = new ArrayList<>();
        for (int k = 0; k < hit.length; k++) if (hit[k]) out.add(index.keys().get(k));
        return out;
    }
}
