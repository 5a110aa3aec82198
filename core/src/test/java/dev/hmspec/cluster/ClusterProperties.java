package dev.hmspec.cluster;

import static dev.hmspec.props.Props.qt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.hmspec.cluster.HierarchicalClustering.Options;
import dev.hmspec.cluster.HierarchicalClustering.Result;
import dev.hmspec.props.Props;
import dev.hmspec.props.Stats;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of clustering that hold for every linkage, metric and input, missing values included. */
class ClusterProperties {
    private static final Linkage[] LINKAGES = Linkage.values();
    private static final Metric[] METRICS = Metric.values();

    /** rows 1…40, cols 1…6, any grid kind, linkage, metric, seed. */
    /** One generated case; printed when a property fails, enough to rebuild it. */
    record Case(Grids g, Linkage l, Metric m, long seed) {
        @Override public String toString() {
            return g.rows() + "x" + g.cols() + " " + g.kind() + " " + l.specName() + "/" + m.specName() + " seed " + seed
                    + " grid " + Arrays.toString(g.values());
        }
    }

    private static Gen<Case> cases(Grids.Kind... kinds) {
        return cases(1, kinds);
    }

    private static Gen<Case> cases(int minCols, Grids.Kind... kinds) {
        return integers().between(1, 40).zip(integers().between(minCols, 6), integers().between(0, kinds.length - 1),
                integers().between(0, LINKAGES.length * METRICS.length - 1), longs().between(0, 1L << 40),
                (rows, cols, kind, lm, seed) -> new Case(Grids.make(rows, cols, kinds[kind], seed),
                        LINKAGES[lm % LINKAGES.length], METRICS[lm / LINKAGES.length], seed));
    }

    private static void count(Stats s, Grids g, Linkage l) {
        s.tried();
        s.hit(g.kind().name().toLowerCase());
        s.hit(l.specName());
        s.hitIf(g.rows() <= 2, "n ≤ 2");
    }

    @Test @DisplayName("clusterRows(grid).order() holds every row once, rows without values last")
    void everyLeafOnce() {
        Stats s = new Stats();
        qt().withExamples(600).forAll(cases(Grids.Kind.values())).checkAssert(c -> {
            Grids g = c.g();
            Linkage l = c.l();
            count(s, g, l);
            Result r = HierarchicalClustering.clusterRows(g.values(), g.rows(), g.cols(), new Options(l, c.m(), true));
            int[] sorted = r.order().clone();
            Arrays.sort(sorted);
            assertArrayEquals(identity(g.rows()), sorted, "a permutation of the rows");
            int kept = r.members().length;
            for (int i = kept; i < g.rows(); i++) {
                if (!emptyRow(g, r.order()[i])) throw new AssertionError("a row with values after the tree: " + r.order()[i]);
            }
            s.hitIf(kept < g.rows(), "rows without values");
            boolean warned = r.notes().stream().anyMatch(n -> n.code().equals("HM402"));
            if (warned != (kept < g.rows())) throw new AssertionError("HM402 iff rows were left out: " + r.notes());
            Tree t = r.tree();
            int[] leaves = t.leaves().clone();
            Arrays.sort(leaves);
            assertArrayEquals(identity(kept), leaves, "tree leaves");
            boolean[] child = new boolean[2 * Math.max(kept, 1)];
            for (int k = 0; k < t.merges(); k++) {
                for (int id : new int[] {t.left(k), t.right(k)}) {
                    if (id >= kept + k || child[id]) throw new AssertionError("id " + id + " reused or from the future");
                    child[id] = true;
                }
            }
            if (t.merges() > 0 && t.size(t.merges() - 1) != kept) throw new AssertionError("the root holds every leaf");
        });
        s.assertHit(20, "continuous", "small_integers", "duplicates", "missing_cells", "missing_rows", "n ≤ 2", "rows without values");
        Props.report("cluster: every leaf once, empty rows last", s);
    }

