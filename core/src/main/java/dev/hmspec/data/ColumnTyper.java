package dev.hmspec.data;

import dev.hmspec.data.DataMessages.BadCell;
import dev.hmspec.source.Span;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw cells → a typed column. Without a declaration the type is inferred (number, boolean,
 * temporal, else string); a column with at least 90% numbers stays numeric and its few texts
 * become null with one warning. A declared type must fit every non-null cell.
 */
final class ColumnTyper {
    private ColumnTyper() {}

    /** A `types` entry: the type, an optional date formatter, and where it was written. */
    record Declared(FieldType type, DateTimeFormatter format, Span span) {}

    private static final int NULL = 0, NUM = 1, BOOL = 2, TIME = 3, TEXT = 4;

    static boolean isNullToken(String s) {
        return s.isEmpty() || s.equals("NA") || s.equals("null") || s.equals("NaN");
    }

    static Column type(RawColumn raw, Declared declared, String data, Span span, List<Problem> problems) {
        if (declared != null) return convert(raw, declared.type(), declared.format(), data, declared.span(), problems);
        int n = raw.size(), nonNull = 0, nums = 0, bools = 0, times = 0;
        for (int i = 0; i < n; i++) {
            int k = kind(raw.get(i), nums == nonNull || times == nonNull);
            if (k == NULL) continue;
            nonNull++;
            if (k == NUM) nums++; else if (k == BOOL) bools++; else if (k == TIME) times++;
        }
        if (nonNull == 0 || nums == nonNull) return convert(raw, FieldType.NUMBER, null, data, span, problems);
        if (bools == nonNull) return convert(raw, FieldType.BOOLEAN, null, data, span, problems);
        if (times == nonNull) return convert(raw, FieldType.TEMPORAL, null, data, span, problems);
        if (nums >= 0.9 * nonNull) {
            double[] out = numbers(raw, new ArrayList<>());
            BadCell first = null;
            for (int i = 0; i < n && first == null; i++) {
                if (Double.isNaN(out[i]) && !isNull(raw.get(i))) first = new BadCell(raw.row(i), text(raw.get(i)));
            }
            problems.add(DataMessages.mostlyNumeric(data, raw.name, nonNull - nums, first.row(), first.text(), span));
            return new NumberColumn(raw.name, out);
        }
        return convert(raw, FieldType.STRING, null, data, span, problems);
    }

    /** Cell kind; temporal parsing is tried only while it can still decide the type. */
    private static int kind(Object cell, boolean tryTime) {
        if (cell == null) return NULL;
        if (cell instanceof Double) return NUM;
        if (cell instanceof Boolean) return BOOL;
        String s = (String) cell;
        if (isNullToken(s)) return NULL;
        if (!Double.isNaN(Numbers.parse(s))) return NUM;
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
            out[i] = c instanceof Double d ? d : Double.NaN;
            if (c instanceof String s && !isNullToken(s)) {
                out[i] = Numbers.parse(s);
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
