package dev.hmspec.data;

import dev.hmspec.ast.DataOption;
import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.Statement;
import dev.hmspec.source.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data stage's entry point: a {@code data} statement → a typed {@link Table}.
 * <pre>
 *   path ─resolve─▶ file ─csv|json─▶ RawData ─matrix|wide─▶ raw columns ─types─▶ Table
 *   inline value ──────────────────▶ RawData ─┘
 * </pre>
 * Every user mistake becomes a {@link Problem}; this class does not throw for bad data.
 */
public final class DataReader {
    private DataReader() {}

    public static Result<Table> read(Statement.Data stmt, Path specDirectory, Path allowedRoot) {
        return read(stmt, specDirectory, allowedRoot, true);
    }

    /** {@code streamMatrices} false: always the general reader (the reference the fast path is tested against). */
    static Result<Table> read(Statement.Data stmt, Path specDirectory, Path allowedRoot, boolean streamMatrices) {
        List<Problem> problems = new ArrayList<>();
        DataOption.Format format = null;
        DataOption.Matrix matrix = null;
        DataOption.Wide wide = null;
        List<DataOption.TypeDecl> typeDecls = new ArrayList<>();
        for (DataOption o : stmt.options()) {
            if (o instanceof DataOption.Format f) format = f;
            else if (o instanceof DataOption.Matrix m) matrix = m;
            else if (o instanceof DataOption.Wide w) wide = w;
            else if (o instanceof DataOption.Types t) typeDecls.addAll(t.types());
        }
        if (matrix != null && wide != null) return Result.failed(DataMessages.conflictingShapes(wide.span()));

        if (stmt.source() instanceof DataSource.Sql sql) {
            return Result.failed(DataMessages.needsEngine("sql", "a database source", sql.span()));
        }
        // Matrix-shaped and all-numeric CSV/TSV stream into one double[]; other files fall through to the general reader.
        if (streamMatrices && stmt.source() instanceof DataSource.File) {
            MatrixTables.Attempt fast = MatrixTables.read(stmt, specDirectory, allowedRoot);
            if (fast.table().isPresent()) return fast.table().get();
        }
        String data = stmt.source() instanceof DataSource.File f ? f.path() : InlineSource.NAME;
        Span span = stmt.source().span();
        Result<RawData> raw = stmt.source() instanceof DataSource.File f
                ? readFile(f, format, matrix != null, specDirectory, allowedRoot)
                : InlineSource.read(((DataSource.Inline) stmt.source()).value(), span);
        problems.addAll(raw.problems());
        if (!raw.ok()) return Result.failed(problems);

        Result<RawData.Columns> shaped;
        if (matrix != null || raw.value() instanceof RawData.Grid) shaped = Shapes.matrix(raw.value(), data, span);
        else if (wide != null) shaped = Shapes.wide((RawData.Columns) raw.value(), wide, data);
        else shaped = Result.ok((RawData.Columns) raw.value());
        problems.addAll(shaped.problems());
        if (!shaped.ok()) return Result.failed(problems);

        Map<String, ColumnTyper.Declared> declared = declarations(typeDecls, shaped.value().names(), data, problems);
        List<Column> columns = new ArrayList<>();
        for (RawColumn c : shaped.value().columns()) {
            columns.add(ColumnTyper.type(c, declared.get(c.name), data, span, problems));
        }
        if (problems.stream().anyMatch(Problem::isError)) return Result.failed(problems);
        if (shaped.value().rows() == 0 && problems.isEmpty()) problems.add(DataMessages.noRows(data, span));
        return Result.of(new Table(columns, shaped.value().rows()), problems);
    }

    private static Result<RawData> readFile(DataSource.File f, DataOption.Format option, boolean grid, Path specDirectory,
                                            Path allowedRoot) {
        boolean glob = DataPaths.isGlob(f.path());
        if (!glob) {
            Result<Path> path = DataPaths.resolve(f.path(), specDirectory, allowedRoot, f.span());
            if (!path.ok()) return Result.failed(path.problems());
        }
        Optional<DataFormat> format;
        if (option != null) {
            format = DataFormat.parse(option.format().text());
            if (format.isEmpty()) return Result.failed(DataMessages.unknownFormat(option.format().text(), option.format().span()));
        } else {
            format = DataFormat.fromPath(f.path());
            if (format.isEmpty()) return Result.failed(DataMessages.cannotGuessFormat(f.path(), f.span()));
        }
        // Parquet and globs are scanned by DuckDB (module hmspec-duckdb); the JVM readers do not parse them.
        if (format.get() == DataFormat.PARQUET || glob) {
            return Result.failed(DataMessages.needsEngine(f.path(), format.get() == DataFormat.PARQUET ? "Parquet" : "a glob", f.span()));
        }
        Path file = DataPaths.resolve(f.path(), specDirectory, allowedRoot, f.span()).value();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Result.failed(DataMessages.cannotReadFile(f.path(), String.valueOf(e.getMessage()), f.span()));
        }
        if (format.get() == DataFormat.JSON) return JsonSource.read(bytes, f.path(), f.span());
        return CsvSource.read(bytes, format.get() == DataFormat.TSV ? '\t' : ',', grid, f.path(), f.span());
    }

    /** `types` entries by field; unknown fields, type names and bad patterns are problems. */
    private static Map<String, ColumnTyper.Declared> declarations(List<DataOption.TypeDecl> decls, List<String> names,
                                                                  String data, List<Problem> problems) {
        Map<String, ColumnTyper.Declared> out = new LinkedHashMap<>();
        for (DataOption.TypeDecl d : decls) {
            Optional<FieldType> type = FieldTypes.parse(d.type().text());
            if (type.isEmpty()) { problems.add(DataMessages.unknownType(d.type().text(), d.type().span())); continue; }
            if (!names.contains(d.field().text())) {
                problems.add(DataMessages.unknownTypedField(data, d.field().text(), names, d.field().span()));
                continue;
            }
            java.time.format.DateTimeFormatter formatter = null;
            if (d.pattern().isPresent()) {
                try {
                    formatter = Temporals.formatter(d.pattern().get());
                } catch (IllegalArgumentException e) {
                    problems.add(DataMessages.badPattern(d.pattern().get(), e.getMessage(), d.span()));
                    continue;
                }
            }
            out.put(d.field().text(), new ColumnTyper.Declared(type.get(), formatter, d.span()));
        }
        return out;
    }
}
