package dev.hmspec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Compiled;
import dev.hmspec.Hmspec;
import dev.hmspec.scene.Scene;
import dev.hmspec.scene.ViewInfo;
import dev.hmspec.source.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiViewTest {
    static final String VIEW = """
            heatmap "%s" {
              data values [[1, 2, 3], [4, 5, 6]]
              x x
              y y
              color value
              interact tooltip, zoom x
            }
            """;

    @Test
    void compileStacksSeveralViewsTopToBottomWithTheirInteractions() {
        Compiled c = Hmspec.compile(SourceFile.of("two.hmspec", VIEW.formatted("first") + VIEW.formatted("second")),
                CompileOptions.defaults());
        assertTrue(c.diagnostics().isEmpty(), c.diagnostics().toString());
        Scene scene = c.scene().orElseThrow();
        List<ViewInfo> views = scene.views();
        assertEquals(List.of("first", "second"), views.stream().map(ViewInfo::title).toList());
        assertTrue(views.get(1).plotY() > views.get(0).plotY() + views.get(0).plotHeight(), "second view below the first");
        assertTrue(scene.height() > views.get(1).plotY() + views.get(1).plotHeight(), "scene holds both");
        assertEquals(List.of(new ViewInfo.Interaction("tooltip", ""), new ViewInfo.Interaction("zoom", "x")), views.get(0).interactions());
        assertEquals("view-2", views.get(1).id());
    }
}
