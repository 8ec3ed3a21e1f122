#!/usr/bin/env bash
# bench_corpus.sh BUILD [DB]: the corpus at scale. Generates N articles
# (default 100000, about 300 MB; BENCH_CORPUS_N to change) by recombining
# paragraphs of the shared real articles into BUILD/bench_corpus, loads them
# with sql/schema.sql + sql/load.sql (corpus(), entities, quotes, FTS5) under
# /usr/bin/time -v, then times each report query on the result.
# Targets (issue 5): load <= 60 s on 2 cores, each report <= 100 ms, peak
# memory < 1 GB. The DB argument of bench/run.sh is not used.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shared=${SHARED:-../shared}
n=${BENCH_CORPUS_N:-100000}
ext="$build/presse"
dir="$build/bench_corpus"
db="$build/bench_corpus.db"
if [ ! -d "$shared/data/wikinews-fr-2012/articles" ]; then
  echo "bench_corpus: shared articles not found, skipped"; exit 0
fi
if [ "$(find "$dir" -name '*.txt' 2>/dev/null | wc -l)" != "$n" ]; then
  rm -rf "$dir"
  echo "bench_corpus: generating $(python3 bench/make_corpus.py "$shared" "$dir" "$n")"
fi
rm -f "$db"
sqlite3 "$db" -cmd ".load $ext" < sql/schema.sql 2>/dev/null || true
/usr/bin/time -v -o "$build/bench_corpus.time" \
  sqlite3 "$db" -cmd ".load $ext" -cmd ".param set :dir '$dir'" < sql/load.sql | tail -1
wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$build/bench_corpus.time")
rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$build/bench_corpus.time")
mb=$(du -sm "$dir" | cut -f1)
echo "bench_corpus: load of $n articles ($mb MB): $wall wall, peak RSS $((rss / 1024)) MB"
for f in sql/reports/*.sql; do
  ms=$( { /usr/bin/time -f '%e' sqlite3 "$db" -cmd ".load $ext" -cmd ".param set :speaker 'Lavrov'" \
          < "$f" > /dev/null; } 2>&1 | tail -1)
  printf 'bench_corpus: %-22s %6.0f ms\n' "$(basename "$f" .sql)" "$(awk -v s="$ms" 'BEGIN { print s * 1000 }')"
done
