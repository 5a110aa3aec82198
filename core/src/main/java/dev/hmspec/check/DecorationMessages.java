package dev.hmspec.check;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.diag.Severity;
import dev.hmspec.diag.Suggest;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The words of {@code mask}, {@code annotate} and {@code margin}: their diagnostics (HM440–HM449) and page text. */
public final class DecorationMessages {
    private DecorationMessages() {}

    public static final List<String> TRIANGLES = List.of("upper", "lower", "diagonal");
    public static final List<String> SIDES = List.of("top", "right", "bottom", "left");
    public static final List<String> AGGREGATES = List.of("sum", "mean", "count", "min", "max");
    /** Options an annotation bar takes: its color scale's and its legend's. */
    public static final List<String> ANNOTATE_OPTIONS = List.of("title", "scheme", "scale", "domain", "reverse",
            "midpoint", "legend", "nodata", "format");
    public static final List<String> MARGIN_OPTIONS = List.of("title", "format");

    /** What a masked cell's tooltip says, and what the CSV export writes in its "masked" column. */
    public static final String MASKED = "masked";

    private static String q(String s) { return Messages.quote(s); }

    private static Diagnostic warning(String code, SourceFile f, Span s, String message, Optional<String> help) {
        return new Diagnostic(Severity.WARNING, code, f, s, message, help);
    }

    /** HM440: a bare name in a mask is no triangle (a condition must compare something). */
    public static Diagnostic unknownMaskPart(SourceFile f, Span s, String name) {
        return Messages.error("HM440", f, s, "mask " + q(name) + " is neither a triangle nor a condition",
                Suggest.didYouMean(name, TRIANGLES)
                        .or(() -> Optional.of("write upper, lower or diagonal, or a condition such as " + name + " < 0.1")));
    }

    /** HM441: upper/lower/diagonal need x and y over the same categories in the same order. */
    public static Diagnostic triangleNeedsSquare(SourceFile f, Span s, String triangle, String why) {
        return Messages.error("HM441", f, s, "mask " + triangle + " needs x and y over the same categories in the same order, but "
                + why, Optional.of("give both axes the same field values and sort (a correlate transform does), or mask by a condition"));
    }

    /** HM442: an option that does not apply to annotate or margin. */
    public static Diagnostic optionNotHere(SourceFile f, Span s, String option, String statement, Collection<String> valid) {
        return Messages.error("HM442", f, s, "option " + q(option) + " does not apply to " + statement,
                Suggest.didYouMean(option, valid).or(() -> Optional.of("options for " + statement + ": " + String.join(", ", valid))));
    }

    /** HM443: a margin on a side that is no side. */
    public static Diagnostic unknownSide(SourceFile f, Span s, String side) {
        return Messages.error("HM443", f, s, "unknown side " + q(side) + " for margin",
                Suggest.didYouMean(side, SIDES).or(() -> Optional.of("sides: " + String.join(", ", SIDES))));
    }

    /** HM444: an aggregate a margin cannot draw, or count() given a field. */
    public static Diagnostic unknownAggregate(SourceFile f, Span s, String name) {
        return Messages.error("HM444", f, s, "unknown aggregate " + q(name) + " for margin",
                Suggest.didYouMean(name, AGGREGATES).or(() -> Optional.of("aggregates: " + String.join(", ", AGGREGATES))));
    }

    public static Diagnostic countTakesNoField(SourceFile f, Span s) {
        return Messages.error("HM444", f, s, "count() counts the shown cells and takes no field", Optional.of("write count()"));
    }

    /** HM445: a margin aggregates the grid's color values, so it names the color field (or none). */
    public static Diagnostic marginNotColorField(SourceFile f, Span s, String function, String field, String color) {
        return Messages.error("HM445", f, s, "margin " + function + "(" + field + ") must aggregate the color field " + q(color),
                Optional.of("a margin sums up the cells the grid shows: write " + function + "(" + color + ") or " + function + "()"));
    }

    /** HM446: a row or column key with several values of an annotation field; the first (in data order) is drawn. */
    public static Diagnostic severalValues(SourceFile f, Span s, String field, String axis, String key, String first,
                                           String other, int keys) {
        return warning("HM446", f, s, "annotation " + q(field) + " has several values for " + axis + " " + q(key) + " ("
                        + q(first) + " and " + q(other) + (keys > 1 ? "; " + (keys - 1) + " more " + axis + "s like it" : "")
                        + "); the bar shows the first in data order, " + q(first),
                Optional.of("annotate by a field with one value per " + axis + ", or aggregate first"));
    }

    /** HM447: a mask condition must be true or false per row; a sum/mean margin needs numbers. */
    public static Diagnostic conditionNotBoolean(SourceFile f, Span s, String type) {
        return Messages.error("HM447", f, s, "a mask condition must be true or false, but this expression is a " + type + " value",
                Optional.of("compare it: value < 0.1, name == \"x\""));
    }

    public static Diagnostic marginNeedsNumbers(SourceFile f, Span s, String function, String field, String type) {
        return Messages.error("HM447", f, s, "margin " + function + " needs numbers, but color field " + q(field) + " holds " + type,
                Optional.of("use count(), or color by a numeric field"));
    }

    /** HM448: two statements of the same kind where one is meant. */
    public static Diagnostic duplicate(SourceFile f, Span s, String what, int firstLine) {
        return Messages.error("HM448", f, s, "duplicate " + what + " (first on line " + firstLine + ")",
                Optional.of("keep one of them" + (what.equals("mask") ? ", or list the parts in one: mask upper, diagonal" : "")));
    }

    /** HM449: a mask that hides every cell leaves an empty chart. */
    public static Diagnostic everythingMasked(SourceFile f, Span s, int cells) {
        return warning("HM449", f, s, "the mask hides all " + cells + " cells; the chart shows none",
                Optional.of("check the condition's direction (< or >) and the triangle"));
    }
}
