package dev.hmspec.compile;

import dev.hmspec.data.Column;
import dev.hmspec.data.FieldType;
import dev.hmspec.resolve.ResolvedFacet;
import dev.hmspec.resolve.ResolvedSort;
import dev.hmspec.resolve.ResolvedView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A faceted view's data cut into panels: one per value of the facet field, in the order a band
 * axis would give those values (numbers, dates and calendar names naturally, other text as first
 * seen), each with its cells laid onto the shared (all panels' keys) or its own x and y bands.
 */
final class FacetPanels {
    private FacetPanels() {}

    /** One panel: its title (the facet value) and its cells. */
    record Panel(String label, CellData cells) {}

    static List<Panel> of(ResolvedView view, ResolvedFacet facet) {
        Column c = view.bound().table().column(facet.field().name());
        KeyIndex index = KeyIndex.of(c);
        List<Object> ordered = Categories.of(index.keys(), c, ResolvedSort.DEFAULT, Optional.empty(), Map.of());
        int[] position = Categories.positions(index.keys(), ordered);
        ValueFormat format = labelFormat(c, ordered);
        List<Panel> out = new ArrayList<>();
        int[] codes = index.codes();
        for (int p = 0; p < ordered.size(); p++) {
            boolean[] keep = new boolean[codes.length];
            for (int r = 0; r < codes.length; r++) keep[r] = codes[r] >= 0 && position[codes[r]] == p;
            CellData cells = CellData.of(view, new PanelRows(keep, facet.xShared(), facet.yShared()));
            out.add(new Panel(format.format(ordered.get(p)), cells));
        }
        return out;
    }

    /** Whole numbers (years) print without grouping: "2012", as band axes print them. */
    private static ValueFormat labelFormat(Column c, List<Object> keys) {
        ValueFormat plain = ValueFormat.of(Optional.empty(), c.type() == FieldType.TEMPORAL);
        if (c.type() != FieldType.NUMBER) return plain;
        for (Object k : keys) if (!(k instanceof Double d) || d != Math.rint(d) || Math.abs(d) >= 1e15) return plain;
        return ValueFormat.WHOLE_UNGROUPED;
    }
}
