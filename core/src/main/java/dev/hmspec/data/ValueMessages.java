package dev.hmspec.data;

import dev.hmspec.source.Span;
import java.util.Locale;
import java.util.Optional;

/**
 * Catalog of the data-value diagnostics (codes HM340–HM359): cells that are not finite numbers,
 * numbers with thousands separators, text that is not UTF-8 (CSV: read as Windows-1252 with a
 * warning; JSON: an error), JSON with content after its value (a key given twice is HM215 with
 * its position). Each names the data, the row or line and the field, and what was done about it.
 */
public final class ValueMessages {
    private ValueMessages() {}

    private static String q(String s) { return "\"" + s + "\""; }

    private static Problem warning(String code, Span span, String message, String help) {
        return new Problem(code, message, Optional.ofNullable(help), span, true);
    }

    private static Problem error(String code, Span span, String message, String help) {
        return new Problem(code, message, Optional.ofNullable(help), span, false);
    }

    private static String more(int count) {
        return count > 1 ? " (and " + (count - 1) + " more cell" + (count > 2 ? "s" : "") + ")" : "";
    }

    public static Problem notFinite(String data, String field, int row, String text, int count, Span span) {
        return warning("HM340", span, data + " row " + row + ": " + q(text) + " in numeric field " + q(field)
                + " is not a finite number; treated as missing" + more(count),
                "cells that are missing show the no-data color; filter the rows out to hide them");
    }

    public static Problem groupedNumber(String data, String field, int row, String text, int count, Span span) {
        return warning("HM341", span, data + " row " + row + ": " + q(text) + " in numeric field " + q(field)
                + " has a thousands separator; treated as missing" + more(count),
                "write numbers without separators (1000, not 1,000) so they are read as numbers");
    }

    public static Problem notUtf8(String data, int line, int column, int badByte, Span span) {
        return warning("HM343", span, String.format(Locale.ROOT,
                "%s line %d, column %d: byte 0x%02X is not UTF-8; the file was read as Windows-1252 (Latin-1)",
                data, line, column, badByte), "save the file as UTF-8 to be sure every character reads as meant");
    }

    public static Problem noNumbers(String data, String field, int rows, Span span) {
        return warning("HM344", span, data + ": numeric field " + q(field) + " has no value in any of its " + rows
                + " rows; every cell shows the no-data color (the colorbar's range is a placeholder, not data)",
                "check the field and the data: cells that are empty, NA, null or NaN are missing");
    }

    public static Problem trailingJson(String data, long line, long column, Span span) {
        return error("HM345", span, data + " line " + line + ", column " + column
                + ": unexpected content after the end of the JSON value", "a JSON data file holds exactly one array");
    }

    public static Problem jsonNotUtf8(String data, int line, int column, int badByte, Span span) {
        return error("HM347", span, String.format(Locale.ROOT, "%s line %d, column %d: byte 0x%02X is not UTF-8", data, line,
                column, badByte), "JSON files are UTF-8: save the file as UTF-8");
    }
}
