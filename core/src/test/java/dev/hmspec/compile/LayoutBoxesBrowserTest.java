package dev.hmspec.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hmspec.browser.Browser;
import dev.hmspec.scene.LayoutBox;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page re-lays out {@code size auto} charts from the boxes the compiler placed, not from its drawing. */
class LayoutBoxesBrowserTest {
    static Browser b;

    @BeforeAll static void start() { b = Browser.start(); }

    @AfterAll static void stop() { if (b != null) b.close(); }

    static final String SPEC = "heatmap \"auto\" {\n data values [{\"c\": 1, \"r\": 1, \"v\": 1}, {\"c\": 2, \"r\": 2, \"v\": 5}]\n"
            + " x c\n y r\n color v\n size auto\n}\n";

    /** The same scene with the legend's placed box {@code dw} px wider. */
    static Scene widerLegendBox(Scene s, double dw) {
        ViewInfo v = s.views().get(0);
        List<LayoutBox> boxes = new ArrayList<>();
        for (LayoutBox x : v.boxes())
            boxes.add(x.role().equals("legend") ? new LayoutBox("legend", x.x(), x.y(), x.width() + dw, x.height()) : x);
        ViewInfo w = new ViewInfo(v.id(), v.title(), v.plotX(), v.plotY(), v.plotWidth(), v.plotHeight(), v.xField(), v.yField(),
                v.colorField(), v.interactions(), v.runtime(), boxes);
        return new Scene(s.width(), s.height(), s.background(), s.title(), s.description(), s.nodes(), List.of(w));
    }

    /** The plot's right margin after the page fits the chart into a 700 px container. */
    static double rightMargin(Scene scene, String name) {
        b.open(scene, name);
        b.js("var f = document.querySelector('.hm-figure'), box = document.createElement('div'); box.style.width = '700px';"
                + "f.parentNode.insertBefore(box, f); box.appendChild(f);");
        new WebDriverWait(b.driver, Duration.ofSeconds(5))
                .until(d -> b.num("return document.querySelector('.hm-figure > svg').getBoundingClientRect().width") == 700);
        return 700 - b.num("return hmspec.list[0].state.plot[0]") - b.num("return hmspec.list[0].state.plot[2]");
    }

    @Test
    void theRightMarginComesFromTheLegendsPlacedBox() {
        Scene compiled = Browser.compile(SPEC);
        LayoutBox legend = compiled.views().get(0).box("legend").orElseThrow();
        ViewInfo v = compiled.views().get(0);
        double asCompiled = rightMargin(compiled, "boxes-compiled");
        assertEquals(legend.x() + legend.width() - v.plotX() - v.plotWidth() + 12, asCompiled, 1e-6,
                "the margin the layout gave the legend, plus the padding");
        assertEquals(asCompiled + 100, rightMargin(widerLegendBox(compiled, 100), "boxes-wider"), 1e-6,
                "a wider placed box, a wider margin: the drawing is not measured");
    }
}
