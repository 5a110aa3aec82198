package dev.hmspec.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Did-you-mean: the closest candidates by optimal-string-alignment (Damerau–Levenshtein)
 * distance, case-insensitive, within max(1, len/3) edits; up to three, nearest first.
 */
public final class Suggest {
    /** Words longer than this get no suggestion (and candidates longer than this are skipped). */
    static final int MAX_LENGTH = 256;

    private Suggest() {}

    public static List<String> closest(String wrong, Collection<String> candidates) {
        String w = wrong.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, w.length() / 3);
        // Nothing is worth suggesting for a very long word, and the distance table is quadratic.
        if (w.length() > MAX_LENGTH) return List.of();
        record Scored(String name, int distance) {}
        List<Scored> scored = new ArrayList<>();
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (lc.length() > MAX_LENGTH) continue;
            int d = lc.equals(w) ? 0 : distance(w, lc);
            // A candidate that contains the typed word (or vice versa) is a good guess too.
            if (d > limit && w.length() >= 3 && (lc.contains(w) || w.contains(lc))) d = limit;
            if (d <= limit) scored.add(new Scored(c, d));
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        return scored.stream().limit(3).map(Scored::name).distinct().toList();
    }

    /** "did you mean "a"?" / "did you mean "a" or "b"?", or empty when nothing is close. */
    public static java.util.Optional<String> didYouMean(String wrong, Collection<String> candidates) {
        List<String> c = closest(wrong, candidates);
        if (c.isEmpty()) return java.util.Optional.empty();
        StringBuilder b = new StringBuilder("did you mean ");
        for (int i = 0; i < c.size(); i++) {
            if (i > 0) b.append(i == c.size() - 1 ? " or " : ", ");
            b.append(Messages.quote(c.get(i)));
        }
        return java.util.Optional.of(b.append('?').toString());
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
