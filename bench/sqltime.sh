#!/usr/bin/env bash
# sqltime.sh BUILD DB LABEL SQL: runs SQL over the bench rows with the
# extension loaded and prints "LABEL  MB/s  seconds", from the shell's own
# timer (wall clock of the statement alone). The best of three runs is kept,
# to take the noise of a shared machine out.
set -euo pipefail
build=$1 db=$2 label=$3 sql=$4
mb=$(sqlite3 "$db" "SELECT sum(length(CAST(body AS BLOB)))/1048576.0 FROM docs")
best=$(for i in 1 2 3; do
  printf ".timer on\n%s;\n" "$sql" | sqlite3 -cmd ".load $build/presse" "$db" | sed -n 's/^Run Time: real \([0-9.]*\).*/\1/p'
done | sort -g | head -1)
awk -v l="$label" -v mb="$mb" -v t="$best" 'BEGIN{ if (t <= 0) t = 0.001; printf "%-44s %9.1f MB/s %8.3f s\n", l, mb / t, t }'
