package dev.hmspec.render.html;

import dev.hmspec.render.ColorText;
import dev.hmspec.scene.DendrogramInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A view's trees in the page data (runtime/dendrogram.js reads them): compact arrays, colors as CSS text. */
final class DendrogramPayload {
    private DendrogramPayload() {}

    static List<Map<String, Object>> of(List<DendrogramInfo> trees) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (DendrogramInfo d : trees) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("axis", d.axis());
            m.put("leaves", d.leaves());
            m.put("left", d.left());
            m.put("right", d.right());
            m.put("height", d.height());
            m.put("leafBand", d.leafBand());
            m.put("bands", d.bands());
            m.put("cluster", d.cluster());
            List<String> colors = new ArrayList<>();
            for (int c : d.clusterColor()) colors.add(ColorText.rgb(c));
            m.put("colors", colors);
            m.put("drawn", d.drawn());
            out.add(m);
        }
        return out;
    }
}
