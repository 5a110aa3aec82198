package dev.hmspec.duckdb;

import dev.hmspec.ast.DataOption;
import dev.hmspec.sql.Relation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A wide CSV ({@code wide rows gene columns sample}) unpivoted inside DuckDB from its lines:
 * DuckDB's CSV reader binds one column per header field, which for 10,000 columns took 49 s
 * before reading a row here, while splitting each line is one vectorised string_split (2.3 s
 * for the whole 1000 × 10,000 file). Lines with a quote character, ragged lines or repeated
 * header names go to the memory reader, which parses quotes and reports the rest.
 */
final class WideLines {
    private WideLines() {}

    /** The long relation's FROM clause (no parameters) and its three text columns. */
    record Shape(String sql, List<String> names) {}

    /** The path is quoted as a literal, not bound: the long form repeats the scan, and DuckDB does not mix $n with ?. */
    private static String lines(String path) {
        // One VARCHAR per line: a delimiter that cannot occur (four characters), no quoting.
        return "(SELECT rtrim(line, chr(13)) AS line, ROW_NUMBER() OVER () AS ln FROM read_csv(" + DuckDbDatabases.literal(path) + ", columns = {'line': 'VARCHAR'},"
                + " delim = '\\x01', header = false, quote = '', escape = '', auto_detect = false) WHERE line IS NOT NULL AND line <> '')";
    }

    static Optional<Shape> shape(Connection c, String path, String delim, DataOption.Wide wide) throws SQLException {
        if (!delim.equals(",") && !delim.equals("\t")) return Optional.empty();
        String sep = delim.equals(",") ? "','" : "chr(9)";
        List<String> header = new ArrayList<>();
        long width = -1;
        boolean irregular;
        String check = "SELECT (SELECT string_split(ltrim(line, chr(65279)), " + sep + ") FROM " + lines(path) + " AS l WHERE ln = 1),"
                + " (SELECT count(*) FROM " + lines(path) + " AS l WHERE contains(line, '\"')"
                + " OR len(string_split(line, " + sep + ")) <> (SELECT len(string_split(line, " + sep + ")) FROM " + lines(path)
                + " AS h WHERE ln = 1))";
        try (PreparedStatement ps = c.prepareStatement(check)) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Object[] h = rs.getArray(1) == null ? new Object[0] : (Object[]) rs.getArray(1).getArray();
                for (Object o : h) header.add(String.valueOf(o));
                irregular = rs.getLong(2) > 0;
            }
        }
        String rows = wide.rowsField().text();
        int k = header.indexOf(rows) + 1;
        if (irregular || k == 0 || new HashSet<>(header).size() != header.size()) return Optional.empty();
        width = header.size();
        String cols = wide.columnsName().map(n -> n.text()).orElse("column");
        String value = wide.valueName().map(n -> n.text()).orElse("value");
        // Row-major like the memory reader: line by line, then column by column; the row number is exact.
        String sql = "(SELECT p[" + k + "] AS " + CsvTyping.q(rows) + ", h[i] AS " + CsvTyping.q(cols) + ", p[i] AS " + CsvTyping.q(value)
                + ", ln * " + (width + 1) + " + i AS " + Relation.ROW
                + " FROM (SELECT ln, p, h, unnest(range(1, " + (width + 1) + ")) AS i FROM (SELECT ln, string_split(line, " + sep
                + ") AS p, (SELECT string_split(ltrim(line, chr(65279)), " + sep + ") FROM " + lines(path)
                + " AS hl WHERE ln = 1) AS h FROM " + lines(path) + " AS l WHERE ln > 1)) WHERE i <> " + k + ")";
        return Optional.of(new Shape(sql, List.of(rows, cols, value)));
    }
}
