#!/usr/bin/env bash
# bench_entities.sh BUILD DB: entities() through SQL over the bench rows
# (segmenter included, as users run it), next to the SQLite built-ins
# length() and lower() over the same rows, with the ratio to lower().
set -euo pipefail
build=$1 db=$2
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
