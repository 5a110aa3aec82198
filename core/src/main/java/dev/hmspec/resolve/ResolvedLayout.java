package dev.hmspec.resolve;

import java.util.List;
import java.util.Optional;

/**
 * How a file's views are composed: stacked ({@code ROWS}, the default), side by side
 * ({@code COLUMNS}) or in rows of {@code columns} views ({@code WRAP}); per view (in file order)
 * its facet, if any, and the name of the shared color scale it trains with others, if any.
 */
public record ResolvedLayout(Kind kind, int columns, List<Optional<ResolvedFacet>> facets, List<Optional<String>> sharedColor) {
    public enum Kind { ROWS, COLUMNS, WRAP }

    public ResolvedLayout { facets = List.copyOf(facets); sharedColor = List.copyOf(sharedColor); }

    /** Today's composition of {@code views} views: stacked, no facets, nothing shared. */
    public static ResolvedLayout stacked(int views) {
        return new ResolvedLayout(Kind.ROWS, 1, java.util.Collections.nCopies(views, Optional.empty()),
                java.util.Collections.nCopies(views, Optional.empty()));
    }

    public Optional<ResolvedFacet> facet(int view) { return view < facets.size() ? facets.get(view) : Optional.empty(); }

    public Optional<String> shared(int view) { return view < sharedColor.size() ? sharedColor.get(view) : Optional.empty(); }
}
