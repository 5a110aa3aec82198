package dev.hmspec.analysis;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.diag.Severity;
import dev.hmspec.diag.Suggest;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of the {@code normalize} and {@code cluster} statements' messages, codes
 * HM407–HM419 (the algorithms' own notes, HM400–HM406, are in ClusterMessages).
 */
public final class AnalysisMessages {
    private AnalysisMessages() {}

    public static final List<String> METHODS = List.of("zscore", "minmax", "percent");
    public static final List<String> SLICES = List.of("row", "column", "all");
    public static final List<String> TARGETS = List.of("rows", "columns", "both");
    public static final List<String> ORDERS = List.of("optimal", "tree");
    public static final List<String> OPTIONS = List.of("linkage", "metric", "order", "cut", "dendrogram");

    public static Diagnostic unknownMethod(SourceFile f, Span s, String name) {
        return error("HM407", f, s, "unknown normalization " + Messages.quote(name), hint(name, METHODS));
    }

    public static Diagnostic unknownSlice(SourceFile f, Span s, String name) {
        return error("HM408", f, s, "cannot normalize by " + Messages.quote(name), hint(name, SLICES));
    }

    public static Diagnostic unknownTarget(SourceFile f, Span s, String name) {
        return error("HM409", f, s, "cannot cluster " + Messages.quote(name), hint(name, TARGETS));
    }

    public static Diagnostic unknownOption(SourceFile f, Span s, String name) {
        return error("HM410", f, s, "unknown cluster option " + Messages.quote(name), hint(name, OPTIONS));
    }

    public static Diagnostic unknownOrder(SourceFile f, Span s, String name) {
        return error("HM411", f, s, "unknown leaf order " + Messages.quote(name), hint(name, ORDERS));
    }

    public static Diagnostic badCut(SourceFile f, Span s, double k) {
        return error("HM412", f, s, "cannot cut the dendrogram into " + dev.hmspec.diag.Numbers.plain(k) + " clusters",
                Optional.of("use a whole number of at least 2"));
    }

    public static Diagnostic cutAboveRows(SourceFile f, Span s, int k, int rows, String what) {
        return error("HM412", f, s, "cannot cut " + rows + " " + what + (rows == 1 ? "" : "s") + " into " + k + " clusters",
                Optional.of("use at most " + rows + " clusters"));
    }

    public static Diagnostic duplicate(SourceFile f, Span s, String what, int firstLine) {
        return error("HM413", f, s, what + " is already set on line " + firstLine, Optional.of("keep one of them"));
    }

    public static Diagnostic clusterOverridesSort(SourceFile f, Span s, String axis) {
        return warning("HM414", f, s, "the " + axis + " axis is clustered, so this sort is not used",
                Optional.of("the dendrogram decides the order; remove the sort (or the cluster) to silence this warning"));
    }

    public static Diagnostic notNumeric(SourceFile f, Span s, String statement, String field, String type) {
        return error("HM415", f, s, statement + " needs a numeric color field, but " + Messages.quote(field) + " is " + type,
                Optional.of("color the cells by a number"));
    }

    public static Diagnostic robustWithDomain(SourceFile f, Span s) {
        return error("HM416", f, s, "robust and domain both set the color domain", Optional.of("keep one of them"));
    }

    public static Diagnostic badThickness(SourceFile f, Span s, double px) {
        return error("HM417", f, s, "dendrogram thickness " + dev.hmspec.diag.Numbers.plain(px) + " is outside 10..400",
                Optional.of("give the dendrogram's depth in pixels, e.g. dendrogram 80, or dendrogram none"));
    }

    public static Diagnostic treeOrderAbove(SourceFile f, Span s, int rows, String what, int limit) {
        return warning("HM418", f, s, "optimal leaf ordering skipped: " + rows + " " + what + "s is above "
                + limit + "; the tree's own order is used", Optional.of("write order tree to silence this warning, "
                + "or order optimal to force it (slow: see docs/performance.md)"));
    }

    public static Diagnostic degenerateSlices(SourceFile f, Span s, int count, String slice, String middle) {
        return warning("HM419", f, s, count + " " + slice + (count == 1 ? " is" : "s are") + " constant (or empty of spread); "
                + (count == 1 ? "its" : "their") + " cells show " + middle, Optional.of("filter such " + slice
                + "s out to silence this warning"));
    }

    /** The legend title's suffix saying that a robust domain clamps outliers. */
    public static String robustTitle(String title) { return title + " (clamped, 2\u201398 pct)"; }

    /** The legend title of normalized values: "value (zscore by row)". */
    public static String normalizedTitle(String title, String method, String slice) {
        return title + " (" + method + (slice.equals("all") ? "" : " by " + slice) + ")";
    }

    private static Diagnostic error(String code, SourceFile f, Span s, String m, Optional<String> help) {
        return new Diagnostic(Severity.ERROR, code, f, s, m, help);
    }

    private static Diagnostic warning(String code, SourceFile f, Span s, String m, Optional<String> help) {
        return new Diagnostic(Severity.WARNING, code, f, s, m, help);
    }

    private static Optional<String> hint(String wrong, List<String> names) {
        return Optional.of(Suggest.didYouMean(wrong, names).map(x -> x + " ").orElse("")
                + "(one of: " + String.join(", ", names) + ")");
    }
}
