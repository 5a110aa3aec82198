package dev.hmspec.check;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.diag.Severity;
import dev.hmspec.diag.Suggest;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The text of live data ({@code refresh} on SQL sources, embed12b): diagnostics HM530–HM534. */
public final class LiveMessages {
    private LiveMessages() {}

    /** The shortest interval: a faster poll would be a load test of the database, not a preview. */
    public static final double MIN_SECONDS = 1;

    /** Spellings people write for the two units, each pointed at the one hmspec reads. */
    private static final Map<String, String> SPELLINGS = Map.ofEntries(Map.entry("sec", "s"), Map.entry("secs", "s"),
            Map.entry("second", "s"), Map.entry("seconds", "s"), Map.entry("S", "s"), Map.entry("min", "m"),
            Map.entry("mins", "m"), Map.entry("minute", "m"), Map.entry("minutes", "m"), Map.entry("M", "m"));

    private static Diagnostic error(String code, SourceFile f, Span s, String message, Optional<String> help) {
        return new Diagnostic(Severity.ERROR, code, f, s, message, help);
    }

    /** HM530: {@code refresh 30} without a unit. */
    static Diagnostic missingUnit(SourceFile f, Span s, String amount) {
        return error("HM530", f, s, "refresh needs a unit: s (seconds) or m (minutes)",
                Optional.of("e.g. refresh " + amount + "s"));
    }

    /** HM531: a unit other than s or m, with the one meant when it is a known spelling. */
    static Diagnostic unknownUnit(SourceFile f, Span s, String unit) {
        String meant = SPELLINGS.get(unit);
        // A distance over one-letter units suggests anything; the spellings people write say more.
        if (meant == null) {
            List<String> near = Suggest.closest(unit, SPELLINGS.keySet().stream().filter(w -> w.length() > 1).toList());
            if (!near.isEmpty()) meant = SPELLINGS.get(near.get(0));
        }
        Optional<String> help = meant == null ? Optional.empty() : Optional.of("did you mean " + Messages.quote(meant) + "?");
        return error("HM531", f, s, "unknown refresh unit " + Messages.quote(unit) + "; units are s (seconds) and m (minutes)",
                help.or(() -> Optional.of("e.g. refresh 30s or refresh 5m")));
    }

    /** HM532: an interval below {@link #MIN_SECONDS}. */
    static Diagnostic tooFast(SourceFile f, Span s, String written) {
        return error("HM532", f, s, "refresh " + written + " is shorter than the minimum of 1 s",
                Optional.of("use refresh 1s or longer"));
    }

    /** HM533: {@code refresh} after a file or inline source, which is not re-queried. */
    static Diagnostic notSql(SourceFile f, Span s, String kind) {
        return error("HM533", f, s, "refresh re-queries SQL sources; this data is " + kind,
                Optional.of("remove refresh: hmspec serve already follows a data file when it is saved"));
    }
}
