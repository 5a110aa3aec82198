#!/usr/bin/env bash
# Engine benchmark (issue 8 targets): the flights-3m specs through hmspec (DuckDB pushdown) beside
# DuckDB alone running the bare aggregations over the same Parquet file, in one run on this machine.
#   bench/engine-bench.sh            # RUNS=5; SKIP_BUILD=1 reuses cli/target/hmspec.jar
# Prints, with the load average:
#   - per spec, cold (a fresh JVM each run, medians of RUNS): the engine's query time as
#     `hmspec explain` reports it, and the whole CLI render (html) wall time;
#   - per spec, warm: the data stage (scan + pushed-down steps + transfer) run RUNS more times in one
#     JVM after a first run (bench/engine/ReadBench.java), beside DuckDB alone (bench/engine/Baseline.java);
#   - the cold start split: JVM start to main, DuckDB driver load (native library unpacked to /tmp),
#     connect (bench/engine/ColdSplit.java), medians of RUNS.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${RUNS:-5}"
[ -n "${SKIP_BUILD:-}" ] || (cd "$ROOT" && mvn -q -o -B package -pl core,duckdb,cli -DskipTests)
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
JAR="$OUT/hmspec.jar"
cp "$ROOT/cli/target/hmspec.jar" "$JAR"   # a copy: a build running meanwhile cannot swap it
# DuckDB loads its native library from beside the jar (cli/pom.xml): link them beside the copy.
ln -sf "$ROOT"/cli/target/libduckdb_java.so_* "$(dirname "$JAR")"/
DUCK="$(ls ~/.m2/repository/org/duckdb/duckdb_jdbc/*/duckdb_jdbc-*.jar | tail -n 1)"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "# engine-bench: $(date -u +%FT%TZ), $(nproc) cores, $(git -C "$ROOT" rev-parse --short HEAD), RUNS=$RUNS"
for spec in flights-delay-by-hour flights-distance-delay; do
  q=(); r=()
  for i in $(seq "$RUNS"); do
    q+=("$(java -jar "$JAR" explain "$ROOT/specs/$spec.hmspec" --data-root "$ROOT/specs" 2>/dev/null \
          | grep '\[duckdb\] query' | sed -E 's/.*\(([0-9.]+) ms\)/\1/')")
    t0=$(date +%s%N)
    java -jar "$JAR" render "$ROOT/specs/$spec.hmspec" --data-root "$ROOT/specs" -o "$OUT" -f html >/dev/null 2>&1
    r+=("$(( ($(date +%s%N) - t0) / 1000000 ))")
  done
  echo "cold $spec: engine query median $(printf '%s\n' "${q[@]}" | median) ms, CLI render median $(printf '%s\n' "${r[@]}" | median) ms (load $(load))"
done
for spec in flights-delay-by-hour flights-distance-delay; do
  printf "warm %s: " "$spec"
  java -cp "$JAR" "$ROOT/bench/engine/ReadBench.java" "$ROOT/specs/$spec.hmspec" auto "$RUNS" | tail -1 | sed "s/\$/ (load $(load))/"
done
java -cp "$DUCK" "$ROOT/bench/engine/Baseline.java" "$ROOT/specs/data/flights-3m.parquet" "$RUNS"
v=()
for i in $(seq "$RUNS"); do t0=$(date +%s%N); java -jar "$JAR" --version >/dev/null; v+=("$(( ($(date +%s%N) - t0) / 1000000 ))"); done
echo "cold start: hmspec --version (JVM start + CLI) median $(printf '%s\n' "${v[@]}" | median) ms"
for i in $(seq "$RUNS"); do echo "cold start: $(java -cp "$JAR" "$ROOT/bench/engine/ColdSplit.java")"; done
echo "# load at the end: $(load)"
