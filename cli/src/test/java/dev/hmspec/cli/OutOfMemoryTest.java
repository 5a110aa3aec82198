package dev.hmspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real small heap in a child JVM: the spec that does not fit fails with advice, the next one still renders. */
class OutOfMemoryTest {
    @TempDir Path dir;

    @Test
    void a_spec_that_exhausts_the_heap_gets_advice_not_a_stack_trace_and_the_batch_goes_on() throws Exception {
        StringBuilder csv = new StringBuilder("x,y,value\n");
        for (int x = 0; x < 1000; x++) for (int y = 0; y < 400; y++) csv.append(x).append(',').append(y).append(',').append(x * y % 97).append('\n');
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/big.csv"), csv);
        Files.writeString(dir.resolve("a-big.hmspec"), "heatmap \"Big\" {\n  data \"data/big.csv\"\n  x x\n  y y\n  color value\n}\n");
        Files.writeString(dir.resolve("b-small.hmspec"), CliTest.GOOD);
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m", "-XX:-UseCompressedOops", "-Djava.awt.headless=true", "-cp", cp, Main.class.getName(),
                "render", dir.toString(), "-o", dir.resolve("out").toString(), "--format", "svg,png"));
        Process p = new ProcessBuilder(cmd).redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run finishes");
        String err = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), err);
        assertTrue(err.contains("a-big.hmspec: out of memory while") && err.contains("-Xmx"), err);
        assertFalse(err.contains("\tat ") || err.contains("java.lang.OutOfMemoryError"), "no stack trace: " + err);
        assertTrue(Files.isRegularFile(dir.resolve("out/b-small.svg")), "the next spec still renders: " + err);
        assertFalse(Files.exists(dir.resolve("out/a-big.svg")), "no partial output set");
        assertTrue(new File(dir.resolve("out").toString()).list().length == 2, "only b-small's svg and png");
    }
}
