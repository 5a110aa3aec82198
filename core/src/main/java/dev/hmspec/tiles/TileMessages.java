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
        return new Diagnostic(Severity.WARNING, "HM468", f, s, "tiles apply to matrix inputs only (.npy, or CSV read with wide or matrix); "
                + "this view is drawn whole", Optional.of("use data \"m.npy\" (numpy.save), or data \"m.csv\" wide rows <key column>, "
                + "or remove the tiles statement"));
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

    /** HM470: a tiled CSV matrix is drawn as it is; transforms would need the whole grid as a table. */
    public static Diagnostic transformsOnTiledCsv(SourceFile f, Span s, String file, long cells) {
        return new Diagnostic(Severity.ERROR, "HM470", f, s, String.format(java.util.Locale.ROOT,
                "transforms, normalize, cluster and decorations cannot run on the tiled matrix %s (%,d cells)", file, cells),
                Optional.of("remove the tiles statement (or write tiles off) to load the whole grid as a table, "
                        + "or transform the file beforehand"));
    }

    /** HM471: a line of a tiled CSV matrix is not plain numbers (the table reader is not run on a grid this size). */
    public static Diagnostic irregularCsv(SourceFile f, Span s, String file, dev.hmspec.data.matrix.Irregular why) {
        String where = "line " + why.line() + (why.field() > 0 ? ", field " + why.field() : "");
        return new Diagnostic(Severity.ERROR, "HM471", f, s, file + ":" + where + ": " + irregularText(why),
                Optional.of("a tiled CSV matrix is plain: a header, the key column, numbers or empty/NA cells, "
                        + "no quotes, the same number of fields on every line"));
    }

    private static String irregularText(dev.hmspec.data.matrix.Irregular why) {
        switch (why.kind()) {
            case NOT_A_NUMBER: return "\"" + why.text() + "\" is not a number";
            case QUOTED: return "quoted fields are not read in a tiled matrix";
            case DUPLICATE_HEADER: return "the header repeats \"" + why.text() + "\"";
            case NO_KEY_COLUMN: return "no column \"" + why.text() + "\" in the header";
            case NOT_UTF8: return "not UTF-8 text";
            case CONTROL: return "a control character (" + why.text() + ")";
            case EMPTY: return "no data";
            default: return why.text().isEmpty() ? "a line with another number of fields" : why.text();
        }
    }
}
