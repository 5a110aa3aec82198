package dev.hmspec.theme;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.scene.Sizes;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Theme file keys for sizes and spacing (embed12b), in CSS pixels, and their diagnostics
 * (HM535, HM536). Each key replaces one {@link Sizes} value; the ranges keep a chart readable
 * and its layout finite.
 */
final class SizeKeys {
    private SizeKeys() {}

    private record Key(String name, double min, double max) {}

    private static final List<Key> ALL = List.of(new Key("titleSize", 6, 72), new Key("subtitleSize", 6, 48),
            new Key("labelSize", 6, 48), new Key("axisTitleSize", 6, 48), new Key("noteSize", 6, 48),
            new Key("margin", 0, 200), new Key("tickSize", 0, 40), new Key("labelGap", 0, 40), new Key("legendGap", 0, 200),
            new Key("legendWidth", 4, 200), new Key("legendHeight", 20, 1000), new Key("viewGap", 0, 400));

    static final List<String> NAMES = ALL.stream().map(Key::name).toList();

    /** The value if it is in range, else a diagnostic in {@code out}. */
    static Optional<Double> check(SourceFile f, Span s, String key, double value, List<Diagnostic> out) {
        Key k = ALL.stream().filter(x -> x.name().equals(key)).findFirst().orElseThrow();
        if (value >= k.min() && value <= k.max()) return Optional.of(value);
        out.add(Messages.error("HM536", f, s, Messages.quote(key) + " must be from " + num(k.min()) + " to " + num(k.max())
                + " pixels, not " + num(value), Optional.of("e.g. \"" + key + "\": " + num(defaults().get(key)))));
        return Optional.empty();
    }

    /** HM535: a size key given text, a boolean or an object. */
    static Diagnostic notNumber(SourceFile f, Span s, String key) {
        return Messages.error("HM535", f, s, Messages.quote(key) + " needs a number of pixels",
                Optional.of("e.g. \"" + key + "\": " + num(defaults().get(key)) + " (no quotes, no \"px\")"));
    }

    static Map<String, Double> defaults() { return values(Sizes.DEFAULT); }

    static Map<String, Double> values(Sizes s) {
        return Map.ofEntries(Map.entry("titleSize", s.titleSize()), Map.entry("subtitleSize", s.subtitleSize()),
                Map.entry("labelSize", s.labelSize()), Map.entry("axisTitleSize", s.axisTitleSize()),
                Map.entry("noteSize", s.noteSize()), Map.entry("margin", s.margin()), Map.entry("tickSize", s.tickSize()),
                Map.entry("labelGap", s.labelGap()), Map.entry("legendGap", s.legendGap()),
                Map.entry("legendWidth", s.legendWidth()), Map.entry("legendHeight", s.legendHeight()),
                Map.entry("viewGap", s.viewGap()));
    }

    /** {@code base} with the keys in {@code given} replaced. */
    static Sizes apply(Sizes base, Map<String, Double> given) {
        Map<String, Double> v = new java.util.HashMap<>(values(base));
        v.putAll(given);
        return new Sizes(v.get("titleSize"), v.get("subtitleSize"), v.get("labelSize"), v.get("axisTitleSize"),
                v.get("noteSize"), v.get("margin"), v.get("tickSize"), v.get("labelGap"), v.get("legendGap"),
                v.get("legendWidth"), v.get("legendHeight"), v.get("viewGap"));
    }

    private static String num(double d) { return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d); }
}
