package dev.hmspec.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: exit codes, outputs, and one bad spec among good ones. */
class CliTest {
    static final String GOOD = """
            heatmap "Good" {
              data values [{"a": "x", "b": "p", "v": 1}, {"a": "y", "b": "p", "v": 2}]
              x a
              y b
              color v
            }
            """;

    record Run(int code, String out, String err) {}

    static Run run(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        CommandLine cli = Main.commandLine();
        cli.setOut(new java.io.PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
        cli.setErr(new java.io.PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));
        String[] full = args;
        if (cwd != null && args.length > 0 && !args[0].startsWith("-")) {
            full = new String[args.length + 2];
            full[0] = args[0];
            full[1] = "--data-root";
            full[2] = cwd.toString();
            System.arraycopy(args, 1, full, 3, args.length - 1);
        }
        int code = cli.execute(full);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkExitsZeroForACleanSpec(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.hmspec"), GOOD);
        Run r = run(dir, "check", dir.resolve("good.hmspec").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("checked 1 spec: 0 errors, 0 warnings"), r.out());
    }

    @Test
    void checkPrintsEveryDiagnosticAndExitsOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.hmspec"), GOOD.replace("color v", "color v { scheme virdis }").replace("x a", "x a { titel \"A\" }"));
        Run r = run(dir, "check", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.hmspec:3:9: error[HM108]: unknown option \"titel\" for x"), r.err());
        assertTrue(r.err().contains("help: did you mean \"viridis\"?"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace");
    }

    @Test
    void usageMistakesExitTwo() {
        assertEquals(2, run(null, "render").code(), "missing spec argument");
        assertEquals(2, run(null, "frobnicate").code(), "unknown command");
        Run r = run(null, "render", "x.hmspec", "--format", "svgg");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("did you mean \"svg\""), r.err());
    }

    @Test
    void versionAndHelpExitZero() {
        Run v = run(null, "--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("hmspec "), v.out());
        Run h = run(null, "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("render") && h.out().contains("check"), h.out());
    }

    @Test
    void renderWritesEveryFormatAndABadSpecDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.writeString(specs.resolve("a-good.hmspec"), GOOD);
        Files.writeString(specs.resolve("b-bad.hmspec"), GOOD.replace("color v", "color nope"));
        Files.writeString(specs.resolve("c-good.hmspec"), GOOD);
        Path out = dir.resolve("out");
        Run r = run(dir, "render", specs.toString(), "-o", out.toString(), "--format", "html,svg,png,json");
        assertEquals(1, r.code(), "a failed spec makes the exit code 1");
        assertTrue(r.err().contains("b-bad.hmspec:5:9: error[HM201]: unknown field \"nope\""), r.err());
        for (String slug : new String[] {"a-good", "c-good"}) {
            for (String ext : new String[] {"html", "svg", "png", "scene.json"}) {
                assertTrue(Files.size(out.resolve(slug + "." + ext)) > 100, slug + "." + ext);
            }
        }
        assertFalse(Files.exists(out.resolve("b-bad.svg")));
        assertTrue(r.out().contains("rendered 2 specs (8 files)") && r.out().contains("1 spec failed"), r.out());
    }

    @Test
    void aSpecThatBreaksLaterNeverOverwritesItsGoodOutput(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("s.hmspec");
        Files.writeString(spec, GOOD);
        Path out = dir.resolve("out");
        assertEquals(0, run(dir, "render", spec.toString(), "-o", out.toString(), "--format", "svg").code());
        byte[] good = Files.readAllBytes(out.resolve("s.svg"));
        Files.writeString(spec, GOOD.replace("y b", "y b {"));
        assertEquals(1, run(dir, "render", spec.toString(), "-o", out.toString(), "--format", "svg").code());
        assertArrayEquals(good, Files.readAllBytes(out.resolve("s.svg")), "the earlier good output is untouched");
        try (var files = Files.list(out)) {
            assertEquals(1, files.count(), "no temp files left behind");
        }
    }
}
