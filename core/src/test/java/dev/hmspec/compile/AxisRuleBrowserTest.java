package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hmspec.browser.Browser;
import dev.hmspec.format.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runtime's ports of Java rules give the same answers as Java for the same inputs. */
class AxisRuleBrowserTest {
    static Browser b;

    @BeforeAll static void start() {
        b = Browser.start();
        b.open(Browser.compile("heatmap \"r\" {\n data values [{\"a\": 1, \"b\": 2, \"v\": 3}]\n x a\n y b\n color v\n}\n"), "rules");
    }

    @AfterAll static void stop() { if (b != null) b.close(); }

    @Test
    void axisLayout_in_javascript_thins_and_rotates_exactly_like_AxisLayout() {
        List<Object[]> inputs = new ArrayList<>();
        for (double maxW : new double[] {6, 13.2, 33, 34, 60, 140})
            for (double step : new double[] {0.3, 1, 2.6, 7.5, 12, 13.75, 19.8, 40, 77})
                for (Double forced : new Double[] {null, 0.0, -45.0, -90.0, 30.0}) inputs.add(new Object[] {maxW, step, forced});
        @SuppressWarnings("unchecked")
        List<Map<String, Number>> js = (List<Map<String, Number>>) b.js("return arguments[0].map(function (i) { return hmspec.axisLayout.x(i[0], i[1], i[2], 11); });", inputs);
        for (int i = 0; i < inputs.size(); i++) {
            Object[] in = inputs.get(i);
            AxisLayout java = AxisLayout.horizontal((double) in[0], (double) in[1], (Double) in[2]);
            assertEquals(java.angle(), js.get(i).get("angle").doubleValue(), "angle for " + List.of(in[0], in[1], String.valueOf(in[2])));
            assertEquals(java.every(), js.get(i).get("every").intValue(), "every for " + List.of(in[0], in[1], String.valueOf(in[2])));
        }
        for (double step : new double[] {0.2, 1, 3.3, 9, 13.75, 14, 50}) {
            long every = ((Number) b.js("return hmspec.axisLayout.y(arguments[0], 11).every", step)).longValue();
            assertEquals(AxisLayout.vertical(0, step).every(), every, "y every for step " + step);
        }
    }

    @Test
    void tooltip_formats_in_javascript_match_NumberFormat() {
        List<String> specs = List.of(",", ",d", "d", "02d", ".2f", ",.2f", ".1%", ".3e", ".3g", ".3r", ".3s", "+.1f", ".2~f", "(.1f", "6.1f");
        double[] values = {0, 1, -1, 12.5, 1234.5678, -0.0049, 0.12345, 98765432.1, 7, 0.5};
        List<String> differ = new ArrayList<>();
        for (String spec : specs) {
            for (double v : values) {
                String js = (String) b.js("return hmspec.format(arguments[0], arguments[1])", spec, v);
                String java = NumberFormat.compile(spec).format(v);
                if (!java.equals(js)) differ.add("\"" + spec + "\" of " + v + ": java " + java + ", js " + js);
            }
        }
        assertEquals(List.of(), differ);
    }
}
