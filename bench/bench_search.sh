#!/usr/bin/env bash
# bench_search.sh BUILD DB: building an FTS5 index over the bench rows with
# the `french` tokenizer (segmenter + Snowball stemming + folding) against
# SQLite's `unicode61 remove_diacritics 2`, same rows, same run. Prints
# MB/s of each (best of three, CPU time user + sys of the INSERT alone:
# the machine is shared, and wall clock would measure the neighbours) and the
# ratio french / unicode61 (the goal is >= 70%).
set -euo pipefail
build=$1 db=$2
mb=$(sqlite3 "$db" "SELECT sum(length(CAST(body AS BLOB)))/1048576.0 FROM docs")
index_time() { # tokenizer spec -> seconds of one index build
  printf '%s\n' "CREATE VIRTUAL TABLE temp.x USING fts5(body, tokenize='$1');" \
    ".timer on" "INSERT INTO temp.x(rowid, body) SELECT id, body FROM docs;" |
    sqlite3 -cmd ".load $build/presse" "$db" |
    sed -n 's/^Run Time: real [0-9.]* user \([0-9.]*\) sys \([0-9.]*\).*/\1 \2/p' |
    awk '{ print $1 + $2 }' | grep . ||
    { echo "bench_search: indexing with '$1' failed" >&2; exit 1; }
}
# Interleaved runs, best of each kept, so that noise lasting a few seconds
# hits every tokenizer alike.
t_u=999 t_f=999 t_n=999
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a < b) ? a : b }'; }
for i in 1 2 3; do
  t_u=$(min "$t_u" "$(index_time "unicode61 remove_diacritics 2")")
  t_f=$(min "$t_f" "$(index_time "french")")
  t_n=$(min "$t_n" "$(index_time "french stem 0")")
done
awk -v mb="$mb" -v u="$t_u" -v f="$t_f" -v n="$t_n" 'BEGIN {
  printf "%-44s %9.1f MB/s %8.3f s\n", "fts5 unicode61 remove_diacritics 2", mb / u, u
  printf "%-44s %9.1f MB/s %8.3f s\n", "fts5 french", mb / f, f
  printf "%-44s %9.1f MB/s %8.3f s\n", "fts5 french stem 0", mb / n, n
  printf "french / unicode61: %.0f%% (goal >= 70%%); french stem 0: %.0f%%\n", 100 * u / f, 100 * u / n
}'
