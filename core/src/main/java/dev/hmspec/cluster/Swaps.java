package dev.hmspec.cluster;

import java.util.Arrays;

/**
 * SciPy's {@code identify_swaps} on leaves renumbered by position: for every merge V of V_l and
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
    private final byte[] status;

    Swaps(int n, int[] zl, int[] zr, int[] lo, int[] hi, OptimalLeafOrdering.SortedDistances d) {
        this.n = n; this.zl = zl; this.zr = zr; this.lo = lo; this.hi = hi; this.d = d;
        this.table = new float[n * n];
        this.status = new byte[n * n];
    }

    /** Whether each merge's children must swap, relative to the input orientation. */
    boolean[] identify() {
        int m = n - 1;
        boolean[] must = new boolean[m];
        int bestU = 0, bestW = 0; // kept across merges, as in SciPy
        for (int i = 0; i < m; i++) {
            int vl = zl[i], vr = zr[i];
            int[] uc, mc, wc, kc;
            if (vl < n) { uc = new int[] {vl}; mc = uc; }
            else { uc = new int[] {zl[vl - n], zr[vl - n]}; mc = new int[] {zr[vl - n], zl[vl - n]}; }
            if (vr < n) { wc = new int[] {vr}; kc = wc; }
            else { wc = new int[] {zr[vr - n], zl[vr - n]}; kc = new int[] {zl[vr - n], zr[vr - n]}; }
            for (int sl = 0; sl < uc.length; sl++) {
                for (int sr = 0; sr < wc.length; sr++) {
                    fill(uc[sl], mc[sl], wc[sr], kc[sr], (byte) (sl | sr << 1));
                }
            }
            float cur = BIG;
            for (int u = lo[vl]; u < hi[vl]; u++) {
                for (int w = lo[vr]; w < hi[vr]; w++) {
                    if (table[u * n + w] < cur) { cur = table[u * n + w]; bestU = u; bestW = w; }
                }
            }
            byte s = status[bestU * n + bestW];
            if (vl >= n) must[vl - n] = (s & 1) != 0;
            if (vr >= n) must[vr - n] = (s & 2) != 0;
        }
        return must;
    }

    /** M[u, w] for u in cluster U, w in cluster W, joined through m ∈ M (U's sibling) and k ∈ K (W's). */
    private void fill(int uC, int mC, int wC, int kC, byte flags) {
        int uMin = lo[uC], uMax = hi[uC], mMin = lo[mC], mMax = hi[mC];
        int wMin = lo[wC], wMax = hi[wC], kMin = lo[kC], kMax = hi[kC];
        float minKm = BIG;
        for (int mm = mMin; mm < mMax; mm++) {
            for (int k = kMin; k < kMax; k++) {
                double v = d.get(mm, k);
                if (v < minKm) minKm = (float) v;
            }
        }
        int mLen = mMax - mMin, kLen = kMax - kMin;
        int[] mSorted = new int[(uMax - uMin) * mLen];
        long[] keys = new long[Math.max(mLen, kLen)];
        for (int u = uMin; u < uMax; u++) sortBy(u, mMin, mLen, keys, mSorted, (u - uMin) * mLen);
        int[] kSorted = new int[kLen];
        for (int w = wMin; w < wMax; w++) {
            sortBy(w, kMin, kLen, keys, kSorted, 0);
            int wRow = w * n;
            float mwk0 = table[wRow + kSorted[0]];
            for (int u = uMin; u < uMax; u++) {
                int uRow = u * n, base = (u - uMin) * mLen;
                float cur = BIG;
                for (int mi = 0; mi < mLen; mi++) {
                    int mm = mSorted[base + mi];
                    float mum = table[uRow + mm];
                    if (mum + mwk0 + minKm >= cur) break;
                    for (int ki = 0; ki < kLen; ki++) {
                        int k = kSorted[ki];
                        float mwk = table[wRow + k];
                        if (mum + mwk + minKm >= cur) break;
                        float candidate = (float) ((mum + mwk) + d.get(mm, k));
                        if (candidate < cur) cur = candidate;
                    }
                }
                table[uRow + w] = cur;
                table[wRow + u] = cur;
                status[uRow + w] = flags;
                status[wRow + u] = flags;
            }
        }
    }

    /** Writes first..first+len−1 into out[at…] ordered by M[x, column] (ties in any order: results do not depend on it). */
    private void sortBy(int column, int first, int len, long[] keys, int[] out, int at) {
        int row = column * n;
        for (int i = 0; i < len; i++) {
            int bits = Float.floatToIntBits(table[row + first + i]);
            bits ^= (bits >> 31) & 0x7fffffff; // monotone for negative floats too
            keys[i] = ((long) bits << 32) | (first + i);
        }
        Arrays.sort(keys, 0, len);
        for (int i = 0; i < len; i++) out[at + i] = (int) keys[i];
    }
}