    @Test @DisplayName("linkage(y, method) merges never go below their children for the monotone linkages")
    void monotoneHeights() {
        Stats s = new Stats();
        qt().withExamples(500).forAll(cases(Grids.Kind.values())).checkAssert(c -> {
            Grids g = c.g();
            Linkage l = c.l();
            if (!l.monotone()) return;
            count(s, g, l);
            Tree t = HierarchicalClustering.clusterRows(g.values(), g.rows(), g.cols(), new Options(l, c.m(), false)).tree();
            int n = t.leafCount();
            for (int k = 0; k < t.merges(); k++) {
                for (int id : new int[] {t.left(k), t.right(k)}) {
                    if (id >= n && t.height(id - n) > t.height(k)) throw new AssertionError("inversion at merge " + k + ": " + t);
                }
                if (k > 0 && t.height(k) < t.height(k - 1)) throw new AssertionError("heights not sorted: " + t);
            }
        });
        s.assertHit(20, "single", "complete", "average", "weighted", "ward", "small_integers", "missing_cells");
        Props.report("cluster: monotone heights for monotone linkages", s);
    }

    @Test @DisplayName("clusterRows(permuted grid) gives the same clusters and the same optimal order, or its reverse")
    void relabellingInvariance() {
        Stats s = new Stats();
        // three columns at least: with one or two, correlation and cosine take only a few values and tie
        qt().withExamples(300).forAll(cases(3, Grids.Kind.CONTINUOUS)).checkAssert(c -> {
            Grids g = c.g();
            Linkage l = c.l();
            Metric m = c.m();
            count(s, g, l);
            int[] p = Grids.shuffle(g.rows(), c.seed());
            Options o = new Options(l, m, true);
            Result a = HierarchicalClustering.clusterRows(g.values(), g.rows(), g.cols(), o);
            Grids moved = g.permuted(p);
            Result b = HierarchicalClustering.clusterRows(moved.values(), g.rows(), g.cols(), o);
            int[] inverse = new int[p.length];
            for (int i = 0; i < p.length; i++) inverse[p[i]] = i;
            int[] back = Arrays.stream(b.order()).map(i -> inverse[i]).toArray();
            int[] reversed = new int[back.length];
            for (int i = 0; i < back.length; i++) reversed[i] = back[back.length - 1 - i];
            if (!Arrays.equals(a.order(), back) && !Arrays.equals(a.order(), reversed)) {
                // the table is single precision (as SciPy's): orders within its rounding are equally optimal
                double[] d = Distances.compute(g.values(), g.rows(), g.cols(), m).condensed();
                double ca = cost(a.order(), d), cb = cost(back, d);
                if (Math.abs(ca - cb) > 1e-6 * Math.max(ca, cb)) {
                    throw new AssertionError("order " + Arrays.toString(a.order()) + " costs " + ca + " vs "
                            + Arrays.toString(back) + " costs " + cb);
                }
                s.hit("equal cost in single precision");
            }
            s.hitIf(Arrays.equals(a.order(), reversed) && !Arrays.equals(a.order(), back), "reversed");
            Map<Set<Integer>, Double> ca = clusters(a.tree(), identity(g.rows())), cb = clusters(b.tree(), inverse);
            if (!ca.keySet().equals(cb.keySet())) throw new AssertionError("different clusters");
            ca.forEach((k, h) -> {
                if (!Fixtures.close(h, cb.get(k))) throw new AssertionError("height " + h + " vs " + cb.get(k));
            });
        });
        s.assertHit(20, "single", "average", "ward", "centroid", "median");
        s.assertHit(1, "reversed");
        Props.report("cluster: invariant under relabelling the rows", s);
    }

