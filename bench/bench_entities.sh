#!/usr/bin/env bash
# bench_entities.sh BUILD DB: entities() through SQL over the bench rows
# (segmenter included, as users run it), next to the SQLite built-ins
# length() and lower() over the same rows, with the ratio to lower().
# With valgrind, also the instructions per byte of entities() and lower()
# over the first ENTITIES_IR_ROWS rows (default 300; 0 skips it), counted
# by callgrind for the whole query less the same query on an empty
# document: a figure that load on the machine does not change (wall-clock
# times on a shared machine move by a factor of two from run to run).
set -euo pipefail
build=$1 db=$2
ir_rows=${ENTITIES_IR_ROWS:-300}
len=$(bench/sqltime.sh "$build" "$db" "length() (baseline)" "SELECT sum(length(body)) FROM docs")
low=$(bench/sqltime.sh "$build" "$db" "lower() (baseline)" "SELECT sum(length(lower(body))) FROM docs")
ent=$(bench/sqltime.sh "$build" "$db" "entities()" "SELECT count(*) FROM docs, entities(docs.body)")
key=$(bench/sqltime.sh "$build" "$db" "entities() with key" "SELECT count(DISTINCT key) FROM docs, entities(docs.body)")
echo "$len"
echo "$low"
lm=$(awk '{print $(NF-3)}' <<<"$low")
for l in "$ent" "$key"; do
  em=$(awk '{print $(NF-3)}' <<<"$l")
  awk -v l="$l" -v em="$em" -v lm="$lm" 'BEGIN { printf "%s  (%.2fx lower())\n", l, (lm > 0 ? em / lm : 0) }'
done
if [ "$ir_rows" -gt 0 ] && command -v valgrind >/dev/null; then
  small=$(mktemp)
  trap 'rm -f "$small"' EXIT
  sqlite3 "$db" "ATTACH '$small' AS s; CREATE TABLE s.docs AS SELECT body FROM docs ORDER BY rowid LIMIT $ir_rows;"
  bytes=$(sqlite3 "$small" "SELECT sum(length(CAST(body AS BLOB))) FROM docs")
  ir() { # instructions of the query $1, less those of $2
    local a b
    a=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null sqlite3 "$small" -cmd ".load $build/presse" "$1" 2>&1 |
      sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    b=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null sqlite3 "$small" -cmd ".load $build/presse" "$2" 2>&1 |
      sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    echo $((a - b))
  }
  ie=$(ir "SELECT count(*) FROM docs, entities(docs.body)" "SELECT count(*) FROM docs, entities('')")
  il=$(ir "SELECT sum(length(lower(body))) FROM docs" "SELECT sum(length(lower(''))) FROM docs")
  awk -v ie="$ie" -v il="$il" -v b="$bytes" -v r="$ir_rows" 'BEGIN {
    printf "%-44s %9.1f instructions/byte (callgrind, %d rows, %d bytes)\n", "lower() (baseline)", il / b, r, b
    printf "%-44s %9.1f instructions/byte  (%.1fx lower())\n", "entities()", ie / b, ie / il }'
fi
