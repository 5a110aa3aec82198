package dev.hmspec.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Distance between two rows, as SciPy's {@code pdist} names them. Correlation and cosine are
 * {@code 1 - r} and {@code 1 - cos}, so they run from 0 to 2.
 */
public enum Metric {
    EUCLIDEAN, CORRELATION, COSINE, CITYBLOCK, CHEBYSHEV;

    public String specName() { return name().toLowerCase(Locale.ROOT); }

    public static List<String> specNames() {
        return List.of("euclidean", "correlation", "cosine", "cityblock", "manhattan", "chebyshev");
    }

    /** Accepts SciPy's names and {@code manhattan} for cityblock, any case. */
    public static Optional<Metric> byName(String name) {
        if ("manhattan".equalsIgnoreCase(name)) return Optional.of(CITYBLOCK);
        return Arrays.stream(values()).filter(m -> m.specName().equalsIgnoreCase(name)).findFirst();
    }

    /** Metrics whose value grows with the number of coordinates, so a partial row is rescaled (R's dist). */
    boolean additive() { return this == EUCLIDEAN || this == CITYBLOCK; }
}
