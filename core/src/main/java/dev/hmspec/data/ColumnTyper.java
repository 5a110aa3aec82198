package dev.hmspec.data;

import dev.hmspec.data.DataMessages.BadCell;
import dev.hmspec.source.Span;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw cells → a typed column. Without a declaration the type is inferred (number, boolean,
 * temporal, else string) by the rules of {@link Cells}; a numeric column's odd cells become
 * missing with a warning. A declared type must fit every non-null cell.
 */
final class ColumnTyper {
    private ColumnTyper() {}

    /** A `types` entry: the type, an optional date formatter, and where it was written. */
    record Declared(FieldType type, DateTimeFormatter format, Span span) {}

    private static final int NULL = 0, NUM = 1, BOOL = 2, TIME = 3, TEXT = 4, NON_FINITE = 5, GROUPED = 6;

    static boolean isNullToken(String s) { return Cells.isMissing(s); }

    /**
     * Infers the type by the rules of {@link Cells}. A numeric column keeps its number-like cells
     * that are no usable number (Infinity, 1e400, "1,000") and a minority of stray words as
     * missing, with one warning per kind naming the first row: never silently categorical.
     */
    static Column type(RawColumn raw, Declared declared, String data, Span span, List<Problem> problems) {
        if (declared != null) return convert(raw, declared.type(), declared.format(), data, declared.span(), problems);
        int n = raw.size(), nonNull = 0, nums = 0, bools = 0, times = 0, odd = 0;
        for (int i = 0; i < n; i++) {
            int k = kind(raw.get(i), nums == nonNull || times == nonNull);
            if (k == NULL) continue;
            nonNull++;
            if (k == NUM) nums++; else if (k == BOOL) bools++; else if (k == TIME) times++;
            else if (k == NON_FINITE || k == GROUPED) odd++;
        }
        if (nonNull == 0 || nums == nonNull) return convert(raw, FieldType.NUMBER, null, data, span, problems);
        if (bools == nonNull) return convert(raw, FieldType.BOOLEAN, null, data, span, problems);
        if (times == nonNull) return convert(raw, FieldType.TEMPORAL, null, data, span, problems);
        if (nums > 0 && nums + odd > Cells.NUMERIC_SHARE * nonNull) {
            return numericWithMissing(raw, data, span, problems);
        }
        return convert(raw, FieldType.STRING, null, data, span, problems);
    }

    /** A numeric column whose other cells become missing, one warning per kind of cell. */
    private static Column numericWithMissing(RawColumn raw, String data, Span span, List<Problem> problems) {
        double[] out = new double[raw.size()];
        int[] count = new int[7];
        int[] firstRow = new int[7];
        String[] firstText = new String[7];
        for (int i = 0; i < out.length; i++) {
            Object c = raw.get(i);
            int k = kind(c, false);
            out[i] = k == NUM ? (c instanceof Double d ? d : Cells.number((String) c)) : Double.NaN;
            if (k == NULL || k == NUM) continue;
            if (k != NON_FINITE && k != GROUPED) k = TEXT;
            if (count[k]++ == 0) { firstRow[k] = raw.row(i); firstText[k] = text(c); }
        }
        if (count[NON_FINITE] > 0) {
            problems.add(ValueMessages.notFinite(data, raw.name, firstRow[NON_FINITE], firstText[NON_FINITE], count[NON_FINITE], span));
        }
        if (count[GROUPED] > 0) {
            problems.add(ValueMessages.groupedNumber(data, raw.name, firstRow[GROUPED], firstText[GROUPED], count[GROUPED], span));
        }
        if (count[TEXT] > 0) problems.add(DataMessages.mostlyNumeric(data, raw.name, count[TEXT], firstRow[TEXT], firstText[TEXT], span));
        return new NumberColumn(raw.name, out);
    }

