package dev.hmspec.resolve;

import static dev.hmspec.resolve.ResolverTest.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.color.Interpolation;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Every color and axis option is resolved once, with its default, into the records compile reads (issue 10 item 1). */
class ResolvedOptionsTest {
    private static final String DATA = "  data values [[1, 2], [3, 4]]\n";

    private static ResolvedView view(String x, String color) {
        return resolve("heatmap \"o\" {\n" + DATA + "  x x " + x + "\n  y y\n  color value " + color + "\n}\n");
    }

    @Test
    void resolve_fills_every_color_option_with_its_default() {
        ResolvedColorScale o = view("", "").color().options();
        assertEquals("linear", o.type());
        assertEquals(ResolvedColorScale.Family.CONTINUOUS, o.family());
        assertTrue(Double.isNaN(o.parameter()), "d3's default parameter is left to the scale");
        assertEquals(5, o.bins());
        assertEquals(5, o.ticks());
        assertEquals(ZoneOffset.UTC, o.zone());
        assertEquals(OptionalInt.empty(), o.classes());
        assertFalse(o.reverse() || o.nice() || o.zero() || o.clamp() || o.diverging());
        assertEquals(Optional.empty(), o.domain());
        assertEquals(Optional.empty(), o.scheme());
        assertEquals(List.of(), o.range());
        assertEquals("value", o.title(), "the legend is titled by the field");
        assertFalse(o.titleGiven());
        assertEquals(OptionalDouble.empty(), view("", "").color().impute());
    }

    @Test
    void resolve_reads_every_written_color_option_once() {
        ResolvedColor c = view("", "format \".1f\" { scale pow  exponent 2  scheme blues 7  domain -1 .. 10  midpoint 5  "
                + "reverse  nice  zero  clamp  ticks 4  interpolate lab  nodata \"#ff0000\"  legend \"V\"  impute 0 }").color();
        ResolvedColorScale o = c.options();
        assertEquals("pow", o.type());
        assertEquals("pow", c.scale(), "the channel's scale and its options agree");
        assertEquals(2.0, o.parameter());
        assertEquals(OptionalInt.of(7), o.classes());
        assertEquals(7, o.bins(), "without bins, the scheme's class count");
        assertEquals(Optional.of(new ResolvedColorScale.Domain(-1, 10)), o.domain());
        assertEquals(Optional.of(5.0), o.midpoint());
        assertTrue(o.reverse() && o.nice() && o.zero() && o.clamp() && o.diverging());
        assertEquals(4, o.ticks());
        assertEquals(Optional.of(Interpolation.LAB), o.interpolation());
        assertEquals(Optional.of(0xFFFF0000), o.noData());
        assertEquals("V", o.title());
        assertTrue(o.titleGiven());
        assertEquals(Optional.of("blues"), o.scheme());
        assertEquals(OptionalDouble.of(0), c.impute());
        assertEquals(Optional.empty(), c.format(), "the field's own format is not the format option");
        assertEquals(Optional.of(".1f"), c.fieldFormat(), "tooltips print the field with its own format");
    }

    @Test
    void resolve_chooses_the_scale_family_the_compiler_dispatches_on() {
        assertEquals(ResolvedColorScale.Family.BINNED, view("", "{ scale quantile  bins 4 }").color().options().family());
        assertEquals(4, view("", "{ scale quantile  bins 4 }").color().options().bins());
        ResolvedColorScale t = view("", "{ scale threshold 1, 2  range \"#000000\", \"#ffffff\", \"#ff0000\"  zone \"Europe/Berlin\" }")
                .color().options();
        assertEquals(List.of(1.0, 2.0), t.thresholds());
        assertEquals(List.of(0xFF000000, 0xFFFFFFFF, 0xFFFF0000), t.range());
        assertEquals(ZoneId.of("Europe/Berlin"), t.zone());
        assertEquals(ResolvedColorScale.Family.ORDINAL, view("", "{ scale ordinal }").color().options().family());
        assertEquals("Title", view("", "{ title \"Title\" }").color().options().title(), "title stands in for a legend title");
    }

    @Test
    void resolve_reads_an_axis_sort_reverse_and_format() {
        assertEquals(ResolvedSort.DEFAULT, view("", "").x().sort());
        assertFalse(view("", "").x().reverse());
        assertEquals(ResolvedSort.Kind.DESCENDING, view("{ sort descending }", "").x().sort().kind());
        assertEquals(ResolvedSort.Kind.NATURAL, view("{ sort natural  reverse }", "").x().sort().kind());
        assertTrue(view("{ sort natural  reverse }", "").x().reverse());
        assertEquals(ResolvedSort.byField("value", true, "sum"), view("{ sort by value descending }", "").x().sort());
        assertEquals(ResolvedSort.byField("value", false, "mean"), view("{ sort by mean(value) }", "").x().sort());
        assertEquals(ResolvedSort.explicit(List.of(2.0, 1.0)), view("{ sort 2, 1 }", "").x().sort());
        assertEquals(Optional.of(".2f"), view("format \".2f\"", "").x().fieldFormat());
        assertEquals(Optional.of("d"), view("{ format \"d\" }", "").x().fieldFormat());
    }

    @Test
    void a_hidden_axis_keeps_its_order_and_bands() {
        ResolvedAxis a = view("{ sort descending  reverse  padding 0.1 }", "").x();
        ResolvedAxis h = a.hidden();
        assertFalse(h.shown());
        assertEquals("", h.title());
        assertEquals(a.sort(), h.sort());
        assertTrue(h.reverse());
        assertEquals(0.1, h.padding(), 1e-12);
    }

    @Test
    void tooltip_lines_keep_an_empty_format_apart_from_none() {
        ResolvedView v = resolve("heatmap \"o\" {\n" + DATA + "  x x\n  y y\n  color value\n  tooltip x format \"\", value\n}\n");
        assertEquals(Optional.of(""), v.tooltip().get(0).specifier());
        assertEquals(Optional.empty(), v.tooltip().get(1).specifier());
    }

    @Test
    void text_labels_resolve_their_format() {
        ResolvedView v = resolve("heatmap \"o\" {\n" + DATA + "  x x\n  y y\n  color value\n  text value { format \".1%\" }\n}\n");
        assertEquals(Optional.of(".1%"), v.text().orElseThrow().format());
    }

    @Test
    void an_annotation_bar_resolves_its_colors_like_a_color_channel() {
        ResolvedView v = resolve("heatmap \"o\" {\n  data values [{\"x\": \"a\", \"y\": \"b\", \"value\": 1, \"g\": \"k\"}]\n"
                + "  x x\n  y y\n  color value\n  annotate rows g { scheme set1  legend \"Group\" }\n}\n");
        ResolvedColorScale o = v.decorations().annotations().get(0).color();
        assertEquals("ordinal", o.type(), "a text field gets an ordinal scale");
        assertEquals(Optional.of("set1"), o.scheme());
        assertEquals("Group", o.title());
    }
}
