#!/usr/bin/env bash
# Benchmark: hierarchical clustering + optimal leaf ordering, hmspec beside SciPy on the same
# generated grids, in one run. Per grid and method: distances, linkage, OLO and total, medians.
#   bench/cluster.sh                                  # 1000 and 5000 rows × 50 columns, 3 runs
#   SIZES="5000" KINDS=structured RUNS=1 bench/cluster.sh
# SciPy's optimal_leaf_ordering is O(n^4) (scipy/scipy#11228): it is timed only up to
# SCIPY_OLO_MAX rows (default 1000); ours up to OLO_MAX rows (default 5000). Above, only the
# distances and the linkage are timed.
# Needs python3 with numpy and scipy. Writes under target/bench-cluster (git-ignored).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${WORK:-$ROOT/target/bench-cluster}"
SIZES="${SIZES:-1000 5000}"
KINDS="${KINDS:-structured noise}"
COLS="${COLS:-50}"
RUNS="${RUNS:-3}"
SCIPY_OLO_MAX="${SCIPY_OLO_MAX:-1000}"
OLO_MAX="${OLO_MAX:-5000}"

(cd "$ROOT" && mvn -q -o -B test-compile -pl core)
mkdir -p "$WORK"
CP="$ROOT/core/target/classes:$ROOT/core/target/test-classes"
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), java $(java -version 2>&1 | head -1)"
for n in $SIZES; do
  for kind in $KINDS; do
    grid="$WORK/$kind-$n-x$COLS.csv"
    [ -f "$grid" ] || python3 "$ROOT/bench/cluster_scipy.py" gen "$grid" "$n" "$COLS" "$kind" 42
    echo "## $kind $n × $COLS"
    olo=0; [ "$n" -le "$SCIPY_OLO_MAX" ] && olo=1
    python3 "$ROOT/bench/cluster_scipy.py" time "$grid" "$RUNS" "$olo"
    ours=false; [ "$n" -le "$OLO_MAX" ] && ours=true
    java -Xmx4g -cp "$CP" dev.hmspec.cluster.ClusterBenchmark "$grid" "$RUNS" "$ours"
  done
done
