package dev.hmspec.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database opened ahead of time is taken by the first connect and locked down like any other. */
class DuckDbPrewarmTest {
    @TempDir Path root;

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test void theSpareIsTakenOnceAndConfiguredBeforeUse() throws Exception {
        DuckDbDatabases.resetSpare();
        new DuckDbEngine().prepare();
        assertTrue(DuckDbDatabases.spareWaiting(), "prepare opens a database ahead of time");
        try (Connection c = DuckDbDatabases.connect(root, root)) {
            assertFalse(DuckDbDatabases.spareWaiting(), "the first connect takes it");
            assertEquals("false", setting(c, "enable_external_access"));
            assertEquals("false", setting(c, "autoload_known_extensions"));
            try (Statement st = c.createStatement()) {
                // Locked: no spec SQL can undo the sandbox, spare or not.
                assertThrows(SQLException.class, () -> st.execute("SET enable_external_access = true"));
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 40 + 2")) {
                rs.next();
                assertEquals(42, rs.getInt(1));
            }
        }
        // Later databases open as before, and a second prepare does not start another spare.
        new DuckDbEngine().prepare();
        assertFalse(DuckDbDatabases.spareWaiting());
        try (Connection c = DuckDbDatabases.connect(root.resolve("other"), root)) {
            assertEquals("false", setting(c, "enable_external_access"));
        }
    }
}