    /** Cell kind; temporal parsing is tried only while it can still decide the type. */
    private static int kind(Object cell, boolean tryTime) {
        if (cell == null) return NULL;
        if (cell instanceof Double d) return Double.isNaN(d) ? NULL : Double.isInfinite(d) ? NON_FINITE : NUM;
        if (cell instanceof Boolean) return BOOL;
        String s = (String) cell;
        if (isNullToken(s)) return NULL;
        if (!Double.isNaN(Cells.number(s))) return NUM;
        if (Cells.isNonFinite(s)) return NON_FINITE;
        if (Cells.isGrouped(s)) return GROUPED;
        if (s.equals("true") || s.equals("false")) return BOOL;
        if (tryTime && Temporals.parseAuto(s) != Temporals.FAIL) return TIME;
        return TEXT;
    }

    private static boolean isNull(Object cell) { return cell == null || cell instanceof String s && isNullToken(s); }

    private static String text(Object cell) {
        return cell instanceof Double d ? Numbers.format(d) : String.valueOf(cell);
    }

    private static Column convert(RawColumn raw, FieldType type, DateTimeFormatter format, String data, Span span,
                                  List<Problem> problems) {
        List<BadCell> bad = new ArrayList<>();
        int[] total = new int[1];
        Column out;
        switch (type) {
            case NUMBER -> out = new NumberColumn(raw.name, numbers(raw, bad));
            case BOOLEAN -> out = new BooleanColumn(raw.name, booleans(raw, bad));
            case TEMPORAL -> out = new TemporalColumn(raw.name, temporals(raw, format, bad));
            default -> {
                String[] s = new String[raw.size()];
                for (int i = 0; i < s.length; i++) s[i] = isNull(raw.get(i)) ? null : text(raw.get(i));
                out = new StringColumn(raw.name, s);
            }
        }
        total[0] = bad.size();
        if (!bad.isEmpty()) problems.add(DataMessages.valuesNotOfType(data, raw.name, type, bad, total[0], span));
        return out;
    }

    private static double[] numbers(RawColumn raw, List<BadCell> bad) {
        double[] out = new double[raw.size()];
        for (int i = 0; i < out.length; i++) {
            Object c = raw.get(i);
            out[i] = c instanceof Double d && !Double.isInfinite(d) ? d : Double.NaN;
            if (c instanceof Double d && Double.isInfinite(d)) bad.add(new BadCell(raw.row(i), text(c)));
            if (c instanceof String s && !isNullToken(s)) {
                out[i] = Cells.number(s);
                if (Double.isNaN(out[i])) bad.add(new BadCell(raw.row(i), s));
            } else if (c instanceof Boolean b) {
                bad.add(new BadCell(raw.row(i), b.toString()));
            }
        }
        return out;
    }

    private static byte[] booleans(RawColumn raw, List<BadCell> bad) {
        byte[] out = new byte[raw.size()];
        for (int i = 0; i < out.length; i++) {
            Object c = raw.get(i);
            out[i] = -1;
            if (c instanceof Boolean b) out[i] = (byte) (b ? 1 : 0);
            else if (c != null && !isNull(c)) {
                String s = text(c);
                if (s.equalsIgnoreCase("true")) out[i] = 1;
                else if (s.equalsIgnoreCase("false")) out[i] = 0;
                else bad.add(new BadCell(raw.row(i), s));
            }
        }
        return out;
    }

    /** Numbers in a temporal column are epoch milliseconds (as in Vega). */
    private static long[] temporals(RawColumn raw, DateTimeFormatter format, List<BadCell> bad) {
        long[] out = new long[raw.size()];
        for (int i = 0; i < out.length; i++) {
            Object c = raw.get(i);
            out[i] = TemporalColumn.NULL;
            if (c instanceof Double d) out[i] = d.longValue();
            else if (c != null && !isNull(c)) {
                String s = text(c);
                out[i] = format == null ? Temporals.parseAuto(s) : Temporals.parse(s, format);
                if (out[i] == Temporals.FAIL) bad.add(new BadCell(raw.row(i), s));
            }
        }
        return out;
    }
}
