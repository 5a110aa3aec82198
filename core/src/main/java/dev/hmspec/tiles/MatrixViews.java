package dev.hmspec.tiles;

import dev.hmspec.CompileOptions;
import dev.hmspec.ast.Channel;
import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.bind.BoundView;
import dev.hmspec.data.Column;
import dev.hmspec.data.DataPaths;
import dev.hmspec.data.NumberColumn;
import dev.hmspec.data.Result;
import dev.hmspec.data.StringColumn;
import dev.hmspec.data.Table;
import dev.hmspec.data.npy.NpyFormatException;
import dev.hmspec.data.npy.NpyHeader;
import dev.hmspec.data.npy.NpyReader;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Stage "bind" for a view whose data is a {@code .npy} matrix: {@code data "m.npy"} gives the
 * fields {@code row}, {@code column} and {@code value}; keys are 0 … n-1, or the lines of
 * {@code m.rows.txt} / {@code m.columns.txt} beside the file when they exist. A matrix of at most
 * {@link TilePolicy#threshold} cells becomes a table as any data does; a larger one is read once
 * into a {@link Pyramid} (tiles in a temporary folder the HTML render moves beside the page) and
 * its table is empty: the compiler draws it from the pyramid.
 */
public final class MatrixViews {
    private MatrixViews() {}

    public static final List<String> FIELDS = List.of("row", "column", "value");

    /** Whether this view's data is a .npy file (this class binds it instead of the engines). */
    public static boolean applies(View view) {
        Optional<Statement.Data> data = view.last(Statement.Data.class);
        return data.isPresent() && data.get().source() instanceof DataSource.File f
                && (f.path().toLowerCase(Locale.ROOT).endsWith(".npy") || f.path().toLowerCase(Locale.ROOT).endsWith(".npz"));
    }

    public static Optional<BoundView> bind(SourceFile f, View view, CompileOptions options, List<Diagnostic> out) {
        Statement.Data data = view.last(Statement.Data.class).orElseThrow();
        DataSource.File source = (DataSource.File) data.source();
        String name = source.path();
        if (!view.transforms().isEmpty()) {
            out.add(TileMessages.transformsOnMatrix(f, view.transforms().get(0).span(), name));
            return Optional.empty();
        }
        Path root = options.allowAnyDataPath() ? null : options.dataRoot().orElse(f.directory());
        Result<Path> resolved = DataPaths.resolve(name, f.directory(), root, source.span());
        if (!resolved.ok()) {
            resolved.problems().forEach(p -> out.add(Messages.fromData(f, p)));
            return Optional.empty();
        }
        Path file = resolved.value();
        NpyHeader header;
        try {
            header = NpyReader.header(file);
        } catch (NpyFormatException e) {
            out.add(TileMessages.badNpy(f, source.span(), name, e));
            return Optional.empty();
        } catch (IOException e) {
            out.add(TileMessages.cannotRead(f, source.span(), name, String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        Optional<List<String>> rowLabels = labels(f, source, file, "rows", header.rows(), out);
        Optional<List<String>> colLabels = labels(f, source, file, "columns", header.columns(), out);
        if (rowLabels == null || colLabels == null) return Optional.empty();
        Map<Channel, Statement.Encoding> encodings = new EnumMap<>(Channel.class);
        boolean ok = true;
        for (Statement.Encoding e : view.all(Statement.Encoding.class)) {
            encodings.put(e.channel(), e);
            for (Statement.ChannelField cf : e.fields()) {
                if (!FIELDS.contains(cf.field().text())) {
                    out.add(Messages.unknownField(f, cf.field().span(), cf.field().text(), name, FIELDS));
                    ok = false;
                }
            }
        }
        if (!ok) return Optional.empty();
        boolean tiled = TilePolicy.tiled(view, header.cells());
        try {
            if (!tiled) return Optional.of(new BoundView(view, table(file, rowLabels, colLabels), encodings));
            if (!orientationOk(encodings)) {
                out.add(TileMessages.orientation(f, encodings.get(Channel.X).span()));
                return Optional.empty();
            }
            Pyramid pyramid = pyramid(file, TileFolder.id(name, header), header, options.tileOutputs());
            TiledMatrix matrix = new TiledMatrix(pyramid, colLabels.orElseGet(() -> numbers(header.columns())),
                    rowLabels.orElseGet(() -> numbers(header.rows())), colLabels.isEmpty() && rowLabels.isEmpty());
            Table empty = new Table(List.of(new NumberColumn("row", new double[0]), new NumberColumn("column", new double[0]),
                    new NumberColumn("value", new double[0])), 0);
            return Optional.of(new BoundView(view, empty, encodings, matrix));
        } catch (NpyFormatException e) {
            out.add(TileMessages.badNpy(f, source.span(), name, e));
        } catch (IOException e) {
            out.add(TileMessages.cannotRead(f, source.span(), name, String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    /** The pyramid the outputs need: tiles written (a page), built in memory (SVG/PNG), or only sized (check). */
    private static Pyramid pyramid(Path file, String id, NpyHeader header, TileOutputs outputs)
            throws IOException, NpyFormatException {
        if (outputs == TileOutputs.PLAN) {
            return PyramidBuilder.plan((int) header.columns(), (int) header.rows(), id, !header.dtype().exactInFloat32());
        }
        try (NpyReader reader = NpyReader.open(file)) {
            return PyramidBuilder.build(reader, id, outputs == TileOutputs.PAGE ? TileFolder.spill() : null);
        }
    }

    private static boolean orientationOk(Map<Channel, Statement.Encoding> e) {
        return field(e, Channel.X).equals("column") && field(e, Channel.Y).equals("row") && field(e, Channel.COLOR).equals("value");
    }

    private static String field(Map<Channel, Statement.Encoding> e, Channel c) {
        return e.containsKey(c) ? e.get(c).field().field().text() : "";
    }

    /** The whole matrix as a long table: one row per cell, in row-major order. */
    private static Table table(Path file, Optional<List<String>> rowLabels, Optional<List<String>> colLabels)
            throws IOException, NpyFormatException {
        try (NpyReader r = NpyReader.open(file)) {
            int rows = r.rows(), cols = r.columns(), n = Math.multiplyExact(rows, cols);
            double[] values = new double[n], rowNum = new double[n], colNum = new double[n];
            double[] line = new double[cols];
            for (int y = 0; y < rows; y++) {
                r.readRow(line);
                System.arraycopy(line, 0, values, y * cols, cols);
                for (int x = 0; x < cols; x++) { rowNum[y * cols + x] = y; colNum[y * cols + x] = x; }
            }
            List<Column> columns = new ArrayList<>();
            columns.add(keyColumn("row", rowNum, rowLabels));
            columns.add(keyColumn("column", colNum, colLabels));
            columns.add(new NumberColumn("value", values));
            return new Table(columns, n);
        }
    }

    private static Column keyColumn(String name, double[] index, Optional<List<String>> labels) {
        if (labels.isEmpty()) return new NumberColumn(name, index);
        String[] text = new String[index.length];
        for (int i = 0; i < index.length; i++) text[i] = labels.get().get((int) index[i]);
        return new StringColumn(name, text);
    }

    static List<String> numbers(long n) {
        List<String> out = new ArrayList<>((int) n);
        for (int i = 0; i < n; i++) out.add(Integer.toString(i));
        return out;
    }

    /** The sidecar labels {@code m.<axis>.txt}, if present; null after reporting a problem. */
    private static Optional<List<String>> labels(SourceFile f, DataSource.File source, Path npy, String axis, long expected,
                                                 List<Diagnostic> out) {
        String base = npy.getFileName().toString();
        Path side = npy.resolveSibling(base.substring(0, base.length() - 4) + "." + axis + ".txt");
        if (!Files.isRegularFile(side)) return Optional.empty();
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(side, StandardCharsets.UTF_8));
            if (lines.size() == expected + 1 && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
            if (lines.size() != expected) {
                out.add(TileMessages.labelCount(f, source.span(), side.getFileName().toString(), lines.size(), expected, axis));
                return null;
            }
            return Optional.of(lines);
        } catch (IOException e) {
            out.add(TileMessages.cannotRead(f, source.span(), side.getFileName().toString(), String.valueOf(e.getMessage())));
            return null;
        }
    }
}