    @Test @DisplayName("OptimalLeafOrdering.order(tree) never has a larger sum of adjacent distances than any flip of the tree")
    void oloNeverWorse() {
        Stats s = new Stats();
        qt().withExamples(400).forAll(cases(Grids.Kind.CONTINUOUS, Grids.Kind.SMALL_INTEGERS, Grids.Kind.DUPLICATES))
                .checkAssert(c -> {
                    Grids g = c.g();
                    Linkage l = c.l();
                    count(s, g, l);
                    double[] d = Distances.compute(g.values(), g.rows(), g.cols(), c.m()).condensed();
                    Tree t = HierarchicalClustering.linkage(d, g.rows(), l);
                    double best = cost(OptimalLeafOrdering.order(t, d).leaves(), d);
                    double input = cost(t.leaves(), d);
                    java.util.Random r = new java.util.Random(c.seed());
                    boolean[] flips = new boolean[t.merges()];
                    for (int i = 0; i < flips.length; i++) flips[i] = r.nextBoolean();
                    double other = cost(t.withSwaps(flips).leaves(), d);
                    double slack = 1e-6 * Math.max(1, input); // the table is single precision, as in SciPy
                    if (best > input + slack || best > other + slack) {
                        throw new AssertionError("olo " + best + ", input order " + input + ", random flips " + other);
                    }
                    s.hitIf(best < input - slack, "improved");
                    if (t.merges() <= 9) { // small trees: against every one of the 2^(n−1) orders
                        double least = Double.POSITIVE_INFINITY;
                        for (int mask = 0; mask < 1 << t.merges(); mask++) {
                            boolean[] f = new boolean[t.merges()];
                            for (int i = 0; i < f.length; i++) f[i] = (mask >> i & 1) == 1;
                            least = Math.min(least, cost(t.withSwaps(f).leaves(), d));
                        }
                        if (best > least + slack) throw new AssertionError("olo " + best + ", optimum " + least);
                        s.hit("checked against every order");
                    }
                });
        s.assertHit(20, "improved", "small_integers", "duplicates", "checked against every order");
        s.assertHit(5, "n ≤ 2");
        Props.report("olo: never worse than the input order or other flips", s);
    }

    @Test @DisplayName("FlatClusters.maxclust(tree, k) labels 1…c with c ≤ k, every label used")
    void maxclustBounds() {
        Stats s = new Stats();
        qt().withExamples(300).forAll(cases(Grids.Kind.values()), integers().between(1, 12)).checkAssert((c, k) -> {
            Grids g = c.g();
            count(s, g, c.l());
            Tree t = HierarchicalClustering.clusterRows(g.values(), g.rows(), g.cols(),
                    new Options(c.l(), c.m(), false)).tree();
            int[] labels = FlatClusters.maxclust(t, k).orElseThrow();
            Set<Integer> used = new TreeSet<>();
            for (int x : labels) used.add(x);
            int count = used.size();
            if (count > k || (t.leafCount() > 0 && !used.equals(range(count)))) throw new AssertionError(used + " for k=" + k);
            s.hitIf(count == Math.min(k, t.leafCount()), "exactly k");
        });
        s.assertHit(20, "exactly k");
        Props.report("maxclust: at most k labels", s);
    }

    /** Each merge as the set of input rows under it (through {@code rowOf}) and its height. */
    private static Map<Set<Integer>, Double> clusters(Tree t, int[] rowOf) {
        int n = t.leafCount();
        Map<Set<Integer>, Double> out = new HashMap<>();
        java.util.List<Set<Integer>> sets = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) sets.add(Set.of(rowOf[i]));
        for (int k = 0; k < t.merges(); k++) {
            Set<Integer> s = new TreeSet<>(sets.get(t.left(k)));
            s.addAll(sets.get(t.right(k)));
            sets.add(s);
            out.put(s, t.height(k));
        }
        return out;
    }

    private static double cost(int[] order, double[] d) {
        double s = 0;
        for (int i = 1; i < order.length; i++) s += d[Condensed.index(order.length, order[i - 1], order[i])];
        return s;
    }

    private static boolean emptyRow(Grids g, int r) {
        for (int c = 0; c < g.cols(); c++) if (Double.isFinite(g.values()[r * g.cols() + c])) return false;
        return true;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    private static Set<Integer> range(int count) {
        Set<Integer> s = new TreeSet<>();
        for (int i = 1; i <= count; i++) s.add(i);
        return s;
    }
}
