package dev.hmspec.cluster;

import java.util.Arrays;

/**
 * The optimal-leaf-ordering table, as SciPy's {@code identify_swaps} fills it, on leaves
 * renumbered by position: for every merge V of V_l and
 * V_r and every pair of end leaves u ∈ V_l, w ∈ V_r, M[u, w] is the least sum of adjacent
 * distances of an order of V that starts with u and ends with w, in single precision as in
 * SciPy (sums in float, the last distance added in double and rounded). Candidate inner ends
 * m and k are tried in increasing M so the search stops early (Bar-Joseph's pruning).
 */
final class Swaps {
    private static final float BIG = 1073741824f;

    private final int n;
    private final int[] zl, zr, lo, hi;
    private final OptimalLeafOrdering.SortedDistances d;
    private final float[] table;

    Swaps(int n, int[] zl, int[] zr, int[] lo, int[] hi, OptimalLeafOrdering.SortedDistances d) {
        this.n = n; this.zl = zl; this.zr = zr; this.lo = lo; this.hi = hi; this.d = d;
        this.table = new float[n * n];
    }

    /**
     * Fills the table bottom-up, then walks down from the root choosing the end leaves of every
     * merge (Bar-Joseph's back-tracking): which merges to flip so the order starts at the best
     * pair (u, w) and each subtree runs between the ends its parent's best sum used. SciPy
     * instead keeps each subtree's own best ends, which is not always optimal (scipy/scipy#11227).
     */
    boolean[] flips() {
        int m = n - 1;
        for (int i = 0; i < m; i++) {
            int vl = zl[i], vr = zr[i];
            int[] uc, mc, wc, kc;
            if (vl < n) { uc = new int[] {vl}; mc = uc; }
            else { uc = new int[] {zl[vl - n], zr[vl - n]}; mc = new int[] {zr[vl - n], zl[vl - n]}; }
            if (vr < n) { wc = new int[] {vr}; kc = wc; }
            else { wc = new int[] {zr[vr - n], zl[vr - n]}; kc = new int[] {zl[vr - n], zr[vr - n]}; }
            for (int sl = 0; sl < uc.length; sl++) {
                for (int sr = 0; sr < wc.length; sr++) fill(uc[sl], mc[sl], wc[sr], kc[sr]);
            }
        }
        int root = 2 * n - 2, vl = zl[root - n], vr = zr[root - n], bestU = lo[vl], bestW = lo[vr];
        float cur = BIG;
        for (int u = lo[vl]; u < hi[vl]; u++) {
            for (int w = lo[vr]; w < hi[vr]; w++) {
                if (table[u * n + w] < cur) { cur = table[u * n + w]; bestU = u; bestW = w; }
            }
        }
        boolean[] flip = new boolean[m];
        int[] stack = new int[3 * n];
        int top = 0;
        stack[top++] = root; stack[top++] = bestU; stack[top++] = bestW;
        while (top > 0) {
            int b = stack[--top], a = stack[--top], v = stack[--top];
            if (v < n) continue;
            int left = zl[v - n], right = zr[v - n];
            boolean flipped = a >= lo[right] && a < hi[right];
            flip[v - n] = flipped;
            int ca = flipped ? right : left, cb = flipped ? left : right;
            int innerA = inner(ca, a), innerB = inner(cb, b);
            // the inner ends (m, k) of the best sum through this merge, SciPy's arithmetic, first in scan order
            float best = Float.POSITIVE_INFINITY;
            int bm = lo[innerA], bk = lo[innerB];
            for (int mm = lo[innerA]; mm < hi[innerA]; mm++) {
                for (int k = lo[innerB]; k < hi[innerB]; k++) {
                    float f = (float) ((table[a * n + mm] + table[b * n + k]) + d.get(mm, k));
                    if (f < best) { best = f; bm = mm; bk = k; }
                }
            }
            stack[top++] = ca; stack[top++] = a; stack[top++] = bm;
            stack[top++] = cb; stack[top++] = bk; stack[top++] = b;
        }
        return flip;
    }

    /** The child of cluster c that does not hold leaf x (c itself when c is a leaf). */
    private int inner(int c, int x) {
        if (c < n) return c;
        int l = zl[c - n];
        return x >= lo[l] && x < hi[l] ? zr[c - n] : l;
    }

