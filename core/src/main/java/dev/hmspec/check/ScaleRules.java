package dev.hmspec.check;

import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;
import dev.hmspec.color.ColorScheme;
import dev.hmspec.color.Interpolation;
import dev.hmspec.color.Schemes;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.scale.ThresholdScale;
import dev.hmspec.source.SourceFile;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The color scale's options fit its type: parameters go with the type that uses them (exponent
 * with pow …), values are in range, thresholds increase, class counts exist, interpolation and
 * zone names are known. Spec-only: the field's type is checked in bind.
 */
final class ScaleRules {
    private static final List<String> CONTINUOUS = List.of("linear", "sqrt", "pow", "log", "symlog", "diverging");

    /** option → the scale types it applies to (options not listed apply to every type). */
    private static final Map<String, List<String>> APPLIES = Map.ofEntries(
            Map.entry("exponent", List.of("pow")),
            Map.entry("constant", List.of("symlog")),
            Map.entry("base", List.of("log")),
            Map.entry("bins", List.of("quantize", "quantile")),
            Map.entry("midpoint", CONTINUOUS),
            Map.entry("domain", concat(CONTINUOUS, "quantize")),
            Map.entry("clamp", concat(CONTINUOUS, "time")),
            Map.entry("nice", concat(concat(CONTINUOUS, "quantize"), "time")),
            Map.entry("zero", concat(CONTINUOUS, "quantize")),
            Map.entry("ticks", concat(CONTINUOUS, "time")),
            Map.entry("zone", List.of("time")),
            Map.entry("interpolate", concat(concat(CONTINUOUS, "quantize", "quantile"), "threshold", "time")));

    /** Options that only make sense with an explicit scale (the default is linear or time). */
    private static final Set<String> NEED_EXPLICIT = Set.of("exponent", "constant", "base", "bins");

    private ScaleRules() {}

    private static List<String> concat(List<String> a, String... more) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(Arrays.asList(more));
        return List.copyOf(out);
    }

    static void check(SourceFile f, Statement.Encoding color, List<Diagnostic> out) {
        Optional<EncodingOption.Scale> scale = color.option(EncodingOption.Scale.class);
        Optional<String> type = scale.map(s -> s.type().text()).filter(EncodingRules.COLOR_SCALES::contains);
        if (scale.isPresent() && type.isEmpty()) return; // unknown type: already reported
        scale.ifPresent(s -> checkValues(f, s, out));
        for (EncodingOption o : color.options()) {
            String name = EncodingRules.optionName(o);
            List<String> valid = APPLIES.get(name);
            if (valid != null && (type.isPresent() ? !valid.contains(type.get()) : NEED_EXPLICIT.contains(name))) {
                out.add(Messages.optionNotForScale(f, o.span(), name, type, valid));
                continue;
            }
            if (o instanceof EncodingOption.Parameter p) checkParameter(f, p, out);
            else if (o instanceof EncodingOption.Scheme s) checkClasses(f, s, out);
            else if (o instanceof EncodingOption.Interpolate i) {
                List<String> known = Arrays.stream(Interpolation.values()).map(Interpolation::keyword).toList();
                if (Interpolation.find(i.space().text()).isEmpty()) out.add(Messages.unknownInterpolation(f, i.space().span(), i.space().text(), known));
            } else if (o instanceof EncodingOption.Zone z && !validZone(z.id())) {
                out.add(Messages.unknownZone(f, z.idSpan(), z.id(), new TreeSet<>(ZoneId.getAvailableZoneIds())));
            }
        }
    }

    private static void checkValues(SourceFile f, EncodingOption.Scale s, List<Diagnostic> out) {
        boolean threshold = s.type().text().equals("threshold");
        if (threshold && s.values().isEmpty()) out.add(Messages.thresholdsMissing(f, s.span()));
        else if (!threshold && !s.values().isEmpty()) out.add(Messages.valuesNotForScale(f, s.span(), s.type().text()));
        else if (threshold && !ThresholdScale.valid(s.values().stream().mapToDouble(Double::doubleValue).toArray()))
            out.add(Messages.thresholdsNotIncreasing(f, s.span(), s.values()));
    }

    private static void checkParameter(SourceFile f, EncodingOption.Parameter p, List<Diagnostic> out) {
        double v = p.value();
        String problem = null;
        switch (p.kind()) {
            case EXPONENT: if (!(v != 0 && Math.abs(v) <= 100)) problem = "the exponent must be non-zero and at most 100 in size"; break;
            case CONSTANT: if (!(v > 0)) problem = "the constant must be positive (the width of the linear region around zero)"; break;
            case BASE: if (!(v > 0 && v != 1)) problem = "a log base must be positive and not 1"; break;
            case BINS: if (!(v == Math.rint(v) && v >= 2 && v <= 64)) problem = "bins must be a whole number from 2 to 64"; break;
            default: if (!(v == Math.rint(v) && v >= 2 && v <= 50)) problem = "ticks must be a whole number from 2 to 50"; break;
        }
        if (problem != null) out.add(Messages.badParameter(f, p.valueSpan(), p.kind().keyword(), v, problem));
    }

    private static void checkClasses(SourceFile f, EncodingOption.Scheme s, List<Diagnostic> out) {
        if (s.classes().isEmpty()) return;
        Optional<ColorScheme> scheme = Schemes.find(s.name().text());
        if (scheme.isEmpty()) return; // unknown scheme: already reported
        int k = s.classes().getAsInt();
        Set<Integer> published = scheme.get().publishedClasses();
        String available;
        boolean ok;
        if (!published.isEmpty()) {
            int lo = published.stream().min(Integer::compare).orElseThrow(), hi = published.stream().max(Integer::compare).orElseThrow();
            ok = published.contains(k);
            available = lo + " to " + hi + " classes (ColorBrewer's tables)";
        } else if (scheme.get().kind() == ColorScheme.Kind.CATEGORICAL) {
            int n = scheme.get().colors().size();
            ok = k >= 2 && k <= n;
            available = n + " colors: choose 2 to " + n;
        } else {
            ok = k >= 2 && k <= 256;
            available = "any class count from 2 to 256";
        }
        if (!ok) out.add(Messages.badClasses(f, s.classesSpan(), s.name().text(), k, available));
    }

    private static boolean validZone(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }
}
