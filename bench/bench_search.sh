#!/usr/bin/env bash
# bench_search.sh BUILD DB: building an FTS5 index over the bench rows with
# the `french` tokenizer (segmenter + Snowball stemming + folding) against
# SQLite's `unicode61 remove_diacritics 2`, same rows, same run. Prints
# MB/s of each (best of three, CPU time user + sys of the INSERT alone:
# the machine is shared, and wall clock would measure the neighbours) and the
# ratio french / unicode61 (the goal is >= 70%).
#
# With valgrind installed it also prints the ratio of instructions executed
# (callgrind) over the first SEARCH_IR_ROWS rows (default 2000; 0 skips it):
# a count that load on the machine does not change. It is lower than the
# time ratio, since FTS5's own work has more cache misses per instruction
# than the tokenizer's.
set -euo pipefail
build=$1 db=$2
ir_rows=${SEARCH_IR_ROWS:-2000}
mb=$(sqlite3 "$db" "SELECT sum(length(CAST(body AS BLOB)))/1048576.0 FROM docs")
index_time() { # tokenizer spec -> seconds of one index build
  printf '%s\n' "CREATE VIRTUAL TABLE temp.x USING fts5(body, tokenize='$1');" \
    ".timer on" "INSERT INTO temp.x(rowid, body) SELECT id, body FROM docs;" |
    sqlite3 -cmd ".load $build/presse" "$db" |
    sed -n 's/^Run Time: real [0-9.]* user \([0-9.]*\) sys \([0-9.]*\).*/\1 \2/p' |
    awk '{ print $1 + $2 }' | grep . ||
    { echo "bench_search: indexing with '$1' failed" >&2; exit 1; }
}
index_instr() { # tokenizer spec -> instructions executed by sqlite3_step
  printf '%s\n' ".load $build/presse" \
    "CREATE VIRTUAL TABLE temp.x USING fts5(body, tokenize='$1');" \
    "INSERT INTO temp.x(rowid, body) SELECT id, body FROM docs LIMIT $ir_rows;" |
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      --collect-atstart=no --toggle-collect=sqlite3_step sqlite3 "$db" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | grep . ||
    { echo "bench_search: callgrind with '$1' failed" >&2; exit 1; }
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
if [ "$ir_rows" -gt 0 ] && command -v valgrind >/dev/null; then
  i_u=$(index_instr "unicode61 remove_diacritics 2")
  i_f=$(index_instr "french")
  awk -v u="$i_u" -v f="$i_f" -v r="$ir_rows" 'BEGIN {
    printf "instructions, first %d rows: unicode61 %.0f M, french %.0f M: %.0f%%\n", r, u / 1e6, f / 1e6, 100 * u / f
  }'
fi
