import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates the gallery's 1,000 genes × 10,000 cells expression matrix (issue 9): simulated, not
 * measured, shaped like single-cell RNA counts of blood cells (PBMC). Eight cell types in typical
 * PBMC proportions; ten gene modules, each switched on in one or two cell types; housekeeping
 * genes high everywhere; a per-cell library size (log-normal); log-normal noise per value;
 * dropouts (zeros) more likely where expression is low. Values are log2(1 + expression) rounded
 * to quarters (float32), which deflates 40 MB of float32 to about 4.5 MB. Deterministic (fixed
 * seed): the same values on every run.
 *
 * <p>{@code java PbmcLikeExpression.java <out.npz>} writes the matrix as a .npz (what
 * {@code numpy.savez_compressed} writes: a zip holding {@code arr_0.npy}) and, beside it, the
 * gene names ({@code .rows.txt}) and cell names ({@code .columns.txt}).
 */
public final class PbmcLikeExpression {
    static final int GENES = 1000, CELLS = 10_000;
    static final String[] TYPES = {"CD4 T", "CD8 T", "NK", "B", "CD14 Mono", "FCGR3A Mono", "DC", "Platelet"};
    static final double[] SHARE = {0.35, 0.15, 0.10, 0.13, 0.18, 0.05, 0.02, 0.02};
    // Module m is on in the cell types MODULES[m] (indices into TYPES), with the effect EFFECT[m] (log scale).
    static final int[][] MODULES = {{0, 1}, {0}, {1, 2}, {2}, {3}, {4, 5}, {4}, {5}, {6}, {7}};
    static final double[] EFFECT = {2.2, 1.6, 2.0, 2.6, 2.8, 2.4, 1.8, 2.0, 2.5, 3.2};
    static final int MODULE_GENES = 60, HOUSEKEEPING = 80;

    public static void main(String[] args) throws IOException {
        Path npy = Path.of(args[0]);
        Files.createDirectories(npy.toAbsolutePath().getParent());
        SplittableRandom rnd = new SplittableRandom(20261128);
        int[] cellType = new int[CELLS];
        List<String> cells = new ArrayList<>();
        for (int c = 0, t = 0; c < CELLS; c++) {
            while (t < TYPES.length - 1 && c >= Math.round(cumulative(t) * CELLS)) t++;
            cellType[c] = t;
            cells.add(TYPES[t].replace(' ', '_') + "_" + String.format("%05d", c + 1));
        }
        double[] library = new double[CELLS];
        for (int c = 0; c < CELLS; c++) library[c] = Math.exp(0.35 * gaussian(rnd));
        // Genes in order: modules 0…9, then housekeeping, then background genes.
        int[] module = new int[GENES];
        double[] base = new double[GENES];
        List<String> genes = new ArrayList<>();
        for (int g = 0; g < GENES; g++) {
            int m = g / MODULE_GENES;
            module[g] = m < MODULES.length ? m : g < MODULES.length * MODULE_GENES + HOUSEKEEPING ? -1 : -2;
            base[g] = module[g] == -1 ? 2.5 + 0.4 * gaussian(rnd) : -0.5 + 0.8 * gaussian(rnd);
            genes.add(module[g] >= 0 ? String.format("M%d-%03d", module[g] + 1, g % MODULE_GENES + 1)
                    : module[g] == -1 ? String.format("HK-%03d", g - MODULES.length * MODULE_GENES + 1)
                    : String.format("BG-%03d", g - MODULES.length * MODULE_GENES - HOUSEKEEPING + 1));
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(npy))) {
            zip.setLevel(9);
            ZipEntry entry = new ZipEntry("arr_0.npy");
            entry.setTime(0); // the same bytes on every run
            zip.putNextEntry(entry);
            OutputStream out = new BufferedOutputStream(zip, 1 << 20);
            out.write(header());
            ByteBuffer row = ByteBuffer.allocate(4 * CELLS).order(ByteOrder.LITTLE_ENDIAN);
            for (int g = 0; g < GENES; g++) {
                row.clear();
                double geneNoise = 0.3 + 0.3 * rnd.nextDouble();
                for (int c = 0; c < CELLS; c++) {
                    double log = base[g] + Math.log(library[c]) + geneNoise * gaussian(rnd);
                    if (module[g] >= 0 && on(module[g], cellType[c])) log += EFFECT[module[g]];
                    double expression = Math.exp(log);
                    // Dropout: a logistic in log expression, about half the values at expression 1.
                    double dropout = 1 / (1 + Math.exp(2.0 * log));
                    double v = rnd.nextDouble() < dropout ? 0 : Math.log1p(expression) / Math.log(2);
                    row.putFloat((float) (Math.round(v * 4) / 4.0));
                }
                out.write(row.array());
            }
            out.flush();
            zip.closeEntry();
        }
        Files.write(sibling(npy, ".rows.txt"), genes, StandardCharsets.UTF_8);
        Files.write(sibling(npy, ".columns.txt"), cells, StandardCharsets.UTF_8);
    }

    static double cumulative(int t) {
        double s = 0;
        for (int i = 0; i <= t; i++) s += SHARE[i];
        return s;
    }

    static boolean on(int m, int type) {
        for (int t : MODULES[m]) if (t == type) return true;
        return false;
    }

    static double gaussian(SplittableRandom r) {
        // Box–Muller on the generator's own doubles (java.util.Random's nextGaussian is not on SplittableRandom in 17).
        double u = 1 - r.nextDouble(), v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static byte[] header() {
        StringBuilder h = new StringBuilder("{'descr': '<f4', 'fortran_order': False, 'shape': (" + GENES + ", " + CELLS + "), }");
        while ((10 + h.length() + 1) % 64 != 0) h.append(' ');
        h.append('\n');
        byte[] text = h.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[10 + text.length];
        byte[] magic = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) text.length, (byte) (text.length >> 8)};
        System.arraycopy(magic, 0, out, 0, 10);
        System.arraycopy(text, 0, out, 10, text.length);
        return out;
    }

    static Path sibling(Path npy, String suffix) {
        String name = npy.getFileName().toString();
        return npy.resolveSibling(name.substring(0, name.length() - 4) + suffix);
    }
}
