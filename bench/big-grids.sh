#!/usr/bin/env bash
# Big-grid renders, this checkout beside a baseline build of another commit (default: the
# merge base with main), in one run on the same machine (issue 8 item 5 targets):
#   1000 x 10,000 wide CSV (tiled by default since issue 9; "tiles off" = every cell in the page, as the base) (1e7 values, ~75 MB) under -Xmx512m: render <= 3 s, <= 1 GB max RSS
#   2000 x 2000 long CSV (4e6 rows): render <= 1.5 s
# For each case and jar: the whole CLI render (median wall time of RUNS, max RSS from
# /usr/bin/time -v, all of html,svg,png), then one stage split (read+transform, compile, each
# format) through bench/Split.java; then the same split on a table made in memory
# ("synthetic": the compile and render side alone, whatever the readers cost); then DuckDB alone
# reading (and, wide, unpivoting) the same file.
#   bench/big-grids.sh                    # RUNS=3
#   RUNS=1 BASE=<commit> bench/big-grids.sh
#   ONLY=long bench/big-grids.sh          # one case (wide, long, synthetic, duckdb)
#   WIDE_1G=0 SPLIT_HEAP_WIDE=-Xmx512m    # skip the -Xmx1g whole renders; split under 512m
# The split line ends with the main thread's CPU ms per stage (steadier than wall time under load).
# Needs java 17, mvn (offline), python3, /usr/bin/time. Everything goes under target/bench.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${WORK:-$ROOT/target/bench}"
RUNS="${RUNS:-3}"
BASE="${BASE:-$(git -C "$ROOT" merge-base HEAD main)}"
HEAP_WIDE="${HEAP_WIDE:--Xmx512m}"
HEAP_LONG="${HEAP_LONG:--Xmx2g}"   # the long target sets no heap; the readers need more than 512 MB
DUCK="${DUCK:-$HOME/.m2/repository/org/duckdb/duckdb_jdbc/1.5.6.0/duckdb_jdbc-1.5.6.0.jar}"
mkdir -p "$WORK/data" "$WORK/out" "$WORK/baseline"

# This checkout's CLI jar, and the baseline's, built from a copy of its tree (cached by commit).
if [ -z "${SKIP_BUILD:-}" ]; then (cd "$ROOT" && mvn -o -B -q package -pl core,duckdb,cli -DskipTests) || exit 1; fi
# A copy, so a build running meanwhile cannot swap the jar under a measurement.
NEW="$WORK/new-hmspec.jar"
cp "$ROOT/cli/target/hmspec.jar" "$NEW"
# DuckDB loads its native library from beside the jar (cli/pom.xml): link them beside the copy.
ln -sf "$ROOT"/cli/target/libduckdb_java.so_* "$WORK"/
OLD="$WORK/baseline/hmspec-$BASE.jar"
if [ ! -f "$OLD" ]; then
  src="$WORK/baseline/src-$BASE"
  rm -rf "$src" && mkdir -p "$src"
  git -C "$ROOT" archive "$BASE" | tar -x -C "$src"
  # The baseline may predate the duckdb module: build it only where it exists.
  mods=core,cli; [ -d "$src/duckdb" ] && mods=core,duckdb,cli
  (cd "$src" && mvn -o -B -q package -pl "$mods" -DskipTests) || exit 1
  cp "$src/cli/target/hmspec.jar" "$OLD" && rm -rf "$src"
fi

# Inputs, deterministic; generated once.
D="$WORK/data"
[ -f "$D/wide-1000x10000.csv" ] || python3 "$ROOT/bench/gen-grids.py" wide "$D/wide-1000x10000.csv" 1000 10000
[ -f "$D/long-2000x2000.csv" ] || python3 "$ROOT/bench/gen-grids.py" long "$D/long-2000x2000.csv" 2000 2000
spec() { # name, data line
  printf 'heatmap "%s" {\n  %s\n  x %s\n  y %s\n  color value { scheme viridis }\n  interact tooltip, zoom, pan\n}\n' "$1" "$2" "$3" "$4"
}
spec wide 'data "wide-1000x10000.csv" wide rows gene columns sample' sample gene > "$D/wide.hmspec"
spec long 'data "long-2000x2000.csv"' x y > "$D/long.hmspec"
# The same wide grid with every cell in the page (tiles off): what the base jar (no tiles) makes;
# by default a grid over 4,000,000 cells is tiled (issue 9) and the page loads tiles instead.
sed 's/^  x sample/  tiles off\n  x sample/' "$D/wide.hmspec" > "$D/wide-embedded.hmspec"
spec synthetic 'data values [{x: "s0", y: "g0", value: 0}]' x y > "$D/synthetic.hmspec"

