package dev.hmspec.diag;

import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of every user-facing diagnostic (Vega-Lite's log/message.ts habit): one factory
 * per kind, each with a stable code. HM0xx syntax, HM1xx spec rules, HM2xx data and fields,
 * HM3xx scales and colors, HM9xx internal.
 */
public final class Messages {
    private Messages() {}

    public static String quote(String s) { return "\"" + s + "\""; }

    public static Diagnostic error(String code, SourceFile f, Span s, String message, Optional<String> help) {
        return new Diagnostic(Severity.ERROR, code, f, s, message, help);
    }

    static Diagnostic warning(String code, SourceFile f, Span s, String message, Optional<String> help) {
        return new Diagnostic(Severity.WARNING, code, f, s, message, help);
    }

    static String list(Collection<String> names, int max) {
        List<String> l = List.copyOf(names);
        String shown = String.join(", ", l.subList(0, Math.min(max, l.size())));
        return l.size() > max ? shown + ", …" : shown;
    }

    // ---- HM9xx internal ------------------------------------------------------------------

    public static Diagnostic internalError(SourceFile f, String stage, Throwable t) {
        String what = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return error("HM900", f, Span.NONE, "internal error while " + stage + " (" + what + ")",
                Optional.of("this is a bug in hmspec, not in your spec; please report it with the spec that caused it"));
    }

    public static Diagnostic cannotReadSpec(SourceFile f, String reason) {
        return error("HM901", f, Span.NONE, "cannot read spec file: " + reason, Optional.empty());
    }

    // ---- HM0xx syntax --------------------------------------------------------------------

    public static Diagnostic unexpectedToken(SourceFile f, Span s, String found, String expected, Optional<String> help) {
        return error("HM001", f, s, "unexpected " + found + "; expected " + expected, help);
    }

    public static Diagnostic unterminatedString(SourceFile f, Span s) {
        return error("HM002", f, s, "unterminated string", Optional.of("close it with a \" on the same line"));
    }

    public static Diagnostic unterminatedField(SourceFile f, Span s) {
        return error("HM003", f, s, "unterminated `quoted field`", Optional.of("close it with a ` on the same line"));
    }

    public static Diagnostic badCharacter(SourceFile f, Span s, String ch) {
        return error("HM004", f, s, "unexpected character '" + ch + "'", Optional.empty());
    }

    public static Diagnostic unclosedBlock(SourceFile f, Span s, int openLine) {
        return error("HM005", f, s, "unexpected end of file; the block opened on line " + openLine + " is not closed",
                Optional.of("add a '}' to close it"));
    }

    public static Diagnostic tooManySyntaxErrors(SourceFile f, Span s, int limit) {
        return error("HM006", f, s, "too many syntax errors; stopped after " + limit, Optional.empty());
    }

    public static Diagnostic sizeWithoutSpaces(SourceFile f, Span s, String text) {
        return error("HM007", f, s, "unexpected '" + text + "' in size",
                Optional.of("write the size with spaces around x, e.g. size 700 x 500"));
    }

    public static Diagnostic emptySpec(SourceFile f) {
        return error("HM008", f, Span.NONE, "no heatmap in this file",
                Optional.of("a spec holds one or more blocks like: heatmap \"Title\" { data \"data.csv\"  x a  y b  color v }"));
    }

    // ---- HM1xx spec rules ------------------------------------------------------------------

    public static Diagnostic missingStatement(SourceFile f, Span s, String what, String example) {
        return error("HM101", f, s, "this heatmap has no " + what, Optional.of("add a line like: " + example));
    }

    public static Diagnostic duplicateStatement(SourceFile f, Span s, String what, int firstLine) {
        return error("HM102", f, s, what + " is given twice (first on line " + firstLine + ")",
                Optional.of("keep one of them"));
    }

    public static Diagnostic optionNotForChannel(SourceFile f, Span s, String option, String channel, Collection<String> valid) {
        return error("HM103", f, s, "option " + quote(option) + " does not apply to " + channel,
                Optional.of("options for " + channel + ": " + String.join(", ", valid)));
    }

    public static Diagnostic unknownOption(SourceFile f, Span s, String option, String channel, Collection<String> valid) {
        return error("HM108", f, s, "unknown option " + quote(option) + " for " + channel,
                Suggest.didYouMean(option, valid).or(() -> Optional.of("options for " + channel + ": " + String.join(", ", valid))));
    }

    public static Diagnostic oneFieldOnly(SourceFile f, Span s, String channel) {
        return error("HM104", f, s, channel + " takes one field", Optional.of("only tooltip lists several fields"));
    }

    public static Diagnostic unknownInteraction(SourceFile f, Span s, String name, Collection<String> known) {
        return error("HM105", f, s, "unknown interaction " + quote(name),
                Suggest.didYouMean(name, known).or(() -> Optional.of("interactions: " + String.join(", ", known))));
    }

    public static Diagnostic badInteractionAxis(SourceFile f, Span s, String interaction, String arg, boolean takesAxis) {
        return error("HM106", f, s, takesAxis
                        ? "interaction " + quote(interaction) + " takes an axis x, y or xy, not " + quote(arg)
                        : "interaction " + quote(interaction) + " takes no argument",
                takesAxis ? Suggest.didYouMean(arg, List.of("x", "y", "xy")) : Optional.of("write just " + interaction));
    }

    public static Diagnostic badSize(SourceFile f, Span s, String why) {
        return error("HM107", f, s, "invalid size: " + why, Optional.of("sizes are positive pixel counts, e.g. size 700 x 500"));
    }

    public static Diagnostic duplicateOption(SourceFile f, Span s, String option, int firstLine) {
        return warning("HM150", f, s, "option " + quote(option) + " is set twice (first on line " + firstLine + "); the last one wins",
                Optional.of("remove one of them to silence this warning"));
    }

    public static Diagnostic clampWithoutDomain(SourceFile f, Span s) {
        return warning("HM151", f, s, "clamp has no effect without an explicit domain: values already lie inside the data's extent",
                Optional.of("add domain <min> .. <max> to clamp to, or remove clamp to silence this warning"));
    }

    // ---- HM3xx scales and colors ---------------------------------------------------------------

    public static Diagnostic unknownScaleType(SourceFile f, Span s, String name, String channel, Collection<String> valid) {
        return error("HM301", f, s, "unknown scale type " + quote(name) + " for " + channel,
                Suggest.didYouMean(name, valid).or(() -> Optional.of("scale types for " + channel + ": " + String.join(", ", valid))));
    }

    public static Diagnostic unknownScheme(SourceFile f, Span s, String name, Collection<String> known) {
        return error("HM302", f, s, "unknown color scheme " + quote(name),
                Suggest.didYouMean(name, known).or(() -> Optional.of("schemes: " + list(known, 12))));
    }

    public static Diagnostic badColor(SourceFile f, Span s, String text) {
        return error("HM303", f, s, "invalid color " + quote(text),
                Optional.of("use a CSS color: a name (steelblue), #rgb, #rrggbb, rgb(r, g, b) or hsl(h, s%, l%)"));
    }

    public static Diagnostic schemeAndRange(SourceFile f, Span s) {
        return error("HM304", f, s, "both scheme and range are set; they are two ways to choose the colors",
                Optional.of("keep scheme (a named palette) or range (your own colors), not both"));
    }

    public static Diagnostic emptyDomain(SourceFile f, Span s, double v) {
        return error("HM305", f, s, "domain " + Numbers.plain(v) + " .. " + Numbers.plain(v) + " is empty",
                Optional.of("give two different ends, e.g. domain 0 .. 1"));
    }

    public static Diagnostic logDomainCrossesZero(SourceFile f, Span s, double lo, double hi) {
        return error("HM306", f, s, "a log scale cannot show " + Numbers.plain(lo) + " .. " + Numbers.plain(hi) + ": its domain must not include or cross zero",
                Optional.of("use scale symlog (it takes zero and negative values), or filter out values <= 0"));
    }

    public static Diagnostic midpointOutsideDomain(SourceFile f, Span s, double mid, double lo, double hi) {
        return error("HM307", f, s, "midpoint " + Numbers.plain(mid) + " lies outside the domain " + Numbers.plain(lo) + " .. " + Numbers.plain(hi),
                Optional.of("choose a midpoint between the domain ends"));
    }

    public static Diagnostic badFormat(SourceFile f, Span s, String spec, String why) {
        String reason = why.startsWith("invalid") && why.contains(": ") ? why.substring(why.indexOf(": ") + 2) : why;
        return error("HM308", f, s, "invalid format " + quote(spec) + ": " + reason,
                Optional.of("number formats follow d3-format, e.g. \".2f\", \",\", \".1%\", \".2s\"; dates use %Y-%m-%d"));
    }

    public static Diagnostic logDataNotPositive(SourceFile f, Span s, String field, double min) {
        return error("HM309", f, s, "a log scale needs positive values, but " + quote(field) + " has " + Numbers.plain(min),
                Optional.of("use scale symlog (it takes zero and negative values), set a positive domain with clamp, or filter the non-positive rows"));
    }

    public static Diagnostic thresholdsMissing(SourceFile f, Span s) {
        return error("HM310", f, s, "scale threshold needs its cut points",
                Optional.of("list them after the type, e.g. scale threshold 0, 10, 20"));
    }

    public static Diagnostic thresholdsNotIncreasing(SourceFile f, Span s, List<Double> values) {
        return error("HM311", f, s, "thresholds must increase, but they are " + numbers(values),
                Optional.of("write each cut point once, in ascending order"));
    }

    public static Diagnostic valuesNotForScale(SourceFile f, Span s, String type) {
        return error("HM312", f, s, "scale " + type + " takes no values; only scale threshold lists cut points",
                Optional.of("remove the numbers, or use scale threshold"));
    }

    /** An option that only some scale types use, on an encoding whose scale is another type (or implicit). */
    public static Diagnostic optionNotForScale(SourceFile f, Span s, String option, Optional<String> type, Collection<String> valid) {
        List<String> v = List.copyOf(valid);
        String which = "scale " + (v.size() == 1 ? v.get(0) : String.join(", ", v.subList(0, v.size() - 1)) + " or " + v.get(v.size() - 1));
        return error("HM313", f, s, "option " + quote(option) + " applies to " + which + ", not to "
                        + type.map(t -> "scale " + t).orElse("the default scale"),
                Optional.of(valid.size() == 1 && type.isEmpty() ? "add scale " + valid.iterator().next() + ", or remove " + option
                        : "change the scale type, or remove " + option));
    }

    public static Diagnostic badParameter(SourceFile f, Span s, String option, double value, String requirement) {
        return error("HM314", f, s, option + " " + Numbers.plain(value) + " is invalid: " + requirement, Optional.empty());
    }

    public static Diagnostic badClasses(SourceFile f, Span s, String scheme, int k, String available) {
        return error("HM315", f, s, "scheme " + scheme + " has no " + (k < 0 ? "fractional" : k + "-class") + " version",
                Optional.of(scheme + " comes with " + available));
    }

    public static Diagnostic unknownInterpolation(SourceFile f, Span s, String name, Collection<String> known) {
        return error("HM316", f, s, "unknown color interpolation " + quote(name),
                Suggest.didYouMean(name, known).or(() -> Optional.of("interpolations: " + String.join(", ", known))));
    }

    public static Diagnostic unknownZone(SourceFile f, Span s, String id, Collection<String> known) {
        return error("HM317", f, s, "unknown time zone " + quote(id),
                Suggest.didYouMean(id, known).or(() -> Optional.of("use an IANA zone such as \"Europe/Berlin\" or \"UTC\"")));
    }

    public static Diagnostic scaleNeedsFieldType(SourceFile f, Span s, String type, String field, String fieldType, String needed) {
        return error("HM318", f, s, "scale " + type + " needs " + needed + ", but " + quote(field) + " is " + fieldType,
                Optional.of(needed.startsWith("a temporal") ? "declare the field temporal (data … types " + field + ": temporal) or choose another scale"
                        : "use scale ordinal for categories, or scale time for dates"));
    }

    public static Diagnostic badPadding(SourceFile f, Span s, double value) {
        return error("HM319", f, s, "padding " + Numbers.plain(value) + " is invalid: padding is the gap between cells as a fraction of the band step, at least 0 and less than 1",
                Optional.of("use e.g. padding 0.08 for thin gaps; padding 0 (the default) makes cells touch"));
    }

    private static String numbers(List<Double> values) {
        return String.join(", ", values.stream().map(Numbers::plain).toList());
    }

    // ---- HM2xx fields and data (data and transform problems come from data.DataMessages) ----

    public static Diagnostic unknownField(SourceFile f, Span s, String name, String dataName, Collection<String> fields) {
        return error("HM201", f, s, "unknown field " + quote(name) + " in data " + dataName,
                Suggest.didYouMean(name, fields).map(h -> h + "  (fields: " + list(fields, 8) + ")")
                        .or(() -> Optional.of("fields: " + list(fields, 12))));
    }

    public static Diagnostic colorNeedsNumbers(SourceFile f, Span s, String field, String type) {
        return error("HM202", f, s, "color needs a numeric field, but " + quote(field) + " is " + type,
                Optional.of("use scale ordinal to give each category a color, or aggregate it first: aggregate count() as n by x, y, then color n"));
    }

    public static Diagnostic duplicateCells(SourceFile f, Span s, int count, String example) {
        return warning("HM203", f, s, (count == 1 ? "1 cell has" : count + " cells have") + " more than one row (e.g. " + example + "); the last row's value is shown",
                Optional.of("aggregate to combine them: aggregate mean(v) as v by x, y"));
    }

    public static Diagnostic labelsDoNotFit(SourceFile f, Span s) {
        return warning("HM204", f, s, "cell labels do not fit in the cells and are hidden",
                Optional.of("make the cells larger (size cell 40 x 24), shorten the format, or remove the text encoding"));
    }

    /** A data or transform problem, placed in this spec file. */
    public static Diagnostic fromData(SourceFile f, dev.hmspec.data.Problem p) {
        return new Diagnostic(p.warning() ? Severity.WARNING : Severity.ERROR, p.code(), f, p.span(), p.message(), p.help());
    }
}
