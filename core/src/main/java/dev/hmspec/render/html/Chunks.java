package dev.hmspec.render.html;

/** How the big loops of the page writer split their work: a few parts per core, so a slow part does not hold the rest. */
final class Chunks {
    private Chunks() {}

    /** Part boundaries over {@code [0, n)}: {@code 0 = cuts[0] < … < cuts[last] = n}. */
    static int[] cuts(int n) {
        int parts = (int) Math.max(1, Math.min(n, 2L * Runtime.getRuntime().availableProcessors()));
        int[] cuts = new int[parts + 1];
        for (int k = 0; k <= parts; k++) cuts[k] = (int) ((long) n * k / parts);
        return cuts;
    }
}
