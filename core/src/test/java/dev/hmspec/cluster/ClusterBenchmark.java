package dev.hmspec.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark (not a test): clusters a rows × cols grid read from a CSV without header (the file
 * bench/cluster.sh also gives to SciPy) with average/correlation and ward/euclidean, then
 * orders it optimally; 1 warm-up, median of the given runs, per stage in milliseconds.
 * Usage: ClusterBenchmark grid.csv [runs] [olo: true|false]
 */
public final class ClusterBenchmark {
    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        boolean olo = args.length <= 2 || Boolean.parseBoolean(args[2]);
        int rows = lines.size(), cols = lines.get(0).split(",").length;
        double[] grid = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            String[] cells = lines.get(r).split(",");
            for (int c = 0; c < cols; c++) grid[r * cols + c] = Double.parseDouble(cells[c]);
        }
        for (Object[] combo : new Object[][] {{Linkage.AVERAGE, Metric.CORRELATION}, {Linkage.WARD, Metric.EUCLIDEAN}}) {
            Linkage l = (Linkage) combo[0];
            Metric m = (Metric) combo[1];
            double[][] t = new double[4][runs];
            for (int run = -1; run < runs; run++) {
                long t0 = System.nanoTime();
                double[] d = Distances.compute(grid, rows, cols, m).condensed();
                long t1 = System.nanoTime();
                Tree tree = HierarchicalClustering.linkage(d, rows, l);
                long t2 = System.nanoTime();
                Tree ordered = olo ? OptimalLeafOrdering.order(tree, d) : tree;
                long t3 = System.nanoTime();
                if (ordered.leaves().length != rows) throw new AssertionError();
                if (run < 0) continue;
                t[0][run] = (t1 - t0) / 1e6; t[1][run] = (t2 - t1) / 1e6; t[2][run] = (t3 - t2) / 1e6; t[3][run] = (t3 - t0) / 1e6;
            }
            System.out.printf("java  %dx%d %s/%s: distances %.0f ms, linkage %.0f ms, olo %s, total %.0f ms (median of %d)%n",
                    rows, cols, l.specName(), m.specName(), median(t[0]), median(t[1]),
                    olo ? String.format("%.0f ms", median(t[2])) : "not run", median(t[3]), runs);
        }
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
