package dev.hmspec.compile;

/** The small matrix the decoration tests share, public for the browser tests. */
public final class DecorationsTestData {
    private DecorationsTestData() {}

    /** A 3 × 3 matrix a..c × a..c with v = 10·row + col, a group per row (g1, g1, g2), n = 1.5·row, and a batch per column. */
    public static final String MATRIX = DecorationsTest.MATRIX;
}
