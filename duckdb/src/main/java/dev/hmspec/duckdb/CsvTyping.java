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

    /**
     * Date-shaped text → timestamp. try_strptime is only reached for cells of the right shape: on
     * other text it costs about 15 µs a cell (measured: 3.1 s for 200,000 cells), the regex 1 µs.
     */
    private static String autoTime(String c) {
        StringBuilder b = new StringBuilder("CASE WHEN regexp_full_match(" + c + ", " + lit(TypeGrammar.TEMPORAL)
                + ") THEN try_strptime(replace(" + c + ", '/', '-'), [");
        for (int i = 0; i < AUTO_FORMATS.length; i++) b.append(i == 0 ? "" : ", ").append(lit(AUTO_FORMATS[i]));
        return b.append("]) END").toString();
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
     * Each cell's kind in one CASE, cheapest test first: null token, boolean, then the first
     * character (numbers and dates start with a digit, sign, dot or space: ASCII 32, 43–57) before
     * any regular expression, so plain text costs one comparison (ltrim with a character set cost
     * 3.5 µs a cell, a regex about 1.5 µs); try_strptime and TRY_CAST only see text of the right
     * shape (on other text they cost about 15 µs a cell). 0 null, 1 number, 2 boolean, 3 date,
     * 4 text, 9 irregular (the regex accepts it but DuckDB cannot convert it, or a zone offset).
     */
    private static String kind(String c) {
        return "CASE WHEN " + nullToken(c) + " THEN 0"
                + " WHEN " + c + " IN ('true', 'false') THEN 2"
                + " WHEN NOT (ascii(" + c + ") BETWEEN 43 AND 57 OR ascii(" + c + ") = 32) THEN 4"
                + " WHEN regexp_full_match(" + c + ", " + lit(TypeGrammar.NUMBER)
                + ") THEN CASE WHEN TRY_CAST(trim(" + c + ", ' ') AS DOUBLE) IS NULL THEN 9 ELSE 1 END"
                + " WHEN regexp_full_match(" + c + ", " + lit(TypeGrammar.TEMPORAL)
                + ") THEN CASE WHEN " + autoTime(c) + " IS NULL THEN 9 ELSE 3 END"
                + " WHEN regexp_full_match(" + c + ", "
                + lit(TypeGrammar.TEMPORAL_WITH_OFFSET) + ") THEN 9"
                + " ELSE 4 END";
    }

    /**
     * The typed relation over {@code raw} (text columns {@code names} plus the row column), or empty
     * when the memory reader must decide. {@code scan} is raw without the row column (typing needs no
     * order, so it stays parallel); {@code params} are the parameters of both.
     */
    static Optional<Relation> type(Connection conn, String scan, String raw, List<Object> params, List<String> names,
                                   Map<String, Declared> declared) throws SQLException {
        StringBuilder kinds = new StringBuilder(), sel = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String c = "t." + q(names.get(i));
            Declared d = declared.get(names.get(i));
            String bad = d == null ? "FALSE" : "NOT " + nullToken(c) + " AND (" + convert(c, d.type(), d.pattern()) + ") IS NULL";
            kinds.append(i == 0 ? "" : ", ").append(kind(c)).append(" AS k").append(i).append(", ").append(bad).append(" AS b").append(i);
            String k = "k" + i;
            sel.append(i == 0 ? "" : ", ")
                    .append("COUNT(*) FILTER (WHERE ").append(k).append(" <> 0), ")
                    .append("COUNT(*) FILTER (WHERE ").append(k).append(" = 1), ")
                    .append("COUNT(*) FILTER (WHERE ").append(k).append(" = 2), ")
                    .append("COUNT(*) FILTER (WHERE ").append(k).append(" = 3), ")
                    .append("COUNT(*) FILTER (WHERE ").append(k).append(" = 9), ")
                    .append("COUNT(*) FILTER (WHERE b").append(i).append(")");
        }
        List<SqlColumn> cols = new ArrayList<>();
        StringBuilder typed = new StringBuilder();
        String sql = "SELECT " + sel + " FROM (SELECT " + kinds + " FROM (" + scan + ") AS t) AS k";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (int i = 0; i < names.size(); i++) {
                    int at = i * 6 + 1;
                    long nn = rs.getLong(at), num = rs.getLong(at + 1), bools = rs.getLong(at + 2), times = rs.getLong(at + 3),
                            irregular = rs.getLong(at + 4), bad = rs.getLong(at + 5);
                    Declared d = declared.get(names.get(i));
                    FieldType type;
                    String pattern = null;
                    if (bad > 0 || (d == null && irregular > 0)) return Optional.empty();
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
        List<Object> twice = new ArrayList<>(params);
        return Optional.of(new Relation("SELECT " + typed + " FROM (" + raw + ") AS t", twice, cols));
    }
}
