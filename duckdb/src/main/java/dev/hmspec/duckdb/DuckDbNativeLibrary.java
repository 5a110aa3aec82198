package dev.hmspec.duckdb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Where DuckDB's JNI library comes from. The driver jar carries one per platform and, when it
 * finds this machine's inside its jar, copies it (60 MB) to a temp file on every start; when it
 * does not, it loads the file of that name beside its jar, in place. The CLI's jar ships the
 * libraries beside it (cli/pom.xml) for that second way: half a second less per run. A jar
 * moved without them would make the driver print a stack trace and fail; this check fails first,
 * with a message that says what to do.
 */
final class DuckDbNativeLibrary {
    private DuckDbNativeLibrary() {}

    /** The driver's own name for this platform's library, as {@code org.duckdb.DuckDBNative} derives it. */
    static String fileName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osPart = os.contains("win") ? "windows" : os.contains("mac") || os.contains("darwin") ? "osx" : "linux";
        String archPart = osPart.equals("osx") ? "universal"
                : arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "amd64";
        return "libduckdb_java.so_" + osPart + "_" + archPart;
    }

    /** Throws when neither the driver's jar nor its folder holds this platform's library. */
    static void requireAvailable() throws SQLException {
        Class<?> driver = org.duckdb.DuckDBDriver.class; // loading the driver class does not load the library
        String name = fileName();
        if (driver.getResource("/" + name) != null) return;
        Path folder;
        try {
            folder = Path.of(driver.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (Exception e) {
            return; // an unusual class path: let the driver look for itself
        }
        if (folder == null || Files.exists(folder.resolve(name))) return;
        throw new SQLException(DuckDbMessages.nativeLibraryMissing(name, folder));
    }
}
