package dev.hmspec.diag;

import dev.hmspec.source.SourceFile;

/**
 * Prints a diagnostic the way compilers do, so IDEs and CI logs link it:
 * <pre>
 * specs/iris.hmspec:7:5: error[HM201]: unknown field "sepal_lenght"
 *    7 |   x sepal_lenght
 *      |     ^^^^^^^^^^^^
 *      = help: did you mean "sepal_length"?
 * </pre>
 * Tabs are expanded so the caret lines up; printing never throws.
 */
public final class DiagnosticPrinter {
    /** Source lines longer than this print as a window of this many characters around the caret. */
    static final int MAX_SHOWN = 120;
    private static final int CONTEXT = 40;

    private DiagnosticPrinter() {}

    public static String print(Diagnostic d) {
        SourceFile f = d.file();
        StringBuilder out = new StringBuilder();
        int line = d.line();
        int col = d.column();
        out.append(f.name()).append(':').append(line).append(':').append(col).append(": ")
           .append(d.severity().label()).append('[').append(d.code()).append("]: ").append(d.message()).append('\n');
        if (line >= 1 && line <= f.lineStarts().length) {
            String text = f.lineText(line);
            String gutter = String.valueOf(line);
            String pad = " ".repeat(gutter.length());
            int startCol = col - 1;
            int endOffset = Math.min(d.span().end(), f.lineStarts()[line - 1] + text.length());
            int width = Math.max(1, endOffset - d.span().start());
            if (text.length() > MAX_SHOWN) {
                // A long line (generated or mutated text) is shown as a window around the caret.
                int from = Math.max(0, Math.min(startCol - CONTEXT, text.length() - MAX_SHOWN));
                int to = Math.min(text.length(), from + MAX_SHOWN);
                String prefix = from > 0 ? "…" : "";
                text = prefix + text.substring(from, to) + (to < f.lineText(line).length() ? "…" : "");
                startCol = startCol - from + prefix.length();
                width = Math.max(1, Math.min(width, to - (startCol - prefix.length() + from)));
            }
            out.append(' ').append(gutter).append(" | ").append(expandTabs(text)).append('\n');
            out.append(' ').append(pad).append(" | ")
               .append(" ".repeat(displayWidth(text, startCol)))
               .append("^".repeat(Math.max(1, displayWidth(text, Math.min(text.length(), startCol + width)) - displayWidth(text, startCol))))
               .append('\n');
            d.help().ifPresent(h -> out.append(' ').append(pad).append(" = help: ").append(h).append('\n'));
        } else {
            d.help().ifPresent(h -> out.append("  = help: ").append(h).append('\n'));
        }
        return out.toString();
    }

    private static String expandTabs(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') b.append(" ".repeat(4 - b.length() % 4)); else b.append(c);
        }
        return b.toString();
    }

    /** Display columns taken by the first {@code chars} characters (tabs to 4, wide CJK as 2). */
    private static int displayWidth(String s, int chars) {
        int w = 0;
        for (int i = 0; i < Math.min(chars, s.length()); i++) {
            char c = s.charAt(i);
            if (c == '\t') w += 4 - w % 4;
            else if (Character.isLowSurrogate(c)) continue;
            else w += isWide(s.codePointAt(i)) ? 2 : 1;
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x1F300 && cp <= 0x1FAFF);
    }
}
