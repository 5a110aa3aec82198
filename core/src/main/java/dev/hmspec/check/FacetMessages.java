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

/** The text of facets, shared scales and file layout: diagnostics HM450–HM459 (one catalog for the area). */
public final class FacetMessages {
    /** More panels than this is a mistake (a facet over an ID or a measure), not a small multiple. */
    public static final int MAX_PANELS = 50;

    private FacetMessages() {}

    private static Diagnostic error(String code, SourceFile f, Span s, String message, Optional<String> help) {
        return new Diagnostic(Severity.ERROR, code, f, s, message, help);
    }

    /** HM459: an analysis or decoration statement in a faceted view or one on a shared color scale (not supported yet). */
    static Diagnostic notCombined(SourceFile f, Span s, String what, String with) {
        return error("HM459", f, s, what + " cannot be combined with " + with + " yet",
                Optional.of("draw this heatmap without " + with + ", or remove " + what));
    }

    /** HM450: {@code scales independent} names something other than x, y or color. */
    public static Diagnostic unknownScaleChannel(SourceFile f, Span s, String name, List<String> channels) {
        return error("HM450", f, s, "scales independent takes x, y or color, not " + Messages.quote(name),
                Suggest.didYouMean(name, channels).or(() -> Optional.of("e.g. scales independent color")));
    }

    /** HM451: {@code wrap N} (facet or layout) with N not a whole number from 1 to the panel limit. */
    public static Diagnostic badWrap(SourceFile f, Span s, String text, String example) {
        return error("HM451", f, s, "wrap needs a whole number of columns from 1 to " + MAX_PANELS + ", not " + text,
                Optional.of("e.g. " + example));
    }

    /** HM452: a statement of this area written twice where once is meant. */
    public static Diagnostic duplicate(SourceFile f, Span s, String what, int firstLine) {
        return error("HM452", f, s, "duplicate " + what + " (first given on line " + firstLine + ")",
                Optional.of("keep one " + what));
    }

    /** HM453: {@code scales independent} in a view without a facet has nothing to unshare. */
    public static Diagnostic scalesWithoutFacet(SourceFile f, Span s) {
        return error("HM453", f, s, "scales independent applies to facet panels, but this heatmap has no facet",
                Optional.of("add a facet, e.g. facet year wrap 3, or remove this line"));
    }

    /** HM454: the facet field is not in the view's data. */
    public static Diagnostic unknownFacetField(SourceFile f, Span s, String name, String dataName, Collection<String> fields) {
        return error("HM454", f, s, "unknown facet field " + Messages.quote(name) + " in data " + dataName,
                Suggest.didYouMean(name, fields).map(h -> h + "  (fields: " + String.join(", ", fields) + ")")
                        .or(() -> Optional.of("fields: " + String.join(", ", fields))));
    }

    /** HM455: the facet field has too many distinct values for small multiples. */
    public static Diagnostic tooManyPanels(SourceFile f, Span s, String field, int count) {
        return error("HM455", f, s, "facet " + field + " would draw " + count + " panels (at most " + MAX_PANELS + ")",
                Optional.of("facet by a field with fewer values (bin or derive one), or filter the data first"));
    }

    /** HM456: a facet field that is also the view's x or y: every panel would hold a single column or row. */
    public static Diagnostic facetOnAxis(SourceFile f, Span s, String field, String axis) {
        return new Diagnostic(Severity.WARNING, "HM456", f, s,
                "facet " + field + " is also the " + axis + " field: each panel shows one " + (axis.equals("x") ? "column" : "row"),
                Optional.of("facet by another field, or use scales independent " + axis + " to drop the empty bands"));
    }

    /** HM457: views sharing a named color scale whose fields cannot share one (numbers and text). */
    public static Diagnostic sharedKindsDiffer(SourceFile f, Span s, String name, String here, String first, int firstLine) {
        return error("HM457", f, s, "shared color scale " + Messages.quote(name) + " mixes a " + here + " field with a "
                        + first + " one (line " + firstLine + ")",
                Optional.of("share a scale only between color fields of one kind, or give this view its own scale"));
    }

    /** HM458: the facet field's values are all missing: no panel to draw. */
    public static Diagnostic noPanels(SourceFile f, Span s, String field) {
        return error("HM458", f, s, "facet field " + Messages.quote(field) + " has no values: no panel to draw",
                Optional.of("facet by a field with values, or filter out the rows where it is missing"));
    }
}
