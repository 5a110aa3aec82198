#!/usr/bin/env python3
"""Generates the SciPy fixtures of dev.hmspec.cluster (run from this folder: python3 make_fixtures.py).

One JSON file per input grid: the grid, SciPy's condensed distances per metric (pdist), and per
linkage x metric the linkage matrix, leaves_list, leaves_list after optimal_leaf_ordering and
fcluster(..., 'maxclust') for a few k. Ward, centroid and median get the condensed distances of
every metric (SciPy accepts a condensed matrix for any metric); combinations whose SciPy result
is not finite are listed under "skipped". normalize.json holds NumPy's answers for normalize.
Floats are written with repr, which round-trips exactly.
"""
import json
import numpy as np
import scipy
from scipy.cluster.hierarchy import linkage, leaves_list, optimal_leaf_ordering, fcluster
from scipy.spatial.distance import pdist

METRICS = ["euclidean", "correlation", "cosine", "cityblock", "chebyshev"]
METHODS = ["single", "complete", "average", "weighted", "centroid", "median", "ward"]
KS = [1, 2, 3, 4, 7]


def non_constant_ints(rng, n, p, hi):
    rows = []
    while len(rows) < n:
        r = rng.integers(0, hi, size=p)
        if len(set(r.tolist())) > 1:  # correlation and cosine are undefined on constant rows
            rows.append(r)
    return np.array(rows, dtype=float)


def inputs():
    rng = np.random.default_rng(20261128)
    yield "random", rng.normal(size=(40, 6))
    yield "ties", non_constant_ints(rng, 24, 3, 3)
    base = rng.normal(size=(8, 4))
    yield "duplicates", base[rng.integers(0, 8, size=20)]
    yield "wide-ties", non_constant_ints(rng, 30, 5, 4)
    yield "tiny2", rng.normal(size=(2, 3))
    yield "tiny3", rng.normal(size=(3, 3))


def case(name, X):
    n, p = X.shape
    out = {"name": name, "rows": n, "cols": p, "grid": X.ravel().tolist(),
           "distances": {}, "linkages": [], "skipped": []}
    for metric in METRICS:
        y = pdist(X, metric)
        assert np.all(np.isfinite(y)), (name, metric)
        out["distances"][metric] = y.tolist()
        for method in METHODS:
            Z = linkage(y, method)
            if not np.all(np.isfinite(Z)):
                out["skipped"].append(method + "/" + metric)
                continue
            olo = optimal_leaf_ordering(Z, y)
            out["linkages"].append({
                "method": method, "metric": metric, "z": Z.ravel().tolist(),
                "leaves": leaves_list(Z).tolist(), "oloLeaves": leaves_list(olo).tolist(),
                "maxclust": {str(k): fcluster(Z, k, "maxclust").tolist() for k in KS}})
    return out


def normalize_cases():
    rng = np.random.default_rng(7)
    arrays = [rng.normal(size=50), rng.exponential(size=101), np.arange(10.0), np.array([3.0]),
              np.array([1.0, np.nan, 5.0, 2.0, np.nan, 9.0])]
    return [{"values": [None if np.isnan(v) else v for v in a.tolist()],
             "p2": float(np.nanpercentile(a, 2)), "p98": float(np.nanpercentile(a, 98))} for a in arrays]


def main():
    for name, X in inputs():
        with open(name + ".json", "w") as f:
            json.dump(case(name, X), f, separators=(",", ":"))
    with open("normalize.json", "w") as f:
        json.dump({"robust": normalize_cases()}, f, indent=1)
    with open("VERSION", "w") as f:
        f.write("scipy %s, numpy %s\n" % (scipy.__version__, np.__version__))


if __name__ == "__main__":
    main()
