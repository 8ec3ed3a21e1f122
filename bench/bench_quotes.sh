#!/usr/bin/env bash
# bench_quotes.sh BUILD DB: quotes() through SQL over the bench rows
# (segmenter and entities included, as users run it), next to the SQLite
# built-ins length() and lower() over the same rows, with the ratio to
# lower() (the machine may be shared: the ratio is what compares runs).
set -euo pipefail
build=$1 db=$2
len=$(bench/sqltime.sh "$build" "$db" "length() (baseline)" "SELECT sum(length(body)) FROM docs")
low=$(bench/sqltime.sh "$build" "$db" "lower() (baseline)" "SELECT sum(length(lower(body))) FROM docs")
quo=$(bench/sqltime.sh "$build" "$db" "quotes()" "SELECT count(*) FROM docs, quotes(docs.body)")
echo "$len"
echo "$low"
lm=$(awk '{print $(NF-3)}' <<<"$low")
qm=$(awk '{print $(NF-3)}' <<<"$quo")
awk -v l="$quo" -v qm="$qm" -v lm="$lm" 'BEGIN { printf "%s  (%.3fx lower())\n", l, (lm > 0 ? qm / lm : 0) }'
# With valgrind, also the instructions per byte of quotes() through SQL on
# the first QUOTES_IR_ROWS rows (default 300; 0 skips it), less those of
# length() over the same rows: a figure that load on the machine does not
# change.
ir_rows=${QUOTES_IR_ROWS:-300}
if [ "$ir_rows" -gt 0 ] && command -v valgrind >/dev/null; then
  rows="(SELECT body FROM docs ORDER BY rowid LIMIT $ir_rows) AS d"
  icount() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      sqlite3 -cmd ".load $build/presse" "$db" "$1" 2>&1 |
      sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
  }
  base=$(icount "SELECT sum(length(d.body)) FROM $rows")
  ir=$(icount "SELECT count(*) FROM $rows, quotes(d.body)")
  sz=$(sqlite3 "$db" "SELECT sum(length(CAST(d.body AS BLOB))) FROM $rows")
  awk -v ir="$ir" -v b="$base" -v sz="$sz" -v r="$ir_rows" 'BEGIN {
    printf "%-44s %9.1f instructions/byte (callgrind, %d rows, %d bytes)\n",
      "quotes()", (ir - b) / sz, r, sz }'
fi
