package dev.hmspec.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.render.Format;
import dev.hmspec.render.RenderOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderRunTest {
    @TempDir Path project;

    private static final String GOOD = "heatmap \"%s\" {\n  data \"data/%s.csv\"\n  x col\n  y row\n  color value\n}\n";

    private Path specs() { return project.resolve("specs"); }
    private Path out() { return project.resolve("out"); }

    private void spec(String name) throws Exception {
        Files.createDirectories(specs().resolve("data"));
        Files.writeString(specs().resolve("data/" + name + ".csv"), "row,col,value\na,x,1\nb,y,2\n");
        Files.writeString(specs().resolve(name + ".hmspec"), String.format(GOOD, name, name));
    }

    private RenderRun.Result run() throws Exception {
        var settings = new RenderRun.Settings(out(), project, List.of(Format.HTML, Format.SVG), RenderOptions.defaults(), 4, false, false);
        return new RenderRun(settings).run(SpecSet.scan(specs(), null, null));
    }

    private static Map<String, RenderRun.Status> statuses(RenderRun.Result r) {
        Map<String, RenderRun.Status> m = new TreeMap<>();
        r.outcomes().forEach(o -> m.put(o.spec().slug(), o.status()));
        return m;
    }

    @Test void renderRendersEverySpecOnceThenNothingUntilAnInputChanges() throws Exception {
        for (String n : List.of("a", "b", "c")) spec(n);
        assertEquals(Map.of("a", RenderRun.Status.RENDERED, "b", RenderRun.Status.RENDERED, "c", RenderRun.Status.RENDERED), statuses(run()));
        assertEquals(3, run().count(RenderRun.Status.UP_TO_DATE));
        Path data = specs().resolve("data/b.csv");
        Files.setLastModifiedTime(data, FileTime.fromMillis(Files.getLastModifiedTime(data).toMillis() + 5000));
        assertEquals(Map.of("a", RenderRun.Status.UP_TO_DATE, "b", RenderRun.Status.RENDERED, "c", RenderRun.Status.UP_TO_DATE), statuses(run()));
        Files.writeString(specs().resolve("c.hmspec"), String.format(GOOD, "c changed", "c"));
        assertEquals(RenderRun.Status.RENDERED, statuses(run()).get("c"));
    }

    @Test void renderRemovesTheOutputsOfADeletedSpec() throws Exception {
        spec("a");
        spec("b");
        run();
        Files.delete(specs().resolve("b.hmspec"));
        RenderRun.Result r = run();
        assertEquals(List.of("b.html", "b.svg"), r.removed());
        assertFalse(Files.exists(out().resolve("b.html")));
        assertTrue(Files.exists(out().resolve("a.html")));
    }

    @Test void aBrokenSpecFailsKeepsItsEarlierOutputsAndIsRetriedNextBuild() throws Exception {
        spec("a");
        spec("b");
        run();
        byte[] before = Files.readAllBytes(out().resolve("b.html"));
        Files.writeString(specs().resolve("b.hmspec"), String.format(GOOD, "b", "b").replace("color value", "color valeu"));
        Files.writeString(specs().resolve("a.hmspec"), String.format(GOOD, "a again", "a"));
        RenderRun.Result r = run();
        assertEquals(Map.of("a", RenderRun.Status.RENDERED, "b", RenderRun.Status.FAILED), statuses(r));
        String report = r.outcomes().get(1).report();
        assertTrue(report.contains("b.hmspec:5:9: error[HM201]: unknown field \"valeu\""), report);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out().resolve("b.html"))), "earlier output changed");
        assertEquals(RenderRun.Status.FAILED, statuses(run()).get("b"));
    }

    @Test void renderKeepsSubfoldersInOutputNamesAndHonoursExcludes() throws Exception {
        spec("a");
        Files.createDirectories(specs().resolve("errors"));
        Files.writeString(specs().resolve("errors/bad.hmspec"), "heatmap {");
        Files.createDirectories(specs().resolve("maps"));
        Files.writeString(specs().resolve("maps/m.hmspec"), String.format(GOOD, "m", "a").replace("data/a.csv", "../data/a.csv"));
        var specs = SpecSet.scan(specs(), null, List.of("errors/**"));
        assertEquals(List.of("a", "maps/m"), specs.stream().map(SpecSet.Spec::slug).toList());
        var settings = new RenderRun.Settings(out(), project, List.of(Format.SVG), RenderOptions.defaults(), 2, false, false);
        assertEquals(0, new RenderRun(settings).run(specs).count(RenderRun.Status.FAILED));
        assertTrue(Files.exists(out().resolve("maps/m.svg")));
    }

    @Test void aSpecWhoseOutputCannotBeWrittenFailsAloneAndKeepsItsEarlierSetWhole() throws Exception {
        spec("a");
        spec("b");
        run();
        byte[] html = Files.readAllBytes(out().resolve("b.html"));
        Files.writeString(specs().resolve("a.hmspec"), String.format(GOOD, "a again", "a"));
        Files.writeString(specs().resolve("b.hmspec"), String.format(GOOD, "b again", "b"));
        Files.delete(out().resolve("b.svg"));
        Files.createDirectories(out().resolve("b.svg")).resolve("blocker").toFile().createNewFile(); // the SVG cannot land
        RenderRun.Result r = run();
        assertEquals(Map.of("a", RenderRun.Status.RENDERED, "b", RenderRun.Status.FAILED), statuses(r));
        assertTrue(r.outcomes().get(1).report().contains("could not write"), r.outcomes().get(1).report());
        assertTrue(java.util.Arrays.equals(html, Files.readAllBytes(out().resolve("b.html"))),
                "the page of this run must not stand beside the SVG of an earlier one");
        assertTrue(Files.readString(out().resolve("a.html")).contains("a again"));
    }

    @Test void theBuildLogGetsAtMostAHundredDiagnosticsPerSpecWithControlCharactersMadeVisible() throws Exception {
        spec("a");
        StringBuilder text = new StringBuilder(String.format(GOOD, "a", "a").replace("color value", "color `\u001b]0;pwned\u0007`").replace("}\n", ""));
        for (int i = 0; i < 150; i++) text.append("  x col { titel \"A\" }\n");
        Files.writeString(specs().resolve("a.hmspec"), text.append("}\n").toString());
        String report = run().outcomes().get(0).report();
        assertFalse(report.contains("\u001b") || report.contains("\u0007"), "raw control characters reach the log");
        assertTrue(report.contains("\u241b]0;pwned\u2407"), report);
        assertEquals(100, report.lines().filter(l -> l.contains(": error[HM")).count(), report.substring(0, Math.min(3000, report.length())));
        assertTrue(report.contains("… and 201 more diagnostics not shown"), report.substring(report.length() - 300));
    }
}
