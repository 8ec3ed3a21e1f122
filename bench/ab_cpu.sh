#!/usr/bin/env bash
# ab_cpu.sh N SQL A.so B.so [...]: runs SQL over the bench rows
# (build/bench/news.db, made by `make bench`) N times with each extension,
# alternating them so that load on a shared machine falls on all alike,
# and prints each run's CPU time (user + sys) and the best of each with
# its MB/s. For comparing two builds of the same query, e.g.
#   bench/ab_cpu.sh 5 "SELECT count(*) FROM docs, quotes(docs.body);" \
#     /tmp/before/presse.so build/presse.so
# The best of several alternated runs is steadier than one wall-clock run
# of `make bench` when other work shares the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 3 ]; then
  echo "usage: bench/ab_cpu.sh N SQL EXT.so [EXT.so ...]" >&2
  exit 2
fi
n=$1 sql=$2
shift 2
db=${BENCH_DB:-build/bench/news.db}
[ -s "$db" ] || { echo "ab_cpu: $db not found (run make bench once)" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "ab_cpu: /usr/bin/time not found (apt-get install time)" >&2; exit 1; }
declare -A best
for i in $(seq "$n"); do
  for so in "$@"; do
    t=$({ /usr/bin/time -f "%U %S" sqlite3 -cmd ".load ${so%.so}" "$db" "$sql" >/dev/null; } 2>&1 |
      tail -1 | awk '{ print $1 + $2 }')
    echo "$so run $i: $t s"
    best[$so]=$(awk -v a="$t" -v b="${best[$so]:-1e9}" 'BEGIN { print (a < b) ? a : b }')
  done
done
mb=$(sqlite3 "$db" "SELECT sum(length(CAST(body AS BLOB))) / 1048576.0 FROM docs")
for so in "$@"; do
  awk -v s="$so" -v t="${best[$so]}" -v mb="$mb" 'BEGIN { printf "%s best %.3f s = %.1f MB/s\n", s, t, mb / t }'
done
