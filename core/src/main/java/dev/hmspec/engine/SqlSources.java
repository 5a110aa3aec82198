package dev.hmspec.engine;

import dev.hmspec.ast.DataSource;
import dev.hmspec.data.FieldType;
import dev.hmspec.sql.Dialect;
import dev.hmspec.sql.Relation;
import dev.hmspec.sql.SqlColumn;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code data sql} source → the typed base relation: the user's query (or the quoted table)
 * wrapped so that each column has one of hmspec's four types, NaN is null as in memory, and the
 * hidden row column records the database's row order.
 */
public final class SqlSources {
    private SqlSources() {}

    /** The user's SELECT, or {@code SELECT * FROM "schema"."table"} with each part quoted. */
    public static String query(DataSource.Sql s, Dialect d) {
        if (!s.table()) return s.relation().value();
        StringBuilder b = new StringBuilder("SELECT * FROM ");
        String[] parts = s.relation().value().split("\\.", -1);
        for (int i = 0; i < parts.length; i++) b.append(i == 0 ? "" : ".").append(d.quote(parts[i]));
        return b.toString();
    }

    public static Relation typed(Connection conn, String query, Dialect d) throws SQLException {
        List<SqlColumn> cols = new ArrayList<>();
        List<String> jdbcNames = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT * FROM (" + query + ") AS q WHERE 1 = 0");
             ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                cols.add(new SqlColumn(md.getColumnLabel(i), typeOf(md.getColumnType(i))));
                jdbcNames.add(md.getColumnLabel(i));
            }
        }
        return typed(query, cols, d);
    }

    /** Wraps {@code query}, whose columns have the given types, casting each to its hmspec type. */
    public static Relation typed(String query, List<SqlColumn> cols, Dialect d) {
        return typed(query, cols, d, "ROW_NUMBER() OVER ()");
    }

    /** The same with the row order taken from {@code rowExpr} (e.g. a file row number that scans in parallel). */
    public static Relation typed(String query, List<SqlColumn> cols, Dialect d, String rowExpr) {
        StringBuilder sel = new StringBuilder();
        for (SqlColumn c : cols) {
            String ref = "q." + d.quote(c.name());
            String expr = switch (c.type()) {
                case NUMBER -> "NULLIF(CAST(" + ref + " AS " + d.doubleType() + "), CAST('NaN' AS " + d.doubleType() + "))";
                case TEMPORAL -> "CAST(" + ref + " AS TIMESTAMP)";
                case BOOLEAN -> "CAST(" + ref + " AS BOOLEAN)";
                default -> "CAST(" + ref + " AS VARCHAR)";
            };
            sel.append(expr).append(" AS ").append(d.quote(c.name())).append(", ");
        }
        sel.append(rowExpr).append(" AS ").append(Relation.ROW);
        return new Relation("SELECT " + sel + " FROM (" + query + ") AS q", List.of(), cols);
    }

    /** JDBC types → hmspec field types; anything unusual is shown as text. */
    public static FieldType typeOf(int jdbcType) {
        switch (jdbcType) {
            case Types.TINYINT: case Types.SMALLINT: case Types.INTEGER: case Types.BIGINT: case Types.FLOAT:
            case Types.REAL: case Types.DOUBLE: case Types.NUMERIC: case Types.DECIMAL:
                return FieldType.NUMBER;
            case Types.BOOLEAN: case Types.BIT:
                return FieldType.BOOLEAN;
            case Types.DATE: case Types.TIMESTAMP: case Types.TIMESTAMP_WITH_TIMEZONE:
                return FieldType.TEMPORAL;
            default:
                return FieldType.STRING;
        }
    }

    /** Table and view names the database shows, for did-you-mean on an unknown table. */
    public static List<String> tableNames(Connection conn) {
        List<String> out = new ArrayList<>();
        try {
            DatabaseMetaData md = conn.getMetaData();
            try (ResultSet rs = md.getTables(null, null, "%", new String[] {"TABLE", "VIEW", "BASE TABLE"})) {
                while (rs.next() && out.size() < 10_000) out.add(rs.getString("TABLE_NAME"));
            }
        } catch (SQLException | RuntimeException e) {
            // Suggestions are a courtesy; without metadata the database's message still explains.
        }
        return out;
    }
}
