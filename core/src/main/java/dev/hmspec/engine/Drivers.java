package dev.hmspec.engine;

import java.util.Locale;
import java.util.Map;

/** The Maven artifact that brings the JDBC driver for a URL, for the "missing driver" message. */
final class Drivers {
    private Drivers() {}

    private static final Map<String, String> ARTIFACTS = Map.of(
            "postgresql", "org.postgresql:postgresql",
            "duckdb", "org.duckdb:duckdb_jdbc",
            "mysql", "com.mysql:mysql-connector-j",
            "mariadb", "org.mariadb.jdbc:mariadb-java-client",
            "sqlserver", "com.microsoft.sqlserver:mssql-jdbc",
            "oracle", "com.oracle.database.jdbc:ojdbc11",
            "trino", "io.trino:trino-jdbc",
            "clickhouse", "com.clickhouse:clickhouse-jdbc",
            "snowflake", "net.snowflake:snowflake-jdbc",
            "sqlite", "org.xerial:sqlite-jdbc");

    /** The artifact for {@code jdbc:<sub>:…}, or null for a database we do not know. */
    static String artifact(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (!u.startsWith("jdbc:")) return null;
        int end = u.indexOf(':', 5);
        String sub = end < 0 ? u.substring(5) : u.substring(5, end);
        return ARTIFACTS.get(sub);
    }
}
