#!/usr/bin/env python3
"""Baseline half of bench/cluster.sh: SciPy on the same grids as dev.hmspec.cluster.ClusterBenchmark.

  cluster_scipy.py gen OUT.csv ROWS COLS KIND SEED   # KIND: structured | noise
  cluster_scipy.py time GRID.csv RUNS OLO            # OLO: 1 to time optimal_leaf_ordering too
"""
import sys
import time

import numpy as np
import scipy
from scipy.cluster.hierarchy import linkage, optimal_leaf_ordering
from scipy.spatial.distance import pdist


def gen(out, rows, cols, kind, seed):
    rng = np.random.default_rng(seed)
    if kind == "noise":  # the worst case for pruning: every distance alike
        x = rng.normal(size=(rows, cols))
    else:  # 12 profiles, each row one of them scaled, plus noise (expression-like)
        profiles = rng.normal(size=(12, cols)) * 2
        x = profiles[rng.integers(0, 12, size=rows)] * rng.uniform(0.5, 1.5, size=(rows, 1))
        x += rng.normal(size=(rows, cols))
    np.savetxt(out, x, delimiter=",", fmt="%.17g")


def timing(path, runs, olo):
    x = np.loadtxt(path, delimiter=",")
    for method, metric in (("average", "correlation"), ("ward", "euclidean")):
        t = {"distances": [], "linkage": [], "olo": []}
        for _ in range(runs):
            t0 = time.perf_counter()
            y = pdist(x, metric)
            t1 = time.perf_counter()
            z = linkage(y, method)
            t2 = time.perf_counter()
            if olo:
                optimal_leaf_ordering(z, y)
            t3 = time.perf_counter()
            t["distances"].append(t1 - t0)
            t["linkage"].append(t2 - t1)
            t["olo"].append(t3 - t2)
        med = {k: 1000 * float(np.median(v)) for k, v in t.items()}
        olo_text = "%.0f ms" % med["olo"] if olo else "not run"
        total = med["distances"] + med["linkage"] + (med["olo"] if olo else 0)
        print("scipy %dx%d %s/%s: distances %.0f ms, linkage %.0f ms, olo %s, total %.0f ms (median of %d, scipy %s)"
              % (x.shape[0], x.shape[1], method, metric, med["distances"], med["linkage"], olo_text, total, runs,
                 scipy.__version__), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "gen":
        gen(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], int(sys.argv[6]))
    else:
        timing(sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1")
