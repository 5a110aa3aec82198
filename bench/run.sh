#!/usr/bin/env bash
# Benchmark: hmspec HTML pages beside the Plotly and Vega-Lite peers, measured in one run by
# shared/bench-peers/browser-bench.mjs (same data, same Chromium, same signals). Prints a table.
#   bench/run.sh                      # N = 100 300 1000 2000, 3 runs per page
#   SIZES="100 1000" RUNS=1 bench/run.sh
# Needs node, npm and /usr/bin/chromium. Everything is written under target/bench (git-ignored).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PEERS_SRC="${PEERS_SRC:-$ROOT/../shared/bench-peers}"
WORK="${WORK:-$ROOT/target/bench}"
SIZES="${SIZES:-100 300 1000 2000}"
RUNS="${RUNS:-3}"

(cd "$ROOT" && mvn -q -o package -DskipTests)
JAR="$ROOT/cli/target/hmspec.jar"

# A copy of the peers' harness: the shared folder is read-only and node_modules stays out of git.
mkdir -p "$WORK/peers" "$WORK/pages"
if [ ! -d "$WORK/peers/node_modules" ]; then
  (cd "$PEERS_SRC" && tar --exclude=node_modules --exclude=out -cf - .) | (cd "$WORK/peers" && tar -xf -)
  (cd "$WORK/peers" && npm ci --silent --no-audit --no-fund)
fi

pages=()
for n in $SIZES; do
  (cd "$WORK/peers" && node gen.mjs "$n" >/dev/null)
  data="$WORK/peers/out/data"
  cat > "$data/hmspec-n$n.hmspec" <<SPEC
heatmap "hmspec n=$n" {
  data "hm-n$n-s42-long.csv"
  x x
  y y
  color value { scheme viridis }
  interact tooltip, zoom, pan
}
SPEC
  start=$(date +%s%N)
  (cd "$data" && java -jar "$JAR" render "hmspec-n$n.hmspec" -o "$WORK/pages" --format html >/dev/null)
  echo "n=$n: CLI render $(( ($(date +%s%N) - start) / 1000000 )) ms, page $(stat -c %s "$WORK/pages/hmspec-n$n.html") bytes" >&2
  pages+=("$WORK/pages/hmspec-n$n.html" "$WORK/peers/out/plotly-n$n-s42.html" "$WORK/peers/out/vegalite-canvas-n$n-s42.html")
done

cd "$WORK/peers"
node browser-bench.mjs --runs "$RUNS" --json "$WORK/results.json" --md "$WORK/results.md" "${pages[@]}"
