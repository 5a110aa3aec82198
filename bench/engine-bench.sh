#!/usr/bin/env bash
# Engine benchmark: the flights-3m specs through hmspec (DuckDB pushdown) beside DuckDB alone
# running the bare aggregation over the same Parquet file, in one run on the same machine.
#   bench/engine-bench.sh            # RUNS=5
# Prints per spec: the engine's query time as `hmspec explain` reports it (cold JVM each run),
# the whole CLI render time (cold), and the DuckDB-alone warm medians; medians of RUNS.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${RUNS:-5}"
(cd "$ROOT" && mvn -q -o package -pl core,duckdb,cli -DskipTests)
JAR="$ROOT/cli/target/hmspec.jar"
DUCK="$(ls ~/.m2/repository/org/duckdb/duckdb_jdbc/*/duckdb_jdbc-*.jar | tail -n 1)"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for spec in flights-delay-by-hour flights-distance-delay; do
  q=(); r=()
  for i in $(seq "$RUNS"); do
    q+=("$(java -jar "$JAR" explain "$ROOT/specs/$spec.hmspec" --data-root "$ROOT/specs" 2>/dev/null \
          | grep '\[duckdb\] query' | sed -E 's/.*\(([0-9.]+) ms\)/\1/')")
    t0=$(date +%s%N)
    java -jar "$JAR" render "$ROOT/specs/$spec.hmspec" --data-root "$ROOT/specs" -o "$OUT" -f html >/dev/null 2>&1
    r+=("$(( ($(date +%s%N) - t0) / 1000000 ))")
  done
  echo "hmspec $spec: engine query median $(printf '%s\n' "${q[@]}" | median) ms (cold JVM), CLI render median $(printf '%s\n' "${r[@]}" | median) ms (cold)"
done
java -cp "$DUCK" "$ROOT/bench/engine/Baseline.java" "$ROOT/specs/data/flights-3m.parquet" "$RUNS"
