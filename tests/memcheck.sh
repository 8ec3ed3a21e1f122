#!/usr/bin/env bash
# memcheck.sh [BUILD]: the unit tests and the SQL golden tests under
# valgrind --leak-check=full --error-exitcode=1 (make memcheck): each unit
# test binary, and each .test file's cases in one sqlite3 shell (below).
# Ends with "memcheck: N passed, N failed".
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

# The SQL cases of each .test file run in ONE shell under valgrind, a fresh
# in-memory database and .load before each case: valgrind's start-up (0.8 s
# of CPU with presse's debug information) is paid 12 times instead of 223
# (about 3 minutes of CI's two cores). The rows are make test's business
# (tests/sqltest.sh); here only valgrind's verdict counts: any report in
# its log (-q: nothing else is written there) fails the file.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
shared=$(cd ../shared 2>/dev/null && pwd) || shared=""
sql_pass=0 sql_fail=0
for file in tests/sql/*.test; do
  script=$tmp/$(basename "$file").sql
  : >"$script"
  ncase=0 mode=none
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ $line == "== "* ]]; then
      mode=sql ncase=$((ncase + 1))
      printf '.open :memory:\n.load %s\n.print == %s\n' "$build/presse" "${line#== }" >>"$script"
    elif [[ $mode == sql && $line == "--" ]]; then
      mode=want
    elif [[ $mode == sql ]]; then
      if [[ $line == *@SHARED@* ]]; then
        # A case on ../shared: dropped when it is absent (its SQL would fail).
        [ -z "$shared" ] && { mode=want; continue; }
        line=${line//@SHARED@/$shared}
      fi
      printf '%s\n' "$line" >>"$script"
    fi
  done <"$file"
  log=$tmp/vg.log
  rm -f "$log"
  "${vg[@]}" --log-file="$log" sqlite3 -batch :memory: <"$script" >"$tmp/out" 2>&1
  if [ -s "$log" ]; then
    sql_fail=$((sql_fail + 1))
    echo "FAIL $(basename "$file") under valgrind ($ncase cases in one shell; the last case started before the report:)"
    grep '^== ' "$tmp/out" | tail -1 | sed 's/^/    /'
    head -40 "$log" | sed 's/^/    /'
  else
    sql_pass=$((sql_pass + 1))
  fi
done
echo "sql (files, one shell each): $sql_pass passed, $sql_fail failed"
pass=$((pass + sql_pass)); fail=$((fail + sql_fail))
echo "memcheck: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
