#!/usr/bin/env bash
# bench_analysis.sh: one analysis per document (ext/sqlite/sql_analysis.c).
# entities(x) then quotes(x) on the same documents, in ns per byte of text:
#   separate: two statements, every entities() over all rows, then every
#             quotes(); with more rows than the cache holds, quotes() must
#             segment and find the entities again (as load.sql did);
#   one pass: both calls for each row before the next row, as load.sql now
#             runs them: quotes() reuses the analysis entities() just made.
# Same build, same rows, best of three, in CPU time (user + sys: the
# machine is shared and wall time varies with its load); length() as the
# baseline.
set -euo pipefail
build=$1 db=$2
bytes=$(sqlite3 "$db" "SELECT sum(length(CAST(body AS BLOB))) FROM docs")
best() { # best SQL...: the best wall time of three runs of the statements
  for i in 1 2 3; do
    printf ".timer on\n%s\n" "$1" | sqlite3 -cmd ".load $build/presse" "$db" |
      awk '/^Run Time/ { s += $6 + $8 } END { print s }'
  done | sort -g | head -1
}
show() { awk -v l="$1" -v b="$bytes" -v t="$2" 'BEGIN { printf "%-44s %7.1f ns/byte %8.3f s\n", l, t * 1e9 / b, t }'; }
show "length() (baseline)" "$(best "SELECT sum(length(body)) FROM docs;")"
sep=$(best "SELECT count(*) FROM docs, entities(docs.body);
SELECT count(*) FROM docs, quotes(docs.body);")
one=$(best "SELECT sum((SELECT count(*) FROM entities(d.body)) +
                (SELECT count(*) FROM quotes(d.body))) FROM docs AS d;")
show "entities() then quotes(), separate passes" "$sep"
show "entities() then quotes(), one pass" "$one"
