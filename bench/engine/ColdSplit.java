import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Where a cold JVM's first DuckDB use goes: loading the driver class (which unpacks its native
 * library, ~60 MB, to java.io.tmpdir and loads it) and opening an in-memory database. Run it in a
 * fresh JVM each time:
 *   java -cp hmspec.jar bench/engine/ColdSplit.java
 * Prints "jvm-to-main=ms driver-load=ms connect=ms unpacked=MB" (jvm-to-main includes the source
 * launcher compiling this file; `hmspec --version` in engine-bench.sh times the JVM start itself).
 */
public class ColdSplit {
    public static void main(String[] a) throws Exception {
        long start = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long main = System.currentTimeMillis() - start;
        long t0 = System.nanoTime();
        Class.forName("org.duckdb.DuckDBNative", true, ColdSplit.class.getClassLoader());
        long t1 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            long t2 = System.nanoTime();
            long mb = 0;
            try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                mb = s.filter(p -> p.getFileName().toString().startsWith("libduckdb_java")).mapToLong(p -> p.toFile().length()).max().orElse(0) >> 20;
            }
            System.out.printf(Locale.ROOT, "jvm-to-main=%d driver-load=%.0f connect=%.0f unpacked=%dMB%n", main, (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6, mb);
        }
    }
}
