package dev.hmspec.duckdb;

import dev.hmspec.data.FieldType;
import dev.hmspec.data.TypeGrammar;
import dev.hmspec.sql.Relation;
import dev.hmspec.sql.SqlColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Types CSV columns inside DuckDB with hmspec's own rules: DuckDB reads every cell as text, one
 * aggregate pass counts per column the non-null cells and those matching the number, boolean and
 * date grammars of {@link TypeGrammar} (the patterns the Java typer's parsers are tested against),
 * and the typed relation casts each column accordingly. Whenever the data is irregular (a bad
 * value in a declared type, a mostly-numeric column that warns, zone offsets, a cell the regular
 * expressions accept but DuckDB cannot convert) this returns empty and the caller reads the file in
 * memory, where the reference typer gives the exact diagnostics (file, row, field).
 */
final class CsvTyping {
    private CsvTyping() {}

    /** A declared type: {@code pattern} is a strftime pattern or null. */
    record Declared(FieldType type, String pattern) {}

    private static final String[] AUTO_FORMATS = {"%Y-%m-%d", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S",
            "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S.%f", "%Y-%m-%d %H:%M:%S.%f"};

    static String q(String id) { return '"' + id.replace("\"", "\"\"") + '"'; }

    private static String lit(String s) { return DuckDbDatabases.literal(s); }

    private static String nullToken(String c) {
        StringBuilder b = new StringBuilder("(" + c + " IS NULL OR " + c + " IN (");
        for (int i = 0; i < TypeGrammar.NULL_TOKENS.length; i++) b.append(i == 0 ? "" : ", ").append(lit(TypeGrammar.NULL_TOKENS[i]));
        return b.append("))").toString();
    }

    private static String numberOk(String c) {
        return "(regexp_full_match(" + c + ", " + lit(TypeGrammar.NUMBER) + ") AND TRY_CAST(trim(" + c + ", ' ') AS DOUBLE) IS NOT NULL)";
    }

    private static String autoTime(String c) {
        StringBuilder b = new StringBuilder("try_strptime(replace(" + c + ", '/', '-'), [");
        for (int i = 0; i < AUTO_FORMATS.length; i++) b.append(i == 0 ? "" : ", ").append(lit(AUTO_FORMATS[i]));
        return b.append("])").toString();
    }

    /** DuckDB's strptime for one of our strftime patterns (%e, a space-padded day, is %-d there). */
    private static String patternTime(String c, String pattern) {
        return "try_strptime(trim(" + c + ", ' '), " + lit(pattern.replace("%e", "%-d")) + ")";
    }

    private static String convert(String c, FieldType type, String pattern) {
        return switch (type) {
            case NUMBER -> "CASE WHEN " + nullToken(c) + " THEN NULL ELSE TRY_CAST(trim(" + c + ", ' ') AS DOUBLE) END";
            case BOOLEAN -> "CASE WHEN lower(" + c + ") = 'true' THEN TRUE WHEN lower(" + c + ") = 'false' THEN FALSE END";
            case TEMPORAL -> "CASE WHEN " + nullToken(c) + " THEN NULL ELSE CAST("
                    + (pattern == null ? autoTime(c) : patternTime(c, pattern)) + " AS TIMESTAMP) END";
            default -> "CASE WHEN " + nullToken(c) + " THEN NULL ELSE " + c + " END";
        };
    }

    /**
     * The typed relation over {@code raw} (text columns {@code names} plus the row column), or empty
     * when the memory reader must decide. {@code params} are raw's parameters.
     */
    static Optional<Relation> type(Connection conn, String raw, List<Object> params, List<String> names,
                                   Map<String, Declared> declared) throws SQLException {
        StringBuilder sel = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String c = "t." + q(names.get(i));
            String nn = "NOT " + nullToken(c);
            Declared d = declared.get(names.get(i));
            sel.append(i == 0 ? "" : ", ")
                    .append("COUNT(*) FILTER (WHERE ").append(nn).append("), ")
                    .append("COUNT(*) FILTER (WHERE regexp_full_match(").append(c).append(", ").append(lit(TypeGrammar.NUMBER)).append(")), ")
                    .append("COUNT(*) FILTER (WHERE ").append(numberOk(c)).append("), ")
                    .append("COUNT(*) FILTER (WHERE ").append(c).append(" IN ('true', 'false')), ")
                    .append("COUNT(*) FILTER (WHERE regexp_full_match(").append(c).append(", ").append(lit(TypeGrammar.TEMPORAL)).append(")), ")
                    .append("COUNT(*) FILTER (WHERE regexp_full_match(").append(c).append(", ").append(lit(TypeGrammar.TEMPORAL))
                    .append(") AND ").append(autoTime(c)).append(" IS NOT NULL), ")
                    .append("COUNT(*) FILTER (WHERE regexp_full_match(").append(c).append(", ")
                    .append(lit(TypeGrammar.TEMPORAL_WITH_OFFSET)).append(")), ");
            String bad = d == null ? "FALSE" : nn + " AND (" + convert(c, d.type(), d.pattern()) + ") IS NULL";
            sel.append("COUNT(*) FILTER (WHERE ").append(bad).append(")");
        }
        List<SqlColumn> cols = new ArrayList<>();
        StringBuilder typed = new StringBuilder();
        try (PreparedStatement ps = conn.prepareStatement("SELECT " + sel + " FROM (" + raw + ") AS t")) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (int i = 0; i < names.size(); i++) {
                    int at = i * 8 + 1;
                    long nn = rs.getLong(at), num = rs.getLong(at + 1), numOk = rs.getLong(at + 2), bools = rs.getLong(at + 3),
                            times = rs.getLong(at + 4), timesOk = rs.getLong(at + 5), offsets = rs.getLong(at + 6), bad = rs.getLong(at + 7);
                    Declared d = declared.get(names.get(i));
                    FieldType type;
                    String pattern = null;
                    if (offsets > 0 || num != numOk || times != timesOk || bad > 0) return Optional.empty();
                    if (d != null) { type = d.type(); pattern = d.pattern(); }
                    else if (nn == 0 || num == nn) type = FieldType.NUMBER;
                    else if (bools == nn) type = FieldType.BOOLEAN;
                    else if (times == nn) type = FieldType.TEMPORAL;
                    else if (num >= 0.9 * nn) return Optional.empty(); // the memory typer warns about the strays
                    else type = FieldType.STRING;
                    cols.add(new SqlColumn(names.get(i), type));
                    typed.append(convert("t." + q(names.get(i)), type, pattern)).append(" AS ").append(q(names.get(i))).append(", ");
                }
            }
        }
        typed.append("t.").append(Relation.ROW);
        return Optional.of(new Relation("SELECT " + typed + " FROM (" + raw + ") AS t", params, cols));
    }
}
