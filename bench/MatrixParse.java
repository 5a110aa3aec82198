import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.hmspec.data.matrix.MatrixCsvReader;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The wide CSV into one double[] two ways, alternating in one JVM, median of RUNS after one warm-up each:
 * hmspec's byte-level MatrixCsvReader, and Jackson's streaming CsvParser (tokens, Double.parseDouble).
 *   java -cp hmspec.jar bench/MatrixParse.java wide.csv gene RUNS
 */
public class MatrixParse {
    public static void main(String[] a) throws Exception {
        Path file = Path.of(a[0]);
        int runs = Integer.parseInt(a[2]);
        double[] ours = new double[runs], jackson = new double[runs];
        double checkA = 0, checkB = 0;
        for (int i = -1; i < runs; i++) {
            long t0 = System.nanoTime();
            var out = (MatrixCsvReader.Parsed) MatrixCsvReader.read(file, MatrixCsvReader.Options.wide(',', a[1]));
            long t1 = System.nanoTime();
            double[] j = jackson(file);
            long t2 = System.nanoTime();
            if (i >= 0) { ours[i] = (t1 - t0) / 1e6; jackson[i] = (t2 - t1) / 1e6; }
            checkA = out.matrix().values()[out.matrix().values().length - 1];
            checkB = j[j.length - 1];
        }
        Arrays.sort(ours);
        Arrays.sort(jackson);
        System.out.printf(Locale.ROOT, "MatrixCsvReader median %.0f ms, Jackson CsvParser median %.0f ms, ratio %.2f (last cells %s %s)%n",
                ours[runs / 2], jackson[runs / 2], jackson[runs / 2] / ours[runs / 2], checkA, checkB);
    }

    /** Jackson's token stream: the header, then each record's fields, numbers through Double.parseDouble. */
    static double[] jackson(Path file) throws Exception {
        double[] v = new double[1 << 16];
        int n = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             CsvParser p = new CsvFactory().createParser(in)) {
            p.setSchema(CsvSchema.emptySchema());
            boolean header = true;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.START_ARRAY) continue;
                int f = 0;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (!header && f > 0) {
                        if (n == v.length) v = Arrays.copyOf(v, v.length * 2);
                        v[n++] = Double.parseDouble(p.getText());
                    }
                    f++;
                }
                header = false;
            }
        }
        return Arrays.copyOf(v, n);
    }
}
