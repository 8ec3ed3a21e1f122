#!/usr/bin/env bash
# bench_normalize.sh BUILD DB: french_normalize() through SQL against
# SQLite's lower() on the same rows, then the C core alone (bench_core)
# against an ASCII-lowercase byte table over the same documents. Every
# figure is printed next to its baseline, as a ratio.
set -euo pipefail
build=$1 db=$2

line() { bench/sqltime.sh "$build" "$db" "$1" "$2"; }
mbs() { awk '{ for (i = 1; i < NF; i++) if ($(i + 1) == "MB/s") print $i }'; }

lower=$(line "lower()" "SELECT sum(length(lower(body))) FROM docs")
norm=$(line "french_normalize()" "SELECT sum(length(french_normalize(body))) FROM docs")
acc=$(line "french_normalize(, 'keep_accents,keep_case')" \
  "SELECT sum(length(french_normalize(body, 'keep_accents,keep_case'))) FROM docs")
printf '%s\n%s\n%s\n' "$lower" "$norm" "$acc"
awk -v l="$(mbs <<<"$lower")" -v n="$(mbs <<<"$norm")" -v a="$(mbs <<<"$acc")" \
  'BEGIN { printf "SQL: french_normalize() = %.2f x lower(); with both options %.2f x lower()\n", n / l, a / l }'

# The core alone, over the same bodies written NUL-separated to a file.
if ! make --no-print-directory -s BUILD="$build" "$build/tools/bench_core" >/dev/null 2>&1; then
  make --no-print-directory BUILD="$build" "$build/tools/bench_core"; exit 1
fi
bodies=$build/bench/bodies.bin
if [ ! -s "$bodies" ] || [ "$db" -nt "$bodies" ]; then
  sqlite3 "$db" "SELECT writefile('$bodies.tmp', CAST((SELECT group_concat(body, char(0)) FROM (SELECT body FROM docs ORDER BY id)) AS BLOB))" >/dev/null
  mv "$bodies.tmp" "$bodies"
fi
"$build/tools/bench_core" "$bodies"
