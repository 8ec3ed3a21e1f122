#!/usr/bin/env bash
# memcheck.sh [BUILD]: the unit tests and the SQL golden tests under
# valgrind --leak-check=full --error-exitcode=1 (make memcheck). The SQL
# tests go through the sqlite3 shell: a wrapper named sqlite3, first in
# PATH, runs the real shell under valgrind, so any report lands in the
# captured output and fails the case. Ends with "memcheck: N passed, N failed".
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
command -v valgrind >/dev/null || { echo "memcheck: valgrind not installed"; exit 1; }
vg=(valgrind -q --leak-check=full --errors-for-leak-kinds=definite,possible
    --error-exitcode=1 --suppressions=tests/valgrind.supp)
pass=0 fail=0
for t in "$build"/tests/test_*; do
  [ -x "$t" ] || continue
  if out=$("${vg[@]}" "$t" 2>&1); then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $(basename "$t") under valgrind"
    grep -v '^\[ \(RUN\|      OK\)' <<<"$out" | head -40 | sed 's/^/    /'
  fi
done
echo "unit: $pass passed, $fail failed"

wrap=$(mktemp -d)
trap 'rm -rf "$wrap"' EXIT
real=$(command -v sqlite3)
printf '#!/bin/sh\nexec %s %s "$@"\n' "${vg[*]/#/}" "$real" >"$wrap/sqlite3"
sed -i "s|--suppressions=tests/valgrind.supp|--suppressions=$PWD/tests/valgrind.supp|" "$wrap/sqlite3"
chmod +x "$wrap/sqlite3"
# captured, not tee'd to /dev/stderr, which would truncate a redirected log
out=$(PATH=$wrap:$PATH tests/sqltest.sh "$build/presse" tests/sql/*.test)
printf '%s\n' "$out"
line=$(tail -1 <<<"$out")
p=$(sed -n 's/.* \([0-9][0-9]*\) passed.*/\1/p' <<<"$line")
f=$(sed -n 's/.* \([0-9][0-9]*\) failed.*/\1/p' <<<"$line")
pass=$((pass + ${p:-0})); fail=$((fail + ${f:-1}))
echo "memcheck: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
