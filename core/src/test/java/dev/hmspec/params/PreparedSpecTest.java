package dev.hmspec.params;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.CompileOptions;
import dev.hmspec.Hmspec;
import dev.hmspec.PreparedSpec;
import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import dev.hmspec.render.Renderers;
import dev.hmspec.source.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PreparedSpecTest {
    static final SourceFile SPEC = SourceFile.of("prepared.hmspec", ParamsTest.spec("  filter v >= $lo"));
    static final List<String> VALUES = List.of("0", "2", "4", "6", "7");
    static final List<Format> FORMATS = List.of(Format.HTML, Format.SVG, Format.FRAGMENT);

    /** The reference: a fresh compile per value, one thread. */
    static byte[] expected(String lo, Format f) {
        var c = Hmspec.compile(SPEC, CompileOptions.defaults().withParams(Map.of("lo", lo, "year", "20" + lo)));
        return Renderers.render(c.scene().orElseThrow(), f, RenderOptions.defaults());
    }

    @Test
    void renderFromEightThreadsGivesTheSameBytesAsOneThreadForEveryValue() throws Exception {
        byte[][][] want = new byte[VALUES.size()][FORMATS.size()][];
        for (int v = 0; v < VALUES.size(); v++) for (int f = 0; f < FORMATS.size(); f++) want[v][f] = expected(VALUES.get(v), FORMATS.get(f));
        assertNotEquals(new String(want[0][1], StandardCharsets.UTF_8), new String(want[4][1], StandardCharsets.UTF_8),
                "different values give different drawings");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                PreparedSpec prepared = PreparedSpec.of(SPEC, CompileOptions.defaults()); // fresh: the compiles themselves race
                List<Callable<Boolean>> jobs = new ArrayList<>();
                for (int k = 0; k < 40; k++) {
                    int v = k % VALUES.size(), f = (k / VALUES.size()) % FORMATS.size();
                    jobs.add(() -> {
                        byte[] got = prepared.render(Map.of("lo", VALUES.get(v), "year", "20" + VALUES.get(v)), FORMATS.get(f),
                                RenderOptions.defaults());
                        assertArrayEquals(want[v][f], got, "value " + VALUES.get(v) + " as " + FORMATS.get(f));
                        return true;
                    });
                }
                for (Future<Boolean> r : pool.invokeAll(jobs)) assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aValueCompiledOnceIsServedFromTheCacheAndErrorsListTheDiagnostics() {
        PreparedSpec p = PreparedSpec.of(SPEC, CompileOptions.defaults());
        assertSame(p.compile(Map.of("lo", "3")), p.compile(Map.of("lo", "3")));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> p.render(Map.of("lo", "three"), Format.SVG, RenderOptions.defaults()));
        assertTrue(e.getMessage().contains("HM512"), e.getMessage());
        String a = new String(p.fragment(Map.of("lo", "1"), "one", false, RenderOptions.defaults()), StandardCharsets.UTF_8);
        assertTrue(a.startsWith("<div class=\"hm-fragment\" id=\"one\">"), a.substring(0, 60));
        assertTrue(!a.contains("data-hm-runtime data-encoding"), "left out on request");
        assertEquals(a, new String(p.fragment(Map.of("lo", "1"), "one", false, RenderOptions.defaults()), StandardCharsets.UTF_8));
    }
}