ONLY="${ONLY:-}"
want() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# One CLI render: prints "wall_s rss_mb status".
render() { # jar heap spec
  local log="$WORK/out/time.log"
  (cd "$D" && /usr/bin/time -v java "$2" -jar "$1" render "$3" -o "$WORK/out" --format html,svg,png) >"$WORK/out/render.log" 2>"$log"
  local status=$?
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
  if [ $status -ne 0 ]; then
    local why; why=$(grep -o 'OutOfMemoryError[^"]*\|HM9[0-9][0-9][^\n]*' "$WORK/out/render.log" "$log" | head -1)
    echo "$wall $rss FAILED(${why:-exit $status})"
  else echo "$wall $rss ok"; fi
}

row() { # label jar heap spec
  local walls="" rsss="" status=ok
  for i in $(seq "$RUNS"); do
    read -r w r s < <(render "$2" "$3" "$4")
    walls="$walls$w\n"; rsss="$rsss$r\n"; [ "$s" = ok ] || status="$s"
  done
  printf "%-34s %-9s median %6.2f s  max RSS %5d MB  %s\n" "$1" "$3" \
    "$(printf "$walls" | median)" "$(printf "$rsss" | sort -n | tail -1)" "$status"
}

split() { # label jar heap spec [synthetic:CxR]
  printf "%-34s %-9s " "$1" "$3"
  (cd "$D" && java "$3" -cp "$2" "$ROOT/bench/Split.java" "$4" "$WORK/out/split" html,svg,png ${5:-} 2>&1 | tail -1)
}

echo "# big-grids: $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# new = $(git -C "$ROOT" rev-parse --short HEAD) (this checkout), base = ${BASE:0:7}; RUNS=$RUNS"
echo "## whole CLI render, html+svg+png"
if want wide; then
  row "wide 1000x10000  base" "$OLD" "$HEAP_WIDE" wide.hmspec
  row "wide 1000x10000  new" "$NEW" "$HEAP_WIDE" wide.hmspec
  row "wide 1000x10000  new, tiles off" "$NEW" "$HEAP_WIDE" wide-embedded.hmspec
  if [ "${WIDE_1G:-1}" = 1 ]; then
    row "wide 1000x10000  base (-Xmx1g)" "$OLD" -Xmx1g wide.hmspec
    row "wide 1000x10000  new (-Xmx1g)" "$NEW" -Xmx1g wide.hmspec
  fi
fi
if want long; then
  row "long 2000x2000   base" "$OLD" "$HEAP_LONG" long.hmspec
  row "long 2000x2000   new" "$NEW" "$HEAP_LONG" long.hmspec
fi
echo "## stage split, ms (read+transform is the data/ side; compile, html, svg, png are cells/render)"
if want wide; then
  split "wide  base" "$OLD" "${SPLIT_HEAP_WIDE:--Xmx1g}" wide.hmspec
  split "wide  new, tiles off" "$NEW" "${SPLIT_HEAP_WIDE:--Xmx1g}" wide-embedded.hmspec
fi
if want long; then
  split "long  base" "$OLD" "$HEAP_LONG" long.hmspec
  split "long  new" "$NEW" "$HEAP_LONG" long.hmspec
fi
if want synthetic; then
  echo "## compile and render alone: table made in memory (read+transform = making it)"
  split "synthetic 10000x1000  base" "$OLD" "$HEAP_WIDE" synthetic.hmspec synthetic:10000x1000
  split "synthetic 10000x1000  new" "$NEW" "$HEAP_WIDE" synthetic.hmspec synthetic:10000x1000
  split "synthetic 2000x2000   base" "$OLD" -Xmx512m synthetic.hmspec synthetic:2000x2000
  split "synthetic 2000x2000   new" "$NEW" -Xmx512m synthetic.hmspec synthetic:2000x2000
fi
if want duckdb && [ -f "$DUCK" ]; then
  echo "## DuckDB alone (JDBC, 2 threads)"
  printf "%-34s " "wide"; (cd "$D" && java -cp "$DUCK" "$ROOT/bench/DuckRead.java" wide-1000x10000.csv wide 2>&1 | tail -1)
  printf "%-34s " "long"; (cd "$D" && java -cp "$DUCK" "$ROOT/bench/DuckRead.java" long-2000x2000.csv long 2>&1 | tail -1)
fi
