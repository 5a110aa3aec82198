package dev.hmspec.format;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * d3-time-format {@code strftime} patterns over epoch milliseconds, in English and in a given time
 * zone (UTC unless {@link #withZone}), so output never depends on the machine. Directives:
 * %a %A %b %B %c %d %e %f %g %G %H %I %j %L %m %M %p %q %Q %s %S %u %U %V %w %W %x %X %y %Y %Z %%,
 * with d3's padding modifiers {@code %-d} (none), {@code %_d} (space), {@code %0d} (zero); %c %x
 * %X are d3's en-US defaults. Compiled once into parts; immutable and thread-safe.
 */
public final class TimeFormat {
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    static final String DIRECTIVES = "aAbBcdefgGHIjLmMpqQsSuUVwWxXyYZ%";

    private final String pattern;
    private final List<Object> parts; // String literals and Directive instances
    private final ZoneId zone;

    private record Directive(char code, char pad) {}

    private TimeFormat(String pattern, List<Object> parts, ZoneId zone) {
        this.pattern = pattern;
        this.parts = List.copyOf(parts);
        this.zone = zone;
    }

    /** @throws IllegalArgumentException naming the unknown directive and its position */
    public static TimeFormat compile(String pattern) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c != '%') { literal.append(c); continue; }
            int at = i;
            if (++i >= pattern.length()) throw new IllegalArgumentException(
                    "invalid time format \"" + pattern + "\": it ends with a lone % (write %% for a percent sign)");
            char pad = 0;
            char code = pattern.charAt(i);
            if (code == '-' || code == '_' || code == '0') {
                pad = code;
                if (++i >= pattern.length()) throw new IllegalArgumentException(
                        "invalid time format \"" + pattern + "\": a directive letter must follow %" + pad);
                code = pattern.charAt(i);
            }
            if (DIRECTIVES.indexOf(code) < 0) throw new IllegalArgumentException("invalid time format \"" + pattern
                    + "\": unknown directive %" + code + " at position " + (at + 1)
                    + " (known: %Y %m %d %H %M %S %L %a %A %b %B %j %p %q %U %W %V %Z %% and more)");
            if (code == '%') { literal.append('%'); continue; }
            if (code == 'c' || code == 'x' || code == 'X') { // locale formats expand to their d3 en-US patterns
                TimeFormat inner = compile(code == 'c' ? "%x, %X" : code == 'x' ? "%-m/%-d/%Y" : "%-I:%M:%S %p");
                if (literal.length() > 0) { parts.add(literal.toString()); literal.setLength(0); }
                parts.addAll(inner.parts);
                continue;
            }
            if (literal.length() > 0) { parts.add(literal.toString()); literal.setLength(0); }
            parts.add(new Directive(code, pad));
        }
        if (literal.length() > 0) parts.add(literal.toString());
        return new TimeFormat(pattern, parts, ZoneOffset.UTC);
    }

    public String pattern() { return pattern; }

    public ZoneId zone() { return zone; }

    /** The same pattern in another time zone (e.g. {@code ZoneId.of("Europe/Berlin")}). */
    public TimeFormat withZone(ZoneId z) { return new TimeFormat(pattern, parts, z); }

    public String format(long epochMillis) {
        ZonedDateTime t = Instant.ofEpochMilli(epochMillis).atZone(zone);
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Directive d) out.append(field(d, t, epochMillis));
            else out.append((String) part);
        }
        return out.toString();
    }

    private static String field(Directive d, ZonedDateTime t, long ms) {
        switch (d.code) {
            case 'Y': return pad(t.getYear(), d.pad, '0', 4);
            case 'y': return pad(Math.floorMod(t.getYear(), 100), d.pad, '0', 2);
            case 'G': return pad(t.get(IsoFields.WEEK_BASED_YEAR), d.pad, '0', 4);
            case 'g': return pad(Math.floorMod(t.get(IsoFields.WEEK_BASED_YEAR), 100), d.pad, '0', 2);
            case 'm': return pad(t.getMonthValue(), d.pad, '0', 2);
            case 'd': return pad(t.getDayOfMonth(), d.pad, '0', 2);
            case 'e': return pad(t.getDayOfMonth(), d.pad, ' ', 2);
            case 'H': return pad(t.getHour(), d.pad, '0', 2);
            case 'I': return pad(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, d.pad, '0', 2);
            case 'M': return pad(t.getMinute(), d.pad, '0', 2);
            case 'S': return pad(t.getSecond(), d.pad, '0', 2);
            case 'L': return pad(t.getNano() / 1_000_000, d.pad, '0', 3);
            case 'f': return pad(t.getNano() / 1_000, d.pad, '0', 6);
            case 'j': return pad(t.getDayOfYear(), d.pad, '0', 3);
            case 'q': return String.valueOf((t.getMonthValue() + 2) / 3);
            case 'Q': return Long.toString(ms);
            case 's': return Long.toString(Math.floorDiv(ms, 1000));
            case 'u': return String.valueOf(t.getDayOfWeek().getValue());
            case 'w': return String.valueOf(t.getDayOfWeek().getValue() % 7);
            case 'U': return pad(weekOfYear(t, DayOfWeek.SUNDAY), d.pad, '0', 2);
            case 'W': return pad(weekOfYear(t, DayOfWeek.MONDAY), d.pad, '0', 2);
            case 'V': return pad(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), d.pad, '0', 2);
            case 'p': return t.getHour() < 12 ? "AM" : "PM";
            case 'a': return DAYS[t.getDayOfWeek().getValue() - 1].substring(0, 3);
            case 'A': return DAYS[t.getDayOfWeek().getValue() - 1];
            case 'b': return MONTHS[t.getMonthValue() - 1].substring(0, 3);
            case 'B': return MONTHS[t.getMonthValue() - 1];
            case 'Z': return offset(t.getOffset().getTotalSeconds());
            default: throw new IllegalStateException("unhandled directive %" + d.code);
        }
    }

    /** strftime %U / %W: weeks starting on {@code first}; days before the first such day are week 0. */
    private static int weekOfYear(ZonedDateTime t, DayOfWeek first) {
        ZonedDateTime jan1 = t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
        ZonedDateTime firstWeek = jan1.with(TemporalAdjusters.nextOrSame(first));
        long days = ChronoUnit.DAYS.between(firstWeek.toLocalDate(), t.toLocalDate());
        return days < 0 ? 0 : (int) (days / 7) + 1;
    }

    private static String offset(int seconds) {
        int m = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + pad(m / 60, (char) 0, '0', 2) + pad(m % 60, (char) 0, '0', 2);
    }

    /** d3's pad: the modifier (if any) overrides the directive's default fill. */
    private static String pad(int value, char modifier, char defaultFill, int width) {
        char fill = modifier == 0 ? defaultFill : modifier == '_' ? ' ' : modifier == '0' ? '0' : 0;
        String sign = value < 0 ? "-" : "";
        String s = Integer.toString(Math.abs(value));
        if (fill == 0 || s.length() >= width) return sign + s;
        return sign + String.valueOf(fill).repeat(width - s.length()) + s;
    }

    /** A multi-scale time tick format for a zone (see {@link Multi}). */
    public static Multi multi(ZoneId zone) { return new Multi(zone); }

    /**
     * d3-scale's default time tick format: the coarsest unit at which the instant is a boundary
     * picks the pattern — ".%L", ":%S", "%H:%M", "%a %d", "%b %d", "%b", "%Y" — in 24-hour time.
     */
    public static final class Multi {
        private final ZoneId zone;
        private final TimeFormat ms, second, minute, day, week, month, year;

        private Multi(ZoneId zone) {
            this.zone = zone;
            ms = compile(".%L").withZone(zone);
            second = compile(":%S").withZone(zone);
            minute = compile("%H:%M").withZone(zone);
            day = compile("%a %d").withZone(zone);
            week = compile("%b %d").withZone(zone);
            month = compile("%b").withZone(zone);
            year = compile("%Y").withZone(zone);
        }

        public String format(long t) {
            ZonedDateTime z = Instant.ofEpochMilli(t).atZone(zone);
            if (z.getNano() != 0) return ms.format(t);
            if (z.getSecond() != 0) return second.format(t);
            if (z.getMinute() != 0 || z.getHour() != 0) return minute.format(t);
            if (z.getDayOfMonth() != 1) return z.getDayOfWeek() == DayOfWeek.SUNDAY ? week.format(t) : day.format(t);
            if (z.getMonthValue() != 1) return month.format(t);
            return year.format(t);
        }
    }

    @Override public String toString() { return "TimeFormat(\"" + pattern + "\"" + (zone.equals(ZoneOffset.UTC) ? "" : ", " + zone) + ")"; }
}
