package dev.hmspec.data.matrix;

/**
 * Why a file is not a plain numeric matrix, and where: the 1-based physical line, the 1-based
 * field on it (0: the whole line) and the text found. The caller hands such files to the general
 * CSV reader, whose diagnostics are the reference; a caller without one (tiles) can report it.
 */
public record Irregular(Kind kind, int line, int field, String text) implements MatrixCsvReader.Outcome {
    public enum Kind { NOT_A_NUMBER, RAGGED, QUOTED, DUPLICATE_HEADER, NO_KEY_COLUMN, NOT_UTF8, CONTROL, EMPTY }

    @Override
    public String toString() {
        return kind + " at line " + line + (field > 0 ? ", field " + field : "") + (text.isEmpty() ? "" : ": " + text);
    }
}
