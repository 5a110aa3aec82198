package dev.hmspec.diag;

import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.Locale;
import java.util.Optional;

/**
 * Catalog of the hardening diagnostics of reading and parsing (codes HM009–HM029): bytes that
 * are not UTF-8, nesting and size limits, numbers out of range, blocks left open.
 * Kept apart from {@link Messages} so each area owns its catalog.
 */
public final class SyntaxMessages {
    private SyntaxMessages() {}

    public static Diagnostic notUtf8(SourceFile f, Span s, int badByte) {
        return Messages.error("HM009", f, s, String.format(Locale.ROOT, "this file is not UTF-8 text: byte 0x%02X here", badByte),
                Optional.of("save the spec as UTF-8 (Latin-1 and Windows-1252 text must be converted)"));
    }

    public static Diagnostic tooDeeplyNested(SourceFile f, Span s, int limit) {
        return Messages.error("HM010", f, s, "too deeply nested: more than " + limit
                        + " levels of brackets and prefix operators (not, -)",
                Optional.of("split the expression with derive, or remove redundant brackets; the rest of the file was not parsed"));
    }

    public static Diagnostic expressionTooLong(SourceFile f, Span s, int limit) {
        return Messages.error("HM011", f, s, "expression too long: more than " + limit + " operators",
                Optional.of("split it into several derive steps; the rest of the file was not parsed"));
    }

    public static Diagnostic numberOutOfRange(SourceFile f, Span s, String text) {
        String shown = text.length() > 30 ? text.substring(0, 27) + "..." : text;
        return Messages.error("HM012", f, s, "number " + shown + " is out of range",
                Optional.of("numbers must lie between about -1.8e308 and 1.8e308, and non-zero ones be at least 4.9e-324 in size"));
    }

    public static Diagnostic unclosedBlockBefore(SourceFile f, Span open, String block, String next, int nextLine) {
        return Messages.error("HM013", f, open, "this '{' of " + block + " is not closed before " + next + " on line " + nextLine,
                Optional.of("add a '}' to close it before line " + nextLine));
    }
}
