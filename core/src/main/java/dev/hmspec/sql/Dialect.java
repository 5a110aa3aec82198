package dev.hmspec.sql;

import java.util.Locale;

/**
 * What differs between the SQL we generate for DuckDB, PostgreSQL and any other JDBC database
 * (ANSI: SQL:2008 syntax only; date parts and names it cannot spell portably stay in memory).
 * Everything here is a fixed fragment of our own; values from specs or data are always bound
 * parameters, identifiers always quoted.
 */
public enum Dialect {
    DUCKDB, POSTGRES, ANSI;

    public static Dialect forUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.startsWith("jdbc:duckdb:")) return DUCKDB;
        if (u.startsWith("jdbc:postgresql:")) return POSTGRES;
        return ANSI;
    }

    /** A double-quoted identifier; embedded quotes doubled, so no name can end the quoting. */
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    public String doubleType() { return this == DUCKDB ? "DOUBLE" : "DOUBLE PRECISION"; }

    /** Instants as epoch milliseconds (BIGINT), or null when the JDBC driver must convert them. */
    public String epochMillis(String e) {
        if (this == DUCKDB) return "epoch_ms(" + e + ")";
        if (this == POSTGRES) return "CAST(FLOOR(EXTRACT(EPOCH FROM " + e + ") * 1000) AS BIGINT)";
        return null;
    }

    /** A date part as a double: hour, minute, isodow (Monday 1), day, month, year, doy; null when unsupported. */
    public String datePart(String part, String e) {
        boolean standard = part.equals("hour") || part.equals("minute") || part.equals("day")
                || part.equals("month") || part.equals("year");
        if (this == ANSI && !standard) return null;
        return "CAST(EXTRACT(" + part.toUpperCase(Locale.ROOT) + " FROM " + e + ") AS " + doubleType() + ")";
    }

    /** English three-letter weekday ("Mon") or month ("Jan") names; null when unsupported. */
    public String shortName(boolean weekday, String e) {
        if (this == DUCKDB) return "strftime(" + e + ", " + (weekday ? "'%a'" : "'%b'") + ")";
        if (this == POSTGRES) return "to_char(" + e + ", " + (weekday ? "'Dy'" : "'Mon'") + ")";
        return null;
    }

    /** Linear-interpolated quantile (R-7, as d3.quantile); {@code q} is one of our constants. */
    public String quantile(double q, String e) {
        if (this == DUCKDB) return "quantile_cont(" + e + ", " + q + ")";
        return "percentile_cont(" + q + ") WITHIN GROUP (ORDER BY " + e + ")";
    }

    /** Suffix that makes string comparison code-unit ordered like Java's compareTo; null when unknown. */
    public String binaryCollation() {
        if (this == DUCKDB) return "";
        if (this == POSTGRES) return " COLLATE \"C\"";
        return null;
    }

    /** Bound parameters need a type in expressions; cast them explicitly. */
    public String param(Object value) {
        if (value instanceof Double) return "CAST(? AS " + doubleType() + ")";
        if (value instanceof Boolean) return "CAST(? AS BOOLEAN)";
        return "CAST(? AS VARCHAR)";
    }
}
