package dev.hmspec.diag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A spec's diagnostics as a terminal or build log shows them: printed compiler-style
 * ({@link DiagnosticPrinter}), at most {@code limit} per file followed by one line counting the
 * rest (a file of a million repeated mistakes must not print a million reports), and with
 * control characters from specs and data made visible, so a title cannot set the terminal's
 * title, clear the screen or hide text.
 */
public final class DiagnosticReport {
    private DiagnosticReport() {}

    /** What a terminal or log shows per file before it says "… and N more". */
    public static final int DEFAULT_LIMIT = 100;

    public static String print(List<Diagnostic> diagnostics, int limit) {
        StringBuilder out = new StringBuilder();
        Map<String, int[]> shown = new HashMap<>(); // file → {printed, errors left out, warnings left out}
        for (Diagnostic d : diagnostics) {
            int[] n = shown.computeIfAbsent(d.file().name(), k -> new int[3]);
            if (n[0] < limit) {
                out.append(DiagnosticPrinter.print(d));
                n[0]++;
            } else {
                n[d.isError() ? 1 : 2]++;
            }
        }
        shown.entrySet().stream().filter(e -> e.getValue()[1] + e.getValue()[2] > 0).sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.append(DiagnosticMessages.more(e.getKey(), e.getValue()[1], e.getValue()[2])).append('\n'));
        return escapeControls(out.toString());
    }

    /**
     * Replaces each control character but line feed and tab by a visible stand-in of the same
     * width (so carets still line up): C0 controls and DEL by their Unicode "control pictures"
     * (ESC shows as ␛, CR as ␍), C1 controls and the bidirectional overrides by U+FFFD.
     */
    public static String escapeControls(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c == '\n' || c == '\t' ? c
                    : c < 0x20 ? (char) (0x2400 + c)
                    : c == 0x7f ? '\u2421'
                    : (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ? '\ufffd'
                    : c;
            if (r != c && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            if (b != null) b.append(r);
        }
        return b == null ? s : b.toString();
    }
}
