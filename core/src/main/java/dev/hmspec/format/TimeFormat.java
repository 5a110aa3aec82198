package dev.hmspec.format;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * d3-time-format-style {@code strftime} patterns over epoch milliseconds, always in UTC and in
 * English (so output never depends on the machine). Directives: %Y %y %m %d %e %H %I %M %S %L
 * %p %a %A %b %B %j %Z %%, with d3's padding modifiers {@code %-d} (none), {@code %_d} (space),
 * {@code %0d} (zero). Compiled once into parts; immutable and thread-safe.
 */
public final class TimeFormat {
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String DIRECTIVES = "YymdeHIMSLpaAbBjZ%";

    private final String pattern;
    private final List<Object> parts; // String literals and Directive instances

    private record Directive(char code, char pad) {}

    private TimeFormat(String pattern, List<Object> parts) {
        this.pattern = pattern;
        this.parts = List.copyOf(parts);
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
                    + " (known: %Y %y %m %d %e %H %I %M %S %L %p %a %A %b %B %j %Z %%)");
            if (code == '%') { literal.append('%'); continue; }
            if (literal.length() > 0) { parts.add(literal.toString()); literal.setLength(0); }
            parts.add(new Directive(code, pad));
        }
        if (literal.length() > 0) parts.add(literal.toString());
        return new TimeFormat(pattern, parts);
    }

    public String pattern() { return pattern; }

    public String format(long epochMillis) {
        ZonedDateTime t = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC);
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof Directive d) out.append(field(d, t));
            else out.append((String) part);
        }
        return out.toString();
    }

    private static String field(Directive d, ZonedDateTime t) {
        switch (d.code) {
            case 'Y': return pad(t.getYear(), d.pad, '0', 4);
            case 'y': return pad(Math.floorMod(t.getYear(), 100), d.pad, '0', 2);
            case 'm': return pad(t.getMonthValue(), d.pad, '0', 2);
            case 'd': return pad(t.getDayOfMonth(), d.pad, '0', 2);
            case 'e': return pad(t.getDayOfMonth(), d.pad, ' ', 2);
            case 'H': return pad(t.getHour(), d.pad, '0', 2);
            case 'I': return pad(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, d.pad, '0', 2);
            case 'M': return pad(t.getMinute(), d.pad, '0', 2);
            case 'S': return pad(t.getSecond(), d.pad, '0', 2);
            case 'L': return pad(t.getNano() / 1_000_000, d.pad, '0', 3);
            case 'j': return pad(t.getDayOfYear(), d.pad, '0', 3);
            case 'p': return t.getHour() < 12 ? "AM" : "PM";
            case 'a': return DAYS[t.getDayOfWeek().getValue() - 1].substring(0, 3);
            case 'A': return DAYS[t.getDayOfWeek().getValue() - 1];
            case 'b': return MONTHS[t.getMonthValue() - 1].substring(0, 3);
            case 'B': return MONTHS[t.getMonthValue() - 1];
            case 'Z': return "+0000"; // always UTC
            default: throw new IllegalStateException("unhandled directive %" + d.code);
        }
    }

    /** d3's pad: the modifier (if any) overrides the directive's default fill. */
    private static String pad(int value, char modifier, char defaultFill, int width) {
        char fill = modifier == 0 ? defaultFill : modifier == '_' ? ' ' : modifier == '0' ? '0' : 0;
        String sign = value < 0 ? "-" : "";
        String s = Integer.toString(Math.abs(value));
        if (fill == 0 || s.length() >= width) return sign + s;
        return sign + String.valueOf(fill).repeat(width - s.length()) + s;
    }

    @Override public String toString() { return "TimeFormat(\"" + pattern + "\")"; }
}
