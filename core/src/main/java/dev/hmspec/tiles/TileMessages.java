package dev.hmspec.tiles;

import dev.hmspec.data.npy.NpyFormatException;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Severity;
import dev.hmspec.diag.Suggest;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.List;
import java.util.Optional;

/** The user-facing text of matrix input and multi-resolution tiles (codes HM460–HM479). */
public final class TileMessages {
    private TileMessages() {}

    static final List<String> MODES = List.of("auto", "on", "off", "above");

    /** HM460: the .npy file's header is not one this reader takes. */
    public static Diagnostic badNpy(SourceFile f, Span s, String file, NpyFormatException e) {
        return new Diagnostic(Severity.ERROR, "HM460", f, s,
                file + ": .npy header field '" + e.field() + "' (byte " + e.offset() + "): " + e.getMessage(),
                Optional.of("a .npy input is one 2-D array saved by numpy.save (float32/float64 or an integer type, C order)"));
    }

    /** HM461: transforms need a table; a matrix file is drawn as it is. */
    public static Diagnostic transformsOnMatrix(SourceFile f, Span s, String file) {
        return new Diagnostic(Severity.ERROR, "HM461", f, s, "transforms cannot run on the .npy matrix " + file,
                Optional.of("a .npy file is drawn as it is (fields row, column, value); transform it in NumPy, or save it as CSV"));
    }

    /** HM462: an unknown tiles mode. */
    public static Diagnostic unknownMode(SourceFile f, Span s, String mode) {
        return new Diagnostic(Severity.ERROR, "HM462", f, s, "unknown tiles mode \"" + mode + "\"",
                Suggest.didYouMean(mode, MODES).map(h -> h + "  (modes: auto, on, off, above N)")
                        .or(() -> Optional.of("modes: auto, on, off, above N (a cell count)")));
    }

    /** HM463: {@code tiles above} without its cell count, or a count after another mode. */
    public static Diagnostic countMisplaced(SourceFile f, Span s, boolean missing) {
        return new Diagnostic(Severity.ERROR, "HM463", f, s,
                missing ? "tiles above needs a cell count" : "only tiles above takes a cell count",
                Optional.of("e.g. tiles above 4000000 (grids with more cells are tiled), or tiles auto / on / off"));
    }

    /** HM464: a tiled grid's color scale must be continuous (it is trained on min and max, not on every value). */
    public static Diagnostic needsContinuousScale(SourceFile f, Span s, String type) {
        return new Diagnostic(Severity.ERROR, "HM464", f, s, "a tiled grid cannot use scale " + type,
                Optional.of("tiles keep only block means, min, max and counts: use a continuous scale (linear, log, sqrt, pow, "
                        + "symlog, diverging), or set tiles off"));
    }

    /** HM465: a tiled matrix draws columns along x and rows along y. */
    public static Diagnostic orientation(SourceFile f, Span s) {
        return new Diagnostic(Severity.ERROR, "HM465", f, s, "a tiled matrix is drawn as x column, y row, color value",
                Optional.of("write x column, y row and color value (transpose the array in NumPy to swap the axes)"));
    }

    /** HM466: reading the matrix failed (I/O). */
    public static Diagnostic cannotRead(SourceFile f, Span s, String file, String why) {
        return new Diagnostic(Severity.ERROR, "HM466", f, s, "cannot read " + file + ": " + why, Optional.empty());
    }

    /** HM467: a label sidecar file does not have one line per row or column. */
    public static Diagnostic labelCount(SourceFile f, Span s, String sidecar, int lines, long expected, String axis) {
        return new Diagnostic(Severity.ERROR, "HM467", f, s, sidecar + " has " + lines + " labels; the matrix has "
                + expected + " " + axis, Optional.of("one label per line, in order; or remove the file to use 0, 1, 2 …"));
    }

    /** HM468: tiles only apply to matrix inputs. */
    public static Diagnostic tilesIgnored(SourceFile f, Span s) {
        return new Diagnostic(Severity.WARNING, "HM468", f, s, "tiles apply to .npy matrix inputs only; this view is drawn whole",
                Optional.of("save the matrix with numpy.save and use data \"m.npy\", or remove the tiles statement"));
    }

    /** The tooltip word for a block at a coarse level (the page words it the same way, tiles.js). */
    public static String blockLabel() { return "block"; }

    // ---- tiles9b (HM470–HM479) ----

    /** What check reports for a grid it would tile (not a diagnostic: nothing is wrong). */
    public static String wouldTile(int columns, int rows, int levels, long files, int tileSize, int topColumns, int topRows) {
        return String.format(java.util.Locale.ROOT, "would tile a %,d × %,d grid: %d levels, %,d tile files of %d × %d blocks "
                + "beside the page, the coarsest level (%,d × %,d blocks) inside it", columns, rows, levels, files, tileSize,
                tileSize, topColumns, topRows);
    }
}
