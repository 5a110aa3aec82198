package dev.hmspec.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParamVariantsTest {
    @TempDir Path project;

    static ParamSet set(String name, Map<String, String> params) {
        ParamSet s = new ParamSet();
        s.name = name;
        s.params.putAll(params);
        return s;
    }

    @Test void aSpecIsRenderedOncePerParameterSetItDeclaresWithOutputsNamedByTheSet() throws Exception {
        Path specs = project.resolve("specs");
        Files.createDirectories(specs.resolve("data"));
        Files.writeString(specs.resolve("data/d.csv"), "row,col,value\na,x,1\nb,y,2\n");
        Files.writeString(specs.resolve("p.hmspec"), "heatmap {\n  param min = 0\n  title \"At least {$min}\"\n"
                + "  data \"data/d.csv\"\n  filter value >= $min\n  x col\n  y row\n  color value\n}\n");
        Files.writeString(specs.resolve("plain.hmspec"), "heatmap {\n  data \"data/d.csv\"\n  x col\n  y row\n  color value\n}\n");
        List<SpecSet.Spec> variants = ParamVariants.expand(SpecSet.scan(specs, null, null), Map.of("other", "1"),
                List.of(set("low", Map.of("min", "1")), set("high", Map.of("min", "2"))));
        assertEquals(List.of("p", "p-low", "p-high", "plain"), variants.stream().map(SpecSet.Spec::slug).toList());
        assertEquals(Map.of(), variants.get(0).params(), "values the spec does not declare are not passed");
        var settings = new RenderRun.Settings(project.resolve("out"), project, List.of(Format.SVG), RenderOptions.defaults(), 2, false, false);
        RenderRun.Result r = new RenderRun(settings).run(variants);
        assertEquals(4, r.count(RenderRun.Status.RENDERED), r.outcomes().toString());
        assertTrue(Files.readString(project.resolve("out/p-low.svg")).contains("At least 1"));
        assertTrue(Files.readString(project.resolve("out/p-high.svg")).contains("At least 2"));
        assertTrue(Files.readString(project.resolve("out/p.svg")).contains("At least 0"));
        assertEquals(4, new RenderRun(settings).run(variants).count(RenderRun.Status.UP_TO_DATE), "each variant has its own fingerprint");
    }

    @Test void aSetNameMustBeSafeInAFileName() {
        assertEquals(null, ParamVariants.check(set("y2020", Map.of())));
        assertTrue(ParamVariants.check(set("../x", Map.of())).contains("paramSet"));
        assertTrue(ParamVariants.check(set(null, Map.of())).contains("paramSet"));
    }
}
