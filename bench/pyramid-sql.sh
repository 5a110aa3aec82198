#!/usr/bin/env bash
# Pyramid levels pushed down to SQL (issue 9): DuckDB builds the top levels of a virtual N x N
# matrix (range() x range(), values computed from x and y, nothing stored) and one full-resolution
# tile on demand; per-level times, medians of RUNS, printed with the load average (shared machine).
# docs/performance.md extrapolates the per-cell scan cost to 100,000 x 100,000 (1e10 cells).
# Usage: bench/pyramid-sql.sh [N ...]   (default 2500 5000 10000; RUNS=3; SKIP_BUILD=1 reuses core/target/classes)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${RUNS:-3}"
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(2500 5000 10000)
if [ -z "${SKIP_BUILD:-}" ]; then (cd "$ROOT" && mvn -o -B -q compile -pl core) || exit 1; fi
DUCK="$HOME/.m2/repository/org/duckdb/duckdb_jdbc/1.5.6.0/duckdb_jdbc-1.5.6.0.jar"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); commit $(cd "$ROOT" && git rev-parse --short HEAD)"
java -Xmx1g -cp "$ROOT/core/target/classes:$DUCK" "$ROOT/bench/PyramidSql.java" "$RUNS" "${SIZES[@]}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
