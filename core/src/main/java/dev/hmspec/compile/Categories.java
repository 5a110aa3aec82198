package dev.hmspec.compile;

import dev.hmspec.data.Column;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.resolve.ResolvedSort;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ordered categories of a band (x or y) axis: distinct non-null values of a column,
 * sorted as the spec asks. Binned fields (a column {@code <name>_end} exists beside it)
 * are completed with their empty bins so a histogram's axis has no gaps.
 */
final class Categories {
    private static final List<String> WEEKDAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final List<String> WEEKDAYS_LONG = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final List<String> MONTHS_LONG = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private Categories() {}

    /**
     * The distinct values ({@link KeyIndex#keys()}, first-seen order) sorted as asked; the result
     * holds the same key objects (plus any empty bins), so callers can map codes by identity.
     */
    static List<Object> of(List<Object> distinct, Column column, ResolvedSort sort,
                           Optional<Column> binEnd, Map<Object, Double> sortValues) {
        List<Object> keys = new ArrayList<>(distinct);
        if (binEnd.isPresent() && column instanceof NumberColumn && !keys.isEmpty()) keys = completeBins(keys, column, binEnd.get());
        if (sort.kind() == ResolvedSort.Kind.DEFAULT) {
            // Numbers, dates and calendar names sort naturally; other text keeps the data's own
            // order (a correlation matrix shows its fields in the order they were listed).
            if (keys.stream().allMatch(k -> !(k instanceof String)) || allCalendarNames(keys)) keys.sort(Categories::natural);
            return keys;
        }
        switch (sort.kind()) {
            case ASCENDING: keys.sort(Categories::compareValues); break;
            case DESCENDING: keys.sort((a, b) -> compareValues(b, a)); break;
            case NATURAL: keys.sort(Categories::natural); break;
            case BY_FIELD: {
                Comparator<Object> c = Comparator.comparingDouble(k -> sortValues.getOrDefault(k, Double.NEGATIVE_INFINITY));
                keys.sort(sort.descending() ? c.reversed() : c);
                break;
            }
            case EXPLICIT: keys = explicit(keys, sort.values()); break;
            default: break;
        }
        return keys;
    }

    /** For each distinct key (by index), its position in {@code ordered}, or -1 when it was dropped. */
    static int[] positions(List<Object> distinct, List<Object> ordered) {
        Map<Object, Integer> at = new IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) at.put(ordered.get(i), i);
        int[] out = new int[distinct.size()];
        for (int k = 0; k < out.length; k++) out[k] = at.getOrDefault(distinct.get(k), -1);
        return out;
    }

    private static boolean allCalendarNames(List<Object> keys) {
        for (List<String> calendar : List.of(WEEKDAYS, WEEKDAYS_LONG, MONTHS, MONTHS_LONG)) {
            if (keys.stream().allMatch(k -> calendar.contains(String.valueOf(k).toLowerCase(Locale.ROOT)))) return true;
        }
        return false;
    }

    /** Every bin start from the first to the last, spaced by the bin step. */
    private static List<Object> completeBins(List<Object> keys, Column start, Column end) {
        double step = Double.NaN;
        for (int r = 0; r < start.size() && Double.isNaN(step); r++) {
            if (!start.isNull(r) && !end.isNull(r)) step = ((Double) end.get(r)) - ((Double) start.get(r));
        }
        double min = keys.stream().mapToDouble(k -> (Double) k).min().orElse(0);
        double max = keys.stream().mapToDouble(k -> (Double) k).max().orElse(0);
        if (!(step > 0) || (max - min) / step > 10_000) return keys;
        List<Object> out = new ArrayList<>();
        Map<Long, Object> existing = new HashMap<>();
        for (Object k : keys) existing.put(Math.round(((Double) k - min) / step), k);
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n; i++) out.add(existing.getOrDefault(i, min + i * step));
        return out;
    }

    private static List<Object> explicit(List<Object> keys, List<Object> wanted) {
        List<Object> out = new ArrayList<>();
        List<Object> rest = new ArrayList<>(keys);
        for (Object w : wanted) {
            for (Object k : List.copyOf(rest)) {
                if (matches(k, w)) { out.add(k); rest.remove(k); }
            }
        }
        rest.sort(Categories::natural);
        out.addAll(rest);
        return out;
    }

    private static boolean matches(Object key, Object wanted) {
        if (key instanceof Double d && wanted instanceof Double w) return d.doubleValue() == w.doubleValue();
        return String.valueOf(key).equals(String.valueOf(wanted)) || displayMatches(key, wanted);
    }

    private static boolean displayMatches(Object key, Object wanted) {
        return key instanceof Double d && d == Math.rint(d) && String.valueOf(wanted).equals(Long.toString(d.longValue()));
    }

    static int compareValues(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return Double.compare(x, y);
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    /** Numbers by value; weekday and month names in calendar order; other text with numbers naturally. */
    static int natural(Object a, Object b) {
        if (!(a instanceof String) || !(b instanceof String)) return compareValues(a, b);
        String x = ((String) a).toLowerCase(Locale.ROOT), y = ((String) b).toLowerCase(Locale.ROOT);
        for (List<String> calendar : List.of(WEEKDAYS, WEEKDAYS_LONG, MONTHS, MONTHS_LONG)) {
            int i = calendar.indexOf(x), j = calendar.indexOf(y);
            if (i >= 0 && j >= 0) return Integer.compare(i, j);
        }
        return naturalText(x, y);
    }

    private static int naturalText(String x, String y) {
        int i = 0, j = 0;
        while (i < x.length() && j < y.length()) {
            char a = x.charAt(i), b = y.charAt(j);
            if (Character.isDigit(a) && Character.isDigit(b)) {
                int si = i, sj = j;
                while (i < x.length() && Character.isDigit(x.charAt(i))) i++;
                while (j < y.length() && Character.isDigit(y.charAt(j))) j++;
                int c = new java.math.BigInteger(x.substring(si, i)).compareTo(new java.math.BigInteger(y.substring(sj, j)));
                if (c != 0) return c;
            } else {
                if (a != b) return Character.compare(a, b);
                i++; j++;
            }
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }
}
