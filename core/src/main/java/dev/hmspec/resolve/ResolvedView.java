package dev.hmspec.resolve;

import dev.hmspec.bind.BoundView;
import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A view as the compile stage reads it: every field bound and typed, every option with its
 * default filled in. The layout and the guides (axes, legend, notes) read only this.
 *
 * @param bound        the bound view, for its table (or tiled matrix): the compile stage reads
 *                     rows from it, never its AST encodings
 * @param text         the cell-label field, if any
 * @param tooltip      the tooltip's lines: the spec's, else x, y and color
 * @param tooltipGiven whether the spec wrote a tooltip encoding
 * @param analysis     normalize / cluster / robust settings (issue 10), {@link ResolvedAnalysis#NONE} when unused
 */
public record ResolvedView(BoundView bound, String title, String subtitle, ResolvedAxis x, ResolvedAxis y,
                           ResolvedColor color, Optional<ResolvedText> text, List<ResolvedTip> tooltip,
                           boolean tooltipGiven, ResolvedSize size, List<ResolvedInteraction> interactions, Span span,
                           ResolvedAnalysis analysis) {
    public ResolvedView {
        tooltip = List.copyOf(tooltip);
        interactions = List.copyOf(interactions);
    }

    /** A view without normalize or cluster statements. */
    public ResolvedView(BoundView bound, String title, String subtitle, ResolvedAxis x, ResolvedAxis y,
                        ResolvedColor color, Optional<ResolvedText> text, List<ResolvedTip> tooltip,
                        boolean tooltipGiven, ResolvedSize size, List<ResolvedInteraction> interactions, Span span) {
        this(bound, title, subtitle, x, y, color, text, tooltip, tooltipGiven, size, interactions, span, ResolvedAnalysis.NONE);
    }
    /** The view's mask, annotation bars and marginal charts (annot10). */
    public ResolvedDecorations decorations() { return DecorationResolver.resolve(bound); }
}
