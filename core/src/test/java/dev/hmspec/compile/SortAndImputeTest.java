package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.scene.CellGrid;
import dev.hmspec.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11 item 9: `sort by agg(field)` chooses the aggregate; `impute v` fills cells no row reaches. */
class SortAndImputeTest {
    // Row a: one huge value and many small ones (largest sum, smallest median); row b: steady values.
    static final String DATA = "data values [{\"g\":\"a\",\"k\":1,\"v\":100},{\"g\":\"a\",\"k\":2,\"v\":1},{\"g\":\"a\",\"k\":3,\"v\":1},"
            + "{\"g\":\"b\",\"k\":1,\"v\":20},{\"g\":\"b\",\"k\":2,\"v\":20},{\"g\":\"b\",\"k\":3,\"v\":20},"
            + "{\"g\":\"c\",\"k\":1,\"v\":5}]";

    static Compiled compile(String body) {
        String spec = "heatmap \"t\" {\n  " + DATA + "\n" + body + "\n}\n";
        return Hmspec.compile(SourceFile.of("t.hmspec", spec), CompileOptions.defaults());
    }

    static CellGrid grid(String body) {
        Compiled c = compile(body);
        assertFalse(c.hasErrors(), c.diagnostics().toString());
        return ColorMappingProperties.find(c.scene().orElseThrow().nodes(), CellGrid.class).get(0);
    }

    @Test @DisplayName("sort by v sums v over the other axis (the documented default)")
    void sumIsTheDefault() {
        assertEquals(List.of("c", "b", "a"), grid("  x k\n  y g { sort by v }\n  color v").rowKeys());
    }

    @Test @DisplayName("sort by median(v) and sort by max(v) order the same rows differently")
    void namedAggregates() {
        assertEquals(List.of("a", "c", "b"), grid("  x k\n  y g { sort by median(v) }\n  color v").rowKeys());
        assertEquals(List.of("c", "b", "a"), grid("  x k\n  y g { sort by max(v) }\n  color v").rowKeys());
        assertEquals(List.of("a", "b", "c"), grid("  x k\n  y g { sort by mean(v) descending }\n  color v").rowKeys());
    }

    @Test @DisplayName("an unknown sort aggregate is a positioned error with a did-you-mean")
    void unknownAggregate() {
        Compiled c = compile("  x k\n  y g { sort by avrage(v) }\n  color v");
        Diagnostic d = c.diagnostics().stream().filter(x -> x.code().equals("HM121")).findFirst().orElseThrow();
        assertTrue(d.help().orElse("").contains("mean"), d.toString());
        assertEquals(4, d.line());
    }

    @Test @DisplayName("without impute a cell no row reaches is no data; impute 0 draws it as 0, in the scale's color for 0")
    void imputeFillsEmptyCells() {
        CellGrid plain = grid("  x k\n  y g\n  color v { domain 0 .. 100 }");
        int empty = plain.index(1, 2); // g = c has only k = 1
        assertTrue(Double.isNaN(plain.values()[empty]));
        CellGrid filled = grid("  x k\n  y g\n  color v { domain 0 .. 100  impute 0 }");
        assertEquals(0.0, filled.values()[empty]);
        assertFalse(filled.colors()[empty] == plain.colors()[empty], "imputed cell must not keep the no-data color");
        assertTrue(filled.tooltips()[empty].contains("imputed"), filled.tooltips()[empty]);
        assertEquals(plain.colors()[0], filled.colors()[0], "cells with rows keep their colors");
    }

    @Test @DisplayName("impute on a text color field is an error naming the field")
    void imputeNeedsNumbers() {
        Compiled c = compile("  x k\n  y v\n  color g { impute 0 }");
        assertTrue(c.diagnostics().stream().anyMatch(d -> d.code().equals("HM122") && d.message().contains("\"g\"")),
                c.diagnostics().toString());
    }
}
