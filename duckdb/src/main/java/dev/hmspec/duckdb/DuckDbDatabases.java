package dev.hmspec.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBConnection;

/**
 * One in-process DuckDB database per (data root, spec folder), opened once per JVM (connecting
 * costs 0.4–0.8 s) and locked down before any spec SQL runs: no extension install or autoload,
 * no file access outside the data root ({@code enable_external_access = false} +
 * {@code allowed_directories}), spill files in our own temp folder (DuckDB's default is ./.tmp),
 * bounded memory and threads, UTC, and {@code lock_configuration} so no query can undo any of it.
 *
 * <p>Limits: {@code -Dhmspec.duckdb.memoryLimit} (default 1GB) and {@code -Dhmspec.duckdb.threads}
 * (default: available processors), or env HMSPEC_DUCKDB_MEMORY_LIMIT / HMSPEC_DUCKDB_THREADS.
 */
final class DuckDbDatabases {
    private DuckDbDatabases() {}

    private static final Map<String, DuckDBConnection> OPEN = new ConcurrentHashMap<>();

    /** An in-memory database opened ahead of time ({@link #prewarm}), not yet configured; taken by the first open. */
    private static final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<DuckDBConnection>> SPARE =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Opens one in-memory database on the calling thread and keeps it for the first {@link #connect}
     * (starting DuckDB costs ~0.3 s, which a CLI run would otherwise wait for after parsing). It is
     * configured and locked down by {@link #open} like any other before a spec's SQL runs.
     */
    static void prewarm() {
        var mine = new java.util.concurrent.CompletableFuture<DuckDBConnection>();
        if (!SPARE.compareAndSet(null, mine)) return;
        try {
            DuckDbNativeLibrary.requireAvailable();
            mine.complete((DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:"));
        } catch (SQLException | RuntimeException e) {
            mine.completeExceptionally(e);
        }
    }

    /** Whether a prewarmed database is waiting to be taken (tests). */
    static boolean spareWaiting() {
        var spare = SPARE.get();
        return spare != null && !spare.isCompletedExceptionally();
    }

    /** Forgets any spare, so a test can prewarm again; its connection, if any, is closed. */
    static void resetSpare() {
        var old = SPARE.getAndSet(null);
        if (old != null && old.isDone() && !old.isCompletedExceptionally()) {
            try { old.join().close(); } catch (SQLException | RuntimeException e) { /* test helper */ }
        }
    }

    /** The prewarmed database if one was started (waiting for it if it is still starting), else a new one. */
    private static DuckDBConnection rawConnection() throws SQLException {
        var spare = SPARE.getAndSet(java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("taken")));
        if (spare != null) {
            try {
                return spare.join();
            } catch (RuntimeException e) {
                // Not started or failed: open one here, which reports any real problem.
            }
        }
        DuckDbNativeLibrary.requireAvailable();
        return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
    }

    static String setting(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) v = System.getenv(env);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    /** A new connection to the database for {@code root} (null: no file sandbox) and {@code searchPath}. */
    static Connection connect(Path root, Path searchPath) throws SQLException {
        String key = root + "\u0000" + searchPath;
        synchronized (OPEN) {
            DuckDBConnection db = OPEN.get(key);
            if (db == null) {
                db = open(root, searchPath);
                OPEN.put(key, db);
            }
            return db.duplicate();
        }
    }

    private static DuckDBConnection open(Path root, Path searchPath) throws SQLException {
        Path temp;
        try {
            temp = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "hmspec-duckdb"));
        } catch (IOException e) {
            throw new SQLException("cannot create DuckDB's temp folder: " + e.getMessage(), e);
        }
        DuckDBConnection c = rawConnection();
        String threads = setting("hmspec.duckdb.threads", "HMSPEC_DUCKDB_THREADS",
                String.valueOf(Runtime.getRuntime().availableProcessors()));
        try (Statement st = c.createStatement()) {
            // SET takes no bound parameters: the values are ours or validated, and quoted as SQL literals.
            st.execute("SET autoinstall_known_extensions = false");
            st.execute("SET autoload_known_extensions = false");
            st.execute("SET temp_directory = " + literal(temp.toString()));
            st.execute("SET memory_limit = " + literal(setting("hmspec.duckdb.memoryLimit", "HMSPEC_DUCKDB_MEMORY_LIMIT", "1GB")));
            st.execute("SET threads = " + Integer.parseInt(threads));
            st.execute("SET TimeZone = 'UTC'");
            if (searchPath != null) st.execute("SET file_search_path = " + literal(searchPath.toString()));
            if (root != null) {
                String dir = root.toAbsolutePath().normalize().toString();
                st.execute("SET allowed_directories = [" + literal(dir.endsWith("/") ? dir : dir + "/") + ", "
                        + literal(temp + "/") + "]");
                st.execute("SET enable_external_access = false");
            }
            st.execute("SET lock_configuration = true");
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** A SQL string literal, quotes doubled. Only for SET values and our own constants, never spec values. */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
