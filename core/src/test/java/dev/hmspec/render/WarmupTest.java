package dev.hmspec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Hmspec;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WarmupTest {
    @Test void theBuiltInSpecCompilesWithoutDiagnostics() {
        var compiled = Hmspec.compile(dev.hmspec.source.SourceFile.of("warm-up.hmspec", Warmup.SPEC), CompileOptions.defaults());
        assertTrue(compiled.scene().isPresent());
        assertEquals(java.util.List.of(), compiled.diagnostics(), "the warm-up must exercise the real path, not stop at an error");
    }

    @Test void outputsAreTheSameWithOrWithoutIt() throws Exception {
        var spec = dev.hmspec.source.SourceFile.of("t.hmspec", "heatmap \"t\" {\n  data values [{x: \"a\", y: \"b\", v: 2}]\n"
                + "  x x\n  y y\n  color v\n}\n");
        byte[] before = render(spec);
        Warmup.run(EnumSet.of(Format.HTML, Format.SVG, Format.PNG));
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(render(spec)));
    }

    private static byte[] render(dev.hmspec.source.SourceFile spec) throws Exception {
        var scene = Hmspec.compile(spec, CompileOptions.defaults()).scene().orElseThrow();
        var out = new java.io.ByteArrayOutputStream();
        for (Format f : EnumSet.of(Format.HTML, Format.SVG, Format.PNG)) Renderers.render(scene, f, RenderOptions.defaults(), out);
        return out.toByteArray();
    }
}
