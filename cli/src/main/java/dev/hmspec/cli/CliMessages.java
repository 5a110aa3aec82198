package dev.hmspec.cli;

import java.nio.file.Path;
import java.util.List;

/** The catalog of what the command line itself says (diagnostics about specs come from core). */
final class CliMessages {
    private CliMessages() {}

    static String noSuchSpec(List<Path> missing) {
        return missing.size() == 1 ? "no such spec file or folder: " + missing.get(0)
                : "no such spec files or folders: " + String.join(", ", missing.stream().map(Path::toString).toList());
    }

    static String noSpecsIn(Path folder) {
        return "no .hmspec files in " + folder + " (searched its sub-folders too)";
    }

    static String notASpec(Path file) {
        return file + " is not a regular file";
    }

    static String sameOutput(String slug, Path a, Path b) {
        return a + " and " + b + " would both write " + slug + ".*; rename one, or render them in separate runs";
    }

    static String noCommonFolder(Path a, Path b) {
        return a + " and " + b + " share no folder to mirror outputs from; render them in separate runs";
    }

    static String dataRootHint(Path specFolder) {
        return "hmspec: data paths are checked against " + specFolder + " (the spec's folder) by default;"
                + " pass --data-root <dir> to allow a wider folder, or --allow-any-data-path";
    }

    static String dataRootHintExplicit(Path root) {
        return "hmspec: data paths must stay inside --data-root " + root + "; widen it, or pass --allow-any-data-path";
    }

    static String outOfMemory(Object spec, long maxHeapMb, String stage) {
        return "hmspec: " + spec + ": out of memory while " + stage + " (the Java heap is limited to " + maxHeapMb + " MB).\n"
                + "  = help: give Java more memory (java -Xmx4g -jar hmspec.jar ...), or make the grid smaller"
                + " (aggregate or bin the data, filter rows), or leave out the png format";
    }

    static String renderFailed(Object spec, String format, Throwable e) {
        return "hmspec: " + spec + ": could not write its " + format + " output (" + describe(e) + "); its earlier outputs are kept";
    }

    static String internal(Object spec, Throwable e) {
        return "hmspec: " + spec + ": internal error (" + describe(e) + "); please report it";
    }

    static String internal(Throwable e) {
        return "hmspec: internal error (" + describe(e) + "); please report it";
    }

    static String progress(int done, int total, Object spec, String stage, double seconds) {
        return String.format(java.util.Locale.ROOT, "[%d/%d] %s: %s… %.0f s", done + 1, total, spec, stage, seconds);
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** explain (embed12b): a SQL source's refresh interval, which only {@code hmspec serve} acts on. */
    static String refreshIgnored(int view, java.time.Duration every) {
        long ms = every.toMillis();
        String text = ms % 60_000 == 0 ? ms / 60_000 + " min" : ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
        return "view " + view + ": refresh every " + text + " is ignored by render and explain (the query ran once);"
                + " hmspec serve re-queries it and updates open pages";
    }
}