    /**
     * M[u, w] for u in cluster U, w in cluster W, joined through m ∈ M (U's sibling) and k ∈ K
     * (W's): the least f(m, k) = float(float(M[u,m] + M[w,k]) + D[m,k]), SciPy's arithmetic.
     * SciPy tries (m, k) pairs per (u, w), which is O(|M||K|) per pair when distances are alike;
     * here the search splits (Bar-Joseph's decomposition): A[u,k] = min over m of M[u,m] + D[m,k],
     * then min over k of A[u,k] + M[w,k], both pruned by sorted order. That exact sum is within
     * a few float ulps of f, so every (m, k) whose sum lies within a small window above the least
     * sum is then evaluated in SciPy's arithmetic, and the least f is the one SciPy finds.
     */
    private void fill(int uC, int mC, int wC, int kC) {
        int uMin = lo[uC], uMax = hi[uC], mMin = lo[mC], mMax = hi[mC];
        int wMin = lo[wC], wMax = hi[wC], kMin = lo[kC], kMax = hi[kC];
        int uLen = uMax - uMin, mLen = mMax - mMin, kLen = kMax - kMin;
        // D[m, k] copied once, k-major: the searches below read it many times, close together
        double[] dT = new double[kLen * mLen];
        double[] lbK = new double[kLen]; // min over m of D[m, k]
        Arrays.fill(lbK, Double.POSITIVE_INFINITY);
        for (int mm = 0; mm < mLen; mm++) {
            for (int k = 0; k < kLen; k++) {
                double v = d.get(mMin + mm, kMin + k);
                dT[k * mLen + mm] = v;
                if (v < lbK[k]) lbK[k] = v;
            }
        }
        int[] mSorted = new int[uLen * mLen]; // per u: m − mMin by increasing M[u, m]
        float[] mVals = new float[uLen * mLen];
        double[] a = new double[uLen * kLen];
        double[] minA = new double[uLen];
        parallel(uLen * (long) mLen * kLen, uLen, ui -> {
            int u = uMin + ui, base = ui * mLen;
            sortBy(u, mMin, mLen, new long[mLen], mSorted, mVals, base);
            double least = Double.POSITIVE_INFINITY;
            for (int k = 0; k < kLen; k++) {
                double best = Double.POSITIVE_INFINITY, lb = lbK[k];
                int row = k * mLen;
                for (int mi = 0; mi < mLen; mi++) {
                    double mum = mVals[base + mi];
                    if (mum + lb >= best) break;
                    double v = mum + dT[row + mSorted[base + mi]];
                    if (v < best) best = v;
                }
                a[ui * kLen + k] = best;
                least = Math.min(least, best);
            }
            minA[ui] = least;
        });
        parallel(uLen * (long) wLen(wMin, wMax) * kLen, wMax - wMin, wi -> {
            int w = wMin + wi, wRow = w * n;
            int[] kSorted = new int[kLen];
            float[] kVals = new float[kLen];
            sortBy(w, kMin, kLen, new long[kLen], kSorted, kVals, 0);
            for (int ui = 0; ui < uLen; ui++) {
                int ua = ui * kLen, base = ui * mLen, uRow = (uMin + ui) * n;
                double least = Double.POSITIVE_INFINITY, lowA = minA[ui];
                for (int ki = 0; ki < kLen; ki++) {
                    double mwk = kVals[ki];
                    if (mwk + lowA >= least) break;
                    least = Math.min(least, a[ua + kSorted[ki]] + mwk);
                }
                double window = least + least * 0x1p-18; // ≥ 8 float ulps: f and the exact sum differ by ≤ 2
                float cur = BIG;
                for (int ki = 0; ki < kLen; ki++) {
                    int k = kSorted[ki];
                    float mwk = kVals[ki];
                    if (mwk + lowA > window) break;
                    if (a[ua + k] + mwk > window) continue;
                    double lb = lbK[k];
                    int row = k * mLen;
                    for (int mi = 0; mi < mLen; mi++) {
                        float mum = mVals[base + mi];
                        if (mum + lb + mwk > window) break;
                        double dmk = dT[row + mSorted[base + mi]];
                        if (mum + dmk + mwk > window) continue;
                        float candidate = (float) ((mum + mwk) + dmk);
                        if (candidate < cur) cur = candidate;
                    }
                }
                int u = uMin + ui;
                table[uRow + w] = cur;
                table[wRow + u] = cur;
            }
        });
    }

    private static int wLen(int wMin, int wMax) { return wMax - wMin; }

    /** Runs body(0…count−1), on all cores when the work is large; each index writes its own cells. */
    private static void parallel(long work, int count, java.util.function.IntConsumer body) {
        if (work < 200_000) {
            for (int i = 0; i < count; i++) body.accept(i);
        } else {
            java.util.stream.IntStream.range(0, count).parallel().forEach(body);
        }
    }

    /** Writes x − first for x in first…first+len−1 into out[at…] by increasing M[x, column], and those M values. */
    private void sortBy(int column, int first, int len, long[] keys, int[] out, float[] vals, int at) {
        int row = column * n;
        for (int i = 0; i < len; i++) {
            int bits = Float.floatToIntBits(table[row + first + i]);
            bits ^= (bits >> 31) & 0x7fffffff; // monotone for negative floats too
            keys[i] = ((long) bits << 32) | i;
        }
        Arrays.sort(keys, 0, len); // ties in any order: the results do not depend on it
        for (int i = 0; i < len; i++) {
            out[at + i] = (int) keys[i];
            vals[at + i] = table[row + first + (int) keys[i]];
        }
    }
}
