package dev.hmspec.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Instants as epoch milliseconds (UTC). The automatic parser accepts {@code 2012-01-01},
 * {@code 2012-01-01T05:00[:00[.000]][Z|+01:00]} (also with a space for T) and
 * {@code 2015/01/01 01:00:00}; without an offset the time is UTC. It is hand-written because
 * inference tries it on every text cell and exceptions would dominate the read time.
 */
public final class Temporals {
    private Temporals() {}

    /** Returned when a text is not a date. */
    public static final long FAIL = TemporalColumn.NULL;

    public static long parseAuto(String s) {
        int n = s.length();
        if (n < 10) return FAIL;
        char sep = s.charAt(4);
        if ((sep != '-' && sep != '/') || s.charAt(7) != sep) return FAIL;
        int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
        if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > LocalDate.of(y, mo, 1).lengthOfMonth()) return FAIL;
        long day = LocalDate.of(y, mo, d).toEpochDay();
        if (n == 10) return day * 86_400_000L;
        char t = s.charAt(10);
        if ((t != 'T' && t != ' ') || n < 16 || s.charAt(13) != ':') return FAIL;
        int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = 0, ms = 0, i = 16;
        if (i < n && s.charAt(i) == ':') {
            sec = digits(s, 17, 2);
            i = 19;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && Character.isDigit(s.charAt(i))) i++;
                if (i == start) return FAIL;
                ms = digits((s.substring(start, Math.min(i, start + 3)) + "00").substring(0, 3), 0, 3);
            }
        }
        if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return FAIL;
        long offsetMinutes = 0;
        if (i < n) {
            char z = s.charAt(i);
            if (z == 'Z' && i + 1 == n) offsetMinutes = 0;
            else if ((z == '+' || z == '-') && (n - i == 6 && s.charAt(i + 3) == ':' || n - i == 5 || n - i == 3)) {
                int oh = digits(s, i + 1, 2), om = n - i == 3 ? 0 : digits(s, n - 2, 2);
                if (oh < 0 || om < 0) return FAIL;
                offsetMinutes = (z == '-' ? -1 : 1) * (oh * 60L + om);
            } else return FAIL;
        }
        return day * 86_400_000L + ((h * 60L + mi - offsetMinutes) * 60L + sec) * 1000L + ms;
    }

    private static int digits(String s, int from, int len) {
        if (from + len > s.length()) return -1;
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A formatter for a java.time pattern or a strftime pattern (detected by '%'); English names. */
    public static DateTimeFormatter formatter(String pattern) {
        String p = pattern.indexOf('%') >= 0 ? fromStrftime(pattern) : pattern;
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p);
        if (!p.contains("D")) {
            b.parseDefaulting(ChronoField.MONTH_OF_YEAR, 1).parseDefaulting(ChronoField.DAY_OF_MONTH, 1);
        }
        return b.parseDefaulting(ChronoField.HOUR_OF_DAY, 0).parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
                .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0).toFormatter(Locale.ENGLISH);
    }

    /** Translates strftime directives (%Y %m %d %H %M %S %b %B %e %j %y %%) to a java.time pattern. */
    static String fromStrftime(String s) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%') { literal.append(c); continue; }
            if (i + 1 == s.length()) throw new IllegalArgumentException("'%' at the end of the pattern");
            char d = s.charAt(++i);
            String java = switch (d) {
                case 'Y' -> "uuuu"; case 'y' -> "uu"; case 'm' -> "MM"; case 'd' -> "dd"; case 'e' -> "[ ]d";
                case 'H' -> "HH"; case 'M' -> "mm"; case 'S' -> "ss"; case 'b' -> "MMM"; case 'B' -> "MMMM";
                case 'j' -> "DDD"; case '%' -> null;
                default -> throw new IllegalArgumentException("unsupported directive %" + d
                        + " (supported: %Y %y %m %d %e %H %M %S %b %B %j %%)");
            };
            if (java == null) { literal.append('%'); continue; }
            flush(literal, out);
            out.append(java);
        }
        flush(literal, out);
        return out.toString();
    }

    private static void flush(StringBuilder literal, StringBuilder out) {
        if (literal.length() == 0) return;
        out.append('\'').append(literal.toString().replace("'", "''")).append('\'');
        literal.setLength(0);
    }

    /** Parses with a pattern formatter; FAIL when the text does not match. No offset → UTC. */
    public static long parse(String s, DateTimeFormatter f) {
        try {
            TemporalAccessor t = f.parse(s.trim());
            if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
                return LocalDateTime.from(t).toInstant(ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS))).toEpochMilli();
            }
            return LocalDateTime.from(t).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (java.time.DateTimeException e) {
            return FAIL;
        }
    }

    /** ISO text (UTC) for string conversions: date only at midnight, else full instant. */
    public static String format(long millis) {
        if (millis % 86_400_000L == 0) return LocalDate.ofEpochDay(millis / 86_400_000L).toString();
        return Instant.ofEpochMilli(millis).toString();
    }
}
