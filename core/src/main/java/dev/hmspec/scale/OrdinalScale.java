package dev.hmspec.scale;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * d3 {@code scaleOrdinal} with an explicit domain: the i-th category maps to range entry
 * i mod rangeSize (palettes cycle, as in d3); a value outside the domain maps to -1, the caller's
 * unknown value (d3's {@code .unknown()}, never the implicit domain growth, which would make the
 * mapping depend on the order values are seen).
 */
public final class OrdinalScale implements Scale {
    private final List<Object> domain;
    private final Map<Object, Integer> index = new HashMap<>();
    private final int rangeSize;

    private OrdinalScale(List<?> domain, int rangeSize) {
        if (rangeSize < 1) throw new IllegalArgumentException("an ordinal range needs at least 1 entry");
        this.domain = List.copyOf(domain);
        for (Object key : this.domain) index.putIfAbsent(key, index.size());
        this.rangeSize = rangeSize;
    }

    public static OrdinalScale of(List<?> domain, int rangeSize) { return new OrdinalScale(domain, rangeSize); }

    public List<Object> domain() { return domain; }
    public int rangeSize() { return rangeSize; }

    /** The range index of a category, or -1 for a value outside the domain (and for null). */
    public int apply(Object key) {
        Integer i = key == null ? null : index.get(key);
        return i == null ? -1 : i % rangeSize;
    }

    @Override public String toString() { return "OrdinalScale" + domain + " → " + rangeSize; }
}
