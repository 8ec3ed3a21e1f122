#!/usr/bin/env bash
# bench_corpus.sh BUILD [DB]: the corpus at scale. For each size in
# BENCH_CORPUS_N (default "10000 100000"; BENCH_ARTICLES is the same), it
# generates that many articles (bench/make_corpus.py: paragraphs of the
# shared real articles recombined, about 3 KB each) under BUILD/bench_corpus_N,
# loads them into a new database with sql/schema.sql + sql/load.sql under
# /usr/bin/time -v, and prints each phase of the load (documents with the
# full-text index, entities and quotes, totals) in wall-clock and CPU
# seconds, the peak RSS, and the database size. With two sizes or more it
# prints how much each phase grew against the first size (linear: 10 times
# the data, within 11 times the time). Then it times each report on the
# largest database.
#
# BENCH_JOBS=N also loads each size with sql/load_parallel.sh and N worker
# processes, and gives its speed-up over the serial load and the CPU
# seconds of its merger, full-text process and workers; BENCH_SERIAL=0
# skips the serial load (make bench-million: 10^6 articles, parallel only).
# BENCH_KEEP=0 deletes the generated articles and databases afterwards.
# The DB argument of bench/run.sh is not used. Wall-clock figures depend on
# what else the machine runs: the CPU seconds are the steadier measure.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=${SHARED:-../shared}
sizes=${BENCH_ARTICLES:-${BENCH_CORPUS_N:-10000 100000}}
jobs=${BENCH_JOBS:-}
serial=${BENCH_SERIAL:-1}
ext="$build/presse"
if [ ! -d "$shared/data/wikinews-fr-2012/articles" ]; then
  echo "bench_corpus: shared articles not found, skipped"; exit 0
fi

# phases OUT: "phase wall cpu" lines from the .timer output of a load
phases() {
  awk '/^load: [a-z ]*$/ && !/done/ { ph = substr($0, 7); if (!(ph in w)) order[n++] = ph; next }
       /^Run Time/ { if (ph != "") { w[ph] += $4; c[ph] += $6 + $8 } }
       END { for (i = 0; i < n; i++) printf "%s|%.2f|%.2f\n", order[i], w[order[i]], c[order[i]] }' "$1"
}
mb() { awk -v k="$1" 'BEGIN { printf "%d", k / 1024 }'; }

