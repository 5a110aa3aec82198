package dev.hmspec.cli;

import static dev.hmspec.cli.CliTest.GOOD;
import static dev.hmspec.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.cli.CliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user runs into on the command line: paths, empty folders, hostile text, floods of errors. */
class CliHardeningTest {
    @TempDir Path dir;

    static final String FROM_FILE = """
            heatmap "From a file" {
              data "data/grid.csv"
              x col
              y row
              color value
            }
            """;

    Path project() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("project/specs/data"));
        Files.writeString(specs.resolve("grid.csv"), "row,col,value\na,x,1\nb,y,2\n");
        return Files.writeString(dir.resolve("project/specs/grid.hmspec"), FROM_FILE);
    }

    @Test
    void data_paths_resolve_inside_the_specs_own_folder_when_run_from_elsewhere() throws Exception {
        Path spec = project();
        Run r = run(null, "render", spec.toString(), "-o", dir.resolve("out").toString(), "--format", "svg");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(dir.resolve("out/grid.svg")));
    }

    @Test
    void a_data_path_leaving_the_spec_folder_names_the_option_that_allows_it() throws Exception {
        Path spec = project();
        Files.writeString(dir.resolve("project/outside.csv"), "row,col,value\na,x,1\n");
        Files.writeString(spec, FROM_FILE.replace("data/grid.csv", "../outside.csv"));
        Run r = run(null, "check", spec.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error[HM210]"), r.err());
        assertTrue(r.err().contains("--data-root <dir>"), r.err());
        assertEquals(0, run(null, "check", "--data-root", dir.resolve("project").toString(), spec.toString()).code());
    }

    @Test
    void a_missing_spec_file_is_a_command_line_mistake_not_an_internal_error() {
        Run r = run(null, "render", dir.resolve("nope.hmspec").toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no such spec file or folder: " + dir.resolve("nope.hmspec")), r.err());
        assertFalse(r.err().contains("HM901") || r.err().contains("internal"), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing rendered");
    }

    @Test
    void a_folder_without_specs_says_so_and_exits_two_as_javac_does_without_sources() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        for (String command : new String[] {"check", "render"}) {
            Run r = run(null, command, empty.toString());
            assertEquals(2, r.code(), command);
            assertTrue(r.err().contains("no .hmspec files in " + empty), r.err());
        }
    }

    @Test
    void specs_with_the_same_name_in_different_folders_keep_their_own_outputs() throws Exception {
        Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("x.hmspec"), GOOD);
        Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("x.hmspec"), GOOD.replace("Good", "Other"));
        Path out = dir.resolve("out");
        Run r = run(null, "render", a.toString(), b.toString(), "-o", out.toString(), "--format", "svg");
        assertEquals(0, r.code(), r.err());
        String first = Files.readString(out.resolve("a/x.svg")), second = Files.readString(out.resolve("b/x.svg"));
        assertTrue(first.contains("Good") && second.contains("Other"));
        assertNotEquals(first, second);
        assertFalse(Files.exists(out.resolve("x.svg")));
    }

    @Test
    void control_characters_from_a_spec_never_reach_the_terminal() throws Exception {
        String hostile = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e";
        Files.writeString(dir.resolve("t.hmspec"), GOOD.replace("color v", "color \"" + hostile + "\""));
        Run r = run(null, "check", dir.resolve("t.hmspec").toString());
        assertEquals(1, r.code());
        for (char c : r.err().toCharArray()) {
            assertFalse(c < 0x20 && c != '\n' && c != '\t' || c == 0x9b || c == 0x202e, "raw control U+" + Integer.toHexString(c) + " in " + r.err());
        }
        assertTrue(r.err().contains("\u241b]0;pwned\u2407"), "escape shown as a visible picture: " + r.err());
    }

    @Test
    void a_flood_of_mistakes_prints_the_first_hundred_and_counts_the_rest() throws Exception {
        StringBuilder spec = new StringBuilder(GOOD.replace("}\n", ""));
        for (int i = 0; i < 250; i++) spec.append("  x a { titel \"A\" }\n");
        Files.writeString(dir.resolve("flood.hmspec"), spec.append("}\n").toString());
        Run r = run(null, "check", dir.resolve("flood.hmspec").toString());
        assertEquals(1, r.code());
        // Each line is two mistakes: x given twice (HM102) and the unknown option (HM108).
        long shown = r.err().lines().filter(l -> l.contains(": error[HM")).count();
        assertEquals(100, shown, r.err().substring(Math.max(0, r.err().length() - 1500)));
        assertTrue(r.err().contains("… and 400 more diagnostics not shown (400 errors"), r.err());
        assertTrue(r.out().contains("500 errors"), "the summary still counts all: " + r.out());
        Run all = run(null, "check", "--max-diagnostics", "1000", dir.resolve("flood.hmspec").toString());
        assertEquals(500, all.err().lines().filter(l -> l.contains(": error[HM")).count());
    }

    @Test
    void a_spec_whose_output_cannot_be_written_keeps_its_earlier_set_whole_and_the_others_render() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.writeString(specs.resolve("a.hmspec"), GOOD);
        Files.writeString(specs.resolve("b.hmspec"), GOOD);
        Path out = dir.resolve("out");
        assertEquals(0, run(null, "render", specs.toString(), "-o", out.toString(), "--format", "html,svg").code());
        byte[] html = Files.readAllBytes(out.resolve("b.html"));
        Files.writeString(specs.resolve("a.hmspec"), GOOD.replace("Good", "Again"));
        Files.writeString(specs.resolve("b.hmspec"), GOOD.replace("Good", "Again"));
        Files.delete(out.resolve("b.svg"));
        Files.writeString(Files.createDirectories(out.resolve("b.svg")).resolve("blocker"), "x"); // the SVG cannot land
        Run r = run(null, "render", specs.toString(), "-o", out.toString(), "--format", "html,svg");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("b.hmspec: could not write its html,svg output"), r.err());
        assertTrue(java.util.Arrays.equals(html, Files.readAllBytes(out.resolve("b.html"))), "no page from this run beside an older SVG");
        assertTrue(Files.readString(out.resolve("a.svg")).contains("Again"), "the other spec rendered");
    }
}
