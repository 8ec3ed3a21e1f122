#!/usr/bin/env bash
# plots.sh DB [OUTDIR]: pictures of a corpus database made by sql/schema.sql
# and sql/load.sql, written to OUTDIR (default: the database's directory):
#   comentions.dot, comentions.graphml   the co-mention graph
#                                        (sql/reports/graph_dot.sql, graph_graphml.sql)
#   comentions.svg, comentions.png       rendered by Graphviz, when `dot` exists
#   mentions.dat, mentions.gp            mentions per month and type
#                                        (sql/reports/mentions_timeline.sql), gnuplot script
#   mentions.svg, mentions.png           drawn by gnuplot, when it exists
# Debian: apt-get install graphviz gnuplot-nox. Missing tools are reported
# and skipped; the exports are always written. `make plots` runs this on
# build/demo.db.
set -euo pipefail
db=$1
out=${2:-$(dirname "$db")}
here=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$db" ] || { echo "plots: no database $db (run make demo)" >&2; exit 1; }
mkdir -p "$out"
q() { sqlite3 -batch -noheader -list "$db" <"$here/sql/reports/$1"; }

q graph_dot.sql >"$out/comentions.dot"
q graph_graphml.sql >"$out/comentions.graphml"
made="comentions.dot comentions.graphml"
if command -v dot >/dev/null; then
  dot -Tsvg "$out/comentions.dot" -o "$out/comentions.svg"
  dot -Tpng -Gdpi=96 "$out/comentions.dot" -o "$out/comentions.png"
  made+=" comentions.svg comentions.png"
else
  echo "plots: graphviz not found (apt-get install graphviz): comentions.dot not rendered"
fi

sqlite3 -batch -header -separator ' ' "$db" <"$here/sql/reports/mentions_timeline.sql" >"$out/mentions.dat"
cat >"$out/mentions.gp" <<'GP'
# gnuplot script: mentions per month and entity type (mentions.dat).
# term and output are set by the caller: gnuplot -e 'set term svg; set output "m.svg"' mentions.gp
set title "Entity mentions per month of publication"
set style data histograms
set style histogram rowstacked
set style fill solid 0.85 border -1
set boxwidth 0.75
set key outside right top
set ylabel "mentions"
set yrange [0:*]
set offsets 0, 0, graph 0.08, 0
set xtics rotate by -45 nomirror
set grid ytics
plot for [i=2:5] 'mentions.dat' using i:xtic(1) title columnheader(i) \
     lc rgb word("#1f78b4 #33a02c #ff7f00 #e6c700", i - 1)
GP
rows=$(($(wc -l <"$out/mentions.dat") - 1))
made+=" mentions.dat mentions.gp"
if [ "$rows" -lt 1 ]; then
  echo "plots: no dated mentions: no chart"
elif command -v gnuplot >/dev/null; then
  (cd "$out" &&
    gnuplot -e 'set term svg size 900,480 font "Helvetica,12"; set output "mentions.svg"' mentions.gp &&
    gnuplot -e 'set term pngcairo size 900,480 font "Helvetica,11"; set output "mentions.png"' mentions.gp 2>/dev/null ||
    gnuplot -e 'set term png size 900,480; set output "mentions.png"' mentions.gp)
  made+=" mentions.svg mentions.png"
else
  echo "plots: gnuplot not found (apt-get install gnuplot-nox): mentions.dat not drawn"
fi
echo "plots: $out/{${made// /,}}"
