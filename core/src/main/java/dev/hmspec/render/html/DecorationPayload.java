package dev.hmspec.render.html;

import dev.hmspec.check.DecorationMessages;
import dev.hmspec.render.ColorText;
import dev.hmspec.scene.BandTrack;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.scene.ViewInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page data of a view's mask and side bands (runtime/decorations.js): the word a masked
 * cell's tooltip and the CSV export use, and per annotation bar or marginal chart its placed
 * box, colors or values, and hover texts. Texts go in as data (the page sets them as text, never as markup).
 */
final class DecorationPayload {
    private DecorationPayload() {}

    static void add(ViewInfo v, CellGrid g, Map<String, Object> m) {
        if (g != null && g.masked() != null) m.put("maskedWord", DecorationMessages.MASKED);
        if (v.bandTracks().isEmpty()) return;
        List<Map<String, Object>> bands = new ArrayList<>();
        for (BandTrack t : v.bandTracks()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("kind", t.kind());
            b.put("axis", t.axis());
            b.put("side", t.side());
            b.put("role", t.role());
            b.put("box", new double[] {t.x(), t.y(), t.width(), t.height()});
            if (t.colors() != null) {
                List<String> colors = new ArrayList<>();
                for (int c : t.colors()) colors.add(ColorText.rgb(c));
                b.put("colors", colors);
            }
            if (t.values() != null) {
                b.put("values", t.values());
                b.put("domain", t.domain());
                b.put("fill", ColorText.rgb(t.barColor()));
            }
            b.put("tips", t.tips());
            if (t.cellLines() != null) b.put("cellLines", t.cellLines());
            bands.add(b);
        }
        m.put("bands", bands);
    }
}
