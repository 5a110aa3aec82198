package dev.hmspec.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.bind.Binder;
import dev.hmspec.data.FieldType;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.source.SourceFile;
import dev.hmspec.syntax.Parsed;
import dev.hmspec.syntax.SpecParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResolverTest {
    static ResolvedView resolve(String spec) {
        SourceFile f = SourceFile.of("t.hmspec", spec);
        Parsed parsed = SpecParser.parse(f);
        assertTrue(parsed.diagnostics().isEmpty(), parsed.diagnostics().toString());
        List<Diagnostic> out = new ArrayList<>();
        var bound = Binder.bind(f, parsed.ast().views().get(0), CompileOptions.defaults(), out).orElseThrow();
        assertTrue(out.isEmpty(), out.toString());
        return Resolver.resolve(bound);
    }

    @Test
    void defaultsAreFilledInFromTheDataWhenTheSpecSaysNothing() {
        ResolvedView v = resolve("""
                heatmap "plain" {
                  data values [[1, 2], [3, 4]]
                  x x
                  y y
                  color value
                }
                """);
        assertEquals("plain", v.title());
        assertEquals("", v.subtitle());
        assertEquals(new ResolvedField("value", FieldType.NUMBER, v.color().field().span()), v.color().field());
        assertEquals("linear", v.color().scale(), "a numeric field gets a linear scale");
        assertTrue(v.color().legend());
        assertTrue(v.x().shown());
        assertEquals("x", v.x().title(), "the axis title defaults to the field name");
        assertEquals(Optional.empty(), v.x().labelAngle());
        assertEquals(0.0, v.x().padding());
        assertFalse(v.x().round());
        assertEquals(ResolvedSize.DEFAULT, v.size());
        assertFalse(v.tooltipGiven());
        assertEquals(List.of(new ResolvedTip("x", ""), new ResolvedTip("y", ""), new ResolvedTip("value", "")), v.tooltip());
    }

    @Test
    void explicitOptionsWinOverDefaults() {
        ResolvedView v = resolve("""
                heatmap "n" {
                  title "Shown title"
                  subtitle "sub"
                  data values [[1, 2], [3, 4]]
                  x x { title "Column"  labelAngle -45  padding 0.2  round }
                  y y { axis none }
                  color value { scale sqrt  legend none  format ".1f" }
                  tooltip value, x
                  interact tooltip, zoom x
                  size cell 10 x 20
                }
                """);
        assertEquals("Shown title", v.title());
        assertEquals("sub", v.subtitle());
        assertEquals("Column", v.x().title());
        assertEquals(Optional.of(-45.0), v.x().labelAngle());
        assertEquals(0.2, v.x().padding(), 1e-12);
        assertTrue(v.x().round());
        assertFalse(v.y().shown());
        assertEquals("", v.y().title(), "a hidden axis has no title");
        assertEquals("sqrt", v.color().scale());
        assertFalse(v.color().legend());
        assertEquals(Optional.of(".1f"), v.color().format());
        assertTrue(v.tooltipGiven());
        assertEquals(List.of("value", "x"), v.tooltip().stream().map(ResolvedTip::field).toList());
        assertEquals(new ResolvedSize(ResolvedSize.Kind.CELL, 10, 20, true), v.size());
        assertEquals(List.of(new ResolvedInteraction("tooltip", ""), new ResolvedInteraction("zoom", "x")), v.interactions());
    }

    @Test
    void aTextFieldGetsAnOrdinalScaleAndTheTextChannelIsResolved() {
        ResolvedView v = resolve("""
                heatmap "t" {
                  data values [{"a": "p", "b": "q", "c": "red", "n": 1}]
                  x a
                  y b
                  color c
                  text n
                }
                """);
        assertEquals("ordinal", v.color().scale());
        assertEquals(FieldType.STRING, v.color().field().type());
        assertEquals("n", v.text().orElseThrow().field().name());
    }
}
