#!/usr/bin/env bash
# Multi-resolution pages (issue 9): a 10,000 x 10,000 float32 .npy (400 MB) rendered with -Xmx2g,
# beside baselines in the same run: the same matrix with `tiles off` (every cell in the page), a
# 2,000 x 2,000 page with every cell inside, and Plotly at 2,000 x 2,000 (it draws nothing at 1e8).
# Prints build time and peak memory, page and tile sizes, the peers' browser figures
# (shared/bench-peers/browser-bench.mjs) and bench/tiles-probe.mjs (tile load, cached redraw, hover),
# each with the load average (the machine is shared).
# Usage: bench/tiles.sh   (SKIP_BUILD=1 to reuse cli/target/hmspec.jar; N=10000 RUNS=3)
# Needs java 17, mvn (offline), python3 with numpy, node, /usr/bin/time, Chromium. Work goes to target/bench/tiles.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PEERS_SRC="${PEERS_SRC:-$ROOT/../shared/bench-peers}"
WORK="${WORK:-$ROOT/target/bench}"
N="${N:-10000}"
RUNS="${RUNS:-3}"
D="$WORK/tiles"
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }

if [ -z "${SKIP_BUILD:-}" ]; then (cd "$ROOT" && mvn -o -B -q package -pl core,duckdb,cli -DskipTests) || exit 1; fi
JAR="$ROOT/cli/target/hmspec.jar"
mkdir -p "$D" "$WORK/peers"
if [ ! -d "$WORK/peers/node_modules" ]; then
  (cd "$PEERS_SRC" && tar --exclude=node_modules --exclude=out -cf - .) | (cd "$WORK/peers" && tar -xf -)
  (cd "$WORK/peers" && npm ci --silent --no-audit --no-fund)
fi
cp "$ROOT/bench/tiles-probe.mjs" "$WORK/peers/"

[ -f "$D/big.npy" ] || python3 "$ROOT/bench/gen-npy.py" "$D/big.npy" "$N" "$N"
[ -f "$D/m2k.npy" ] || python3 "$ROOT/bench/gen-npy.py" "$D/m2k.npy" 2000 2000
spec() { # name data tiles-mode
  cat > "$D/$1.hmspec" <<SPEC
heatmap "$1" {
  data "$2"
  tiles $3
  x column
  y row
  color value { scheme viridis }
  size 700 x 640
  interact tooltip, zoom, pan
}
SPEC
}
spec big big.npy auto
spec big-off big.npy off
spec m2k-off m2k.npy off

echo "== build (java -Xmx2g -jar hmspec.jar render; wall and CPU seconds, peak RSS) =="
build() { # name formats
  load
  local t0=$(date +%s%N) rc=0
  (cd "$D" && /usr/bin/time -f "%U %S %M" -o "$D/$1.rss" java -Xmx2g -jar "$JAR" render "$1.hmspec" -o "$D/out" --format "$2" \
     > "$D/$1.log" 2>&1) || rc=$?
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local rss; rss=$(tail -1 "$D/$1.rss")
  printf "%-10s %-5s %7.1f s wall %7.1f s CPU %6d MB peak RSS  %s\n" "$1" "$2" "$(echo "$ms/1000" | bc -l)" \
    "$(echo "$rss" | awk '{print $1 + $2}')" "$(( $(echo "$rss" | awk '{print $3}') / 1024 ))" \
    "$([ $rc = 0 ] && echo ok || echo "FAILED: $(grep -m1 -iE 'memory|error' "$D/$1.log" | cut -c1-110)")"
}
rm -rf "$D/out"
build big html
build big png
build big-off html
build m2k-off html
load
echo
echo "== sizes =="
printf "big.html %d bytes; big.tiles %s in %d files\n" "$(stat -c %s "$D/out/big.html")" \
  "$(du -sh "$D/out/big.tiles" | cut -f1)" "$(find "$D/out/big.tiles" -type f | wc -l)"
[ -f "$D/out/m2k-off.html" ] && printf "m2k-off.html (2000 x 2000, every cell inside) %d bytes\n" "$(stat -c %s "$D/out/m2k-off.html")"
echo
echo "== browser: peers' harness, medians of $RUNS runs =="
(cd "$WORK/peers" && node gen.mjs 2000 >/dev/null)
load
(cd "$WORK/peers" && node browser-bench.mjs --runs "$RUNS" "$D/out/big.html" "$D/out/m2k-off.html" "$WORK/peers/out/plotly-n2000-s42.html")
load
echo
echo "== tiles probe (medians; 5 zooms to fresh 300 x 300-cell windows) =="
load
(cd "$WORK/peers" && node tiles-probe.mjs "$D/out/big.html" 5)
load
