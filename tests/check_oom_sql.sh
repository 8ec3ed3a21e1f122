#!/usr/bin/env bash
# check_oom_sql.sh [BUILD]: builds tests/oom_sql.c (the SQL layer with
# -DSQLITE_CORE, SQLite's allocator replaced by a failing one) and runs it
# on every presse function, corpus() over corpus/ and the fts5 tokenizer.
# Ends with "oom_sql: N passed, N failed".
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
if ! out=$(make -s --no-print-directory BUILD="$build" "$build/tools/oom_sql" 2>&1); then
  printf '%s\n' "$out" | tail -20
  echo "oom_sql: 0 passed, 1 failed"
  exit 1
fi
"$build/tools/oom_sql" corpus
