package dev.hmspec.cluster;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Severity;
import dev.hmspec.diag.Suggest;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of clustering and normalization messages (codes HM400–HM429). The algorithms run
 * without a spec, so they return {@link Note}s; the compile stage turns a note into a positioned
 * {@link Diagnostic} with {@link Note#at}.
 */
public final class ClusterMessages {
    private ClusterMessages() {}

    /** A finding without a position yet. */
    public record Note(Severity severity, String code, String message, Optional<String> help) {
        public Diagnostic at(SourceFile file, Span span) {
            return new Diagnostic(severity, code, file, span, message, help);
        }
    }

    public static Note unknownLinkage(String name) {
        return new Note(Severity.ERROR, "HM400", "unknown linkage \"" + name + "\"",
                Optional.of(hint(name, Linkage.specNames())));
    }

    public static Note unknownMetric(String name) {
        return new Note(Severity.ERROR, "HM401", "unknown distance metric \"" + name + "\"",
                Optional.of(hint(name, Metric.specNames())));
    }

    public static Note emptyRowsPlacedLast(int count, String what) {
        return new Note(Severity.WARNING, "HM402", count + " " + what + (count == 1 ? " has" : "s have")
                + " no values and cannot be clustered; placed last, outside the dendrogram",
                Optional.of("filter them out before clustering to silence this warning"));
    }

    public static Note undefinedDistances(int pairs, Metric metric) {
        String why = metric == Metric.CORRELATION ? " (no shared values, or a constant " : " (no shared values";
        String tail = metric == Metric.CORRELATION ? "series)" : metric == Metric.COSINE ? ", or all zeros)" : ")";
        return new Note(Severity.WARNING, "HM403", pairs + " pair" + (pairs == 1 ? "" : "s")
                + " had no defined " + metric.specName() + " distance" + why + tail
                + "; they were given the largest distance found",
                Optional.of("use a metric defined for these rows, or filter the rows out"));
    }

    public static Note nonEuclideanLinkage(Linkage linkage, Metric metric) {
        return new Note(Severity.WARNING, "HM404", linkage.specName() + " linkage assumes Euclidean distances; with "
                + metric.specName() + " its heights have no geometric meaning",
                Optional.of("use metric euclidean, or linkage average or complete"));
    }

    public static Note tooManyRows(int count, String what) {
        return new Note(Severity.ERROR, "HM405", "cannot cluster " + count + " " + what + "s: at most "
                + Condensed.MAX_N + " fit in memory", Optional.of("aggregate or filter the data first"));
    }

    public static Note badClusterCount(int k) {
        return new Note(Severity.ERROR, "HM406", "cannot cut the dendrogram into " + k + " clusters",
                Optional.of("use a whole number of at least 1"));
    }

    private static String hint(String wrong, List<String> names) {
        return Suggest.didYouMean(wrong, names).map(s -> s + " ").orElse("")
                + "(one of: " + String.join(", ", names) + ")";
    }
}
