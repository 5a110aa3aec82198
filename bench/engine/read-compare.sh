#!/usr/bin/env bash
# The data stage (bench/engine/ReadBench.java) of one spec with a baseline CLI jar and this
# checkout's, one after the other in the same run, under the same heap; prints each run's trace
# and warm median, then the ratio. Build both jars first (see bench/big-grids.sh for the baseline).
#   bench/engine/read-compare.sh BASE_JAR NEW_JAR SPEC [RUNS=3] [HEAP=-Xmx512m]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BASE_JAR="$1" NEW_JAR="$2" SPEC="$3" RUNS="${4:-3}" HEAP="${5:--Xmx512m}"
echo "# read-compare: $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $SPEC, RUNS=$RUNS $HEAP"
ms() { grep -o 'warm median [0-9]* ms' | grep -o '[0-9]*'; }
run() { # label jar
  local out; out="$(/usr/bin/time -f 'peak RSS %M KB' java "$HEAP" -cp "$2" "$ROOT/bench/engine/ReadBench.java" "$SPEC" auto "$RUNS" 2>&1)"
  printf '%s\n' "$out" | sed "s/^/$1  /" >&2
  printf '%s\n' "$out" | ms
}
b=$(run base "$BASE_JAR"); n=$(run new "$NEW_JAR")
echo "base warm median $b ms, new warm median $n ms, ratio base/new $(awk -v b="$b" -v n="$n" 'BEGIN {printf "%.1f", b / n}')"
