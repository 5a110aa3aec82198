package dev.hmspec.tiles;

import dev.hmspec.CompileOptions;
import dev.hmspec.ast.Channel;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.bind.BoundView;
import dev.hmspec.data.DataPaths;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.Result;
import dev.hmspec.data.Table;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Stage "bind" for a huge CSV/TSV matrix ({@code wide rows …} or {@code matrix}) above the tiles
 * threshold: streamed row by row into a {@link Pyramid} ({@link CsvMatrixSource}), never loaded
 * as a table. Under {@code tiles auto} a view with transforms, normalize, cluster or decorations,
 * or not drawn as x columns × y rows, keeps the table path (it loads the whole grid, as before
 * tiles); with an explicit {@code tiles} statement those are errors (HM470, HM465).
 */
public final class CsvMatrixViews {
    private CsvMatrixViews() {}

    /** Whether this view's data is a CSV matrix this class tiles (it reads the header and counts lines). */
    public static boolean tiled(SourceFile f, View view, CompileOptions options) {
        Optional<CsvShape.Form> form = CsvShape.form(view);
        if (form.isEmpty()) return false;
        boolean explicit = view.last(Statement.Tiles.class).isPresent();
        long threshold = TilePolicy.threshold(view);
        if (threshold == Long.MAX_VALUE) return false;
        // Without a tiles statement a view that needs the whole grid keeps the table path: do not even count its lines.
        if (!explicit && needsGrid(view).isPresent()) return false;
        Optional<CsvShape> shape = shape(f, form.get(), options, threshold);
        if (shape.isEmpty() || shape.get().cells() <= threshold) return false;
        return explicit || orientationOk(view, shape.get());
    }

    public static Optional<BoundView> bind(SourceFile f, View view, CompileOptions options, List<Diagnostic> out) {
        CsvShape.Form form = CsvShape.form(view).orElseThrow();
        String name = form.source().path();
        Optional<CsvShape> measured = shape(f, form, options, -1);
        if (measured.isEmpty()) { // changed since tiled() measured it
            out.add(TileMessages.cannotRead(f, form.source().span(), name, "the file changed while it was read"));
            return Optional.empty();
        }
        CsvShape shape = measured.get();
        if (needsGrid(view).isPresent()) {
            out.add(TileMessages.transformsOnTiledCsv(f, needsGrid(view).get().span(), name, shape.cells()));
            return Optional.empty();
        }
        List<String> fields = List.of(shape.rowsField(), shape.columnsField(), shape.valueField());
        Map<Channel, Statement.Encoding> encodings = new EnumMap<>(Channel.class);
        boolean ok = true;
        for (Statement.Encoding e : view.all(Statement.Encoding.class)) {
            encodings.put(e.channel(), e);
            for (Statement.ChannelField cf : e.fields()) {
                if (!fields.contains(cf.field().text())) {
                    out.add(Messages.unknownField(f, cf.field().span(), cf.field().text(), name, fields));
                    ok = false;
                }
            }
        }
        if (!ok) return Optional.empty();
        if (!orientationOk(view, shape)) {
            out.add(TileMessages.orientation(f, view.last(Statement.Data.class).orElseThrow().span()));
            return Optional.empty();
        }
        String id = id(name, shape);
        try {
            Pyramid pyramid;
            List<String> rowKeys;
            if (options.tileOutputs() == TileOutputs.PLAN) {
                pyramid = PyramidBuilder.plan(shape.columns(), shape.rows(), id, true);
                rowKeys = MatrixViews.numbers(shape.rows());
            } else {
                try (CsvMatrixSource source = CsvMatrixSource.open(shape.file(), shape.options(), shape.rows(), shape.columns())) {
                    pyramid = PyramidBuilder.build(source, id, options.tileOutputs() == TileOutputs.PAGE ? TileFolder.spill() : null);
                    rowKeys = shape.wide() == null ? MatrixViews.numbers(shape.rows()) : List.copyOf(source.rowKeys());
                }
            }
            List<String> columnKeys = shape.wide() == null ? MatrixViews.numbers(shape.columns()) : shape.columnKeys();
            TiledMatrix matrix = new TiledMatrix(pyramid, columnKeys, rowKeys, shape.wide() == null);
            Table empty = new Table(List.of(new NumberColumn(shape.rowsField(), new double[0]),
                    new NumberColumn(shape.columnsField(), new double[0]), new NumberColumn(shape.valueField(), new double[0])), 0);
            return Optional.of(new BoundView(view, empty, encodings, matrix));
        } catch (CsvMatrixSource.IrregularRow e) {
            out.add(TileMessages.irregularCsv(f, form.source().span(), name, e.irregular()));
        } catch (IOException e) {
            out.add(TileMessages.cannotRead(f, form.source().span(), name, String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    private static Optional<CsvShape> shape(SourceFile f, CsvShape.Form form, CompileOptions options, long threshold) {
        Path root = options.allowAnyDataPath() ? null : options.dataRoot().orElse(f.directory());
        Result<Path> resolved = DataPaths.resolve(form.source().path(), f.directory(), root, form.source().span());
        if (!resolved.ok()) return Optional.empty();
        try {
            return CsvShape.measure(form, resolved.value(), threshold);
        } catch (IOException e) {
            return Optional.empty(); // the table path reads it again and reports the problem
        }
    }

    /** The first statement that needs every cell as a table: a transform, normalize, cluster, or a decoration. */
    private static Optional<Statement> needsGrid(View view) {
        for (Statement st : view.statements()) {
            if (st instanceof dev.hmspec.ast.Transform || st instanceof dev.hmspec.ast.Analysis
                    || st instanceof dev.hmspec.ast.Decoration) return Optional.of(st);
        }
        return Optional.empty();
    }

    private static boolean orientationOk(View view, CsvShape shape) {
        return field(view, Channel.X).equals(shape.columnsField()) && field(view, Channel.Y).equals(shape.rowsField())
                && field(view, Channel.COLOR).equals(shape.valueField());
    }

    private static String field(View view, Channel c) {
        for (Statement.Encoding e : view.all(Statement.Encoding.class)) if (e.channel() == c) return e.field().field().text();
        return "";
    }

    /** A short stable id from the data's name and shape. */
    private static String id(String name, CsvShape s) {
        CRC32 crc = new CRC32();
        crc.update((name + "|" + s.rows() + "x" + s.columns() + "|csv").getBytes(StandardCharsets.UTF_8));
        return "t" + Long.toHexString(crc.getValue());
    }
}