last_db=
for n in $sizes; do
  dir="$build/bench_corpus_$n"
  if [ "$(find "$dir" -name '*.txt' 2>/dev/null | wc -l)" != "$n" ]; then
    rm -rf "$dir"
    echo "bench_corpus: generating $(python3 bench/make_corpus.py "$shared" "$dir" "$n")"
  fi
  size=$(du -sm --apparent-size "$dir" | cut -f1)
  if [ "$serial" != 0 ]; then
    db="$build/bench_corpus_$n.db"
    rm -f "$db" "$db-journal"
    sqlite3 "$db" -cmd ".load $ext" < sql/schema.sql
    /usr/bin/time -v -o "$build/bench_corpus.time" \
      sqlite3 "$db" -cmd ".load $ext" -cmd ".timer on" -cmd ".param set :dir \"'$dir'\"" \
      < sql/load.sql > "$build/bench_corpus_$n.out" 2> "$build/bench_corpus_$n.err"
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$build/bench_corpus.time")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$build/bench_corpus.time")
    cpu=$(awk '/User time|System time/ { s += $NF } END { printf "%.1f", s }' "$build/bench_corpus.time")
    echo "bench_corpus: serial load of $n articles ($size MB): $wall wall, $cpu s CPU, peak RSS $(mb "$rss") MB, database $(du -m "$db" | cut -f1) MB"
    phases "$build/bench_corpus_$n.out" > "$build/bench_corpus_$n.phases"
    while IFS='|' read -r ph w c; do
      printf 'bench_corpus:   %-22s %8.2f s wall %8.2f s CPU\n' "$ph" "$w" "$c"
    done < "$build/bench_corpus_$n.phases"
    grep '^load: [0-9]' "$build/bench_corpus_$n.out" | sed 's/^/bench_corpus:   /' || true
    last_db=$db
  fi
  if [ -n "$jobs" ]; then
    pdb="$build/bench_corpus_${n}_j$jobs.db"
    rm -f "$pdb" "$pdb-journal"
    sqlite3 "$pdb" -cmd ".load $ext" < sql/schema.sql
    # in its own process group, so that the memory of all its processes
    # (workers and merger) can be summed while it runs
    setsid env LOAD_TIMER=1 /usr/bin/time -v -o "$build/bench_corpus_par.time" \
      sql/load_parallel.sh "$pdb" "$dir" "$jobs" "$ext" > "$build/bench_corpus_${n}_j$jobs.out" \
      2> "$build/bench_corpus_${n}_j$jobs.err" &
    lp=$! sum_max=0
    while kill -0 "$lp" 2> /dev/null; do
      sum=$(ps -e -o pgid=,rss= | awk -v g="$lp" '$1 == g { s += $2 } END { print s + 0 }')
      [ "$sum" -gt "$sum_max" ] && sum_max=$sum
      sleep 1
    done
    wait "$lp"
    pwall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$build/bench_corpus_par.time")
    pcpu=$(awk '/User time|System time/ { s += $NF } END { printf "%.1f", s }' "$build/bench_corpus_par.time")
    # peak RSS: the largest single process (workers and merger run apart);
    # load_parallel.sh reports the sum of the processes alive together.
    prss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$build/bench_corpus_par.time")
    echo "bench_corpus: parallel load of $n articles, $jobs workers: $pwall wall, $pcpu s CPU, peak RSS $(mb "$sum_max") MB (all its processes together; the largest alone $(mb "$prss") MB), database $(du -m "$pdb" | cut -f1) MB"
    sed -n 's/^load_parallel: \([0-9]* shards\)/bench_corpus:   \1/p' "$build/bench_corpus_${n}_j$jobs.out"
    # CPU seconds of each kind of process, from their .timer lines
    # (LOAD_TIMER=1): the merger before and in the closing step, the
    # full-text process, the workers
    awk '/^load: totals/ { t = 1 } /^Run Time/ { if (t) c += $6 + $8; else m += $6 + $8 }
         END { printf "bench_corpus:   merger %.1f s CPU on the shards, %.1f s in the closing step\n", m, c }' \
      "$build/bench_corpus_${n}_j$jobs.out"
    awk '/^worker [0-9]*: Run Time/ { w += $8 + $10; next } /^Run Time/ { f += $6 + $8 }
         END { printf "bench_corpus:   full-text process %.1f s CPU, workers %.1f s CPU\n", f, w }' \
      "$build/bench_corpus_${n}_j$jobs.err"
    grep '^load: [0-9]' "$build/bench_corpus_${n}_j$jobs.out" | sed 's/^/bench_corpus:   /' || true
    if [ "$serial" != 0 ]; then
      to_s() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }' <<<"$1"; }
      awk -v a="$(to_s "$wall")" -v b="$(to_s "$pwall")" -v j="$jobs" \
        'BEGIN { printf "bench_corpus:   speed-up of %d workers over the serial load: %.2fx\n", j, a / b }'
    fi
    [ -n "$last_db" ] || last_db=$pdb
  fi
  if [ "${BENCH_KEEP:-1}" = 0 ]; then rm -rf "$dir"; fi
done

# Growth of each phase against the first size.
set -- $sizes
if [ "$serial" != 0 ] && [ $# -ge 2 ]; then
  first=$1
  for n in "${@:2}"; do
    join -t'|' <(sort "$build/bench_corpus_$first.phases") <(sort "$build/bench_corpus_$n.phases") |
      awk -F'|' -v a="$first" -v b="$n" '{
        r = $2 > 0 ? $4 / $2 : 0; rc = $3 > 0 ? $5 / $3 : 0
        printf "bench_corpus: %-22s x%.1f wall, x%.1f CPU for x%g articles (%s -> %s)\n", $1, r, rc, b / a, a, b }'
  done
fi

if [ -n "$last_db" ] && [ -f "$last_db" ]; then
  for f in sql/reports/*.sql; do
    ms=$( { /usr/bin/time -f '%e' sqlite3 "$last_db" -cmd ".load $ext" -cmd ".param set :speaker \"'Lavrov'\"" \
            -cmd ".param set :q \"'coopération + militaire'\"" \
            < "$f" > /dev/null; } 2>&1 | tail -1)
    printf 'bench_corpus: %-22s %6.0f ms\n' "$(basename "$f" .sql)" "$(awk -v s="$ms" 'BEGIN { print s * 1000 }')"
  done
fi
if [ "${BENCH_KEEP:-1}" = 0 ]; then
  for n in $sizes; do rm -f "$build/bench_corpus_$n.db" "$build/bench_corpus_${n}_j"*.db; done
fi
