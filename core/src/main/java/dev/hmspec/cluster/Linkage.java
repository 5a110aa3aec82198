package dev.hmspec.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The seven linkage methods, each with SciPy's (Lance–Williams) rule for the distance from a
 * merged cluster xy to another cluster i. The formulas repeat SciPy's operation order so that
 * heights agree bit for bit on the same distances.
 */
public enum Linkage {
    SINGLE, COMPLETE, AVERAGE, WEIGHTED, CENTROID, MEDIAN, WARD;

    /** The spec name: lower case ({@code ward}, {@code average}). */
    public String specName() { return name().toLowerCase(Locale.ROOT); }

    public static List<String> specNames() {
        return Arrays.stream(values()).map(Linkage::specName).toList();
    }

    public static Optional<Linkage> byName(String name) {
        return Arrays.stream(values()).filter(l -> l.specName().equalsIgnoreCase(name)).findFirst();
    }

    /** Centroid and median can merge below an earlier merge (inversions); the others never do. */
    public boolean monotone() { return this != CENTROID && this != MEDIAN; }

    /** Defined for Euclidean geometry only (SciPy refuses them on raw observations with another metric). */
    public boolean euclideanOnly() { return this == CENTROID || this == MEDIAN || this == WARD; }

    /**
     * Distance from the merged cluster xy to cluster i. Where SciPy would take the square root of
     * a negative number (centroid or median over non-Euclidean distances) the result is 0 instead
     * of NaN, so a merge never fails.
     */
    double update(double dxi, double dyi, double dxy, int nx, int ny, int ni) {
        switch (this) {
            case SINGLE: return Math.min(dxi, dyi);
            case COMPLETE: return Math.max(dxi, dyi);
            case AVERAGE: return (nx * dxi + ny * dyi) / (nx + ny);
            case WEIGHTED: return 0.5 * (dxi + dyi);
            case CENTROID:
                return root((((nx * dxi * dxi) + (ny * dyi * dyi)) - (nx * ny * dxy * dxy) / (nx + ny)) / (nx + ny));
            case MEDIAN: return root(0.5 * (dxi * dxi + dyi * dyi) - 0.25 * dxy * dxy);
            case WARD: {
                double t = 1.0 / (nx + ny + ni);
                return Math.sqrt((ni + nx) * t * dxi * dxi + (ni + ny) * t * dyi * dyi - ni * t * dxy * dxy);
            }
            default: throw new AssertionError(this);
        }
    }

    private static double root(double r) { return r < 0 ? 0 : Math.sqrt(r); }
}
