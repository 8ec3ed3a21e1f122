#!/usr/bin/env bash
# bench_builtins.sh: the baseline every other benchmark is compared with:
# SQLite's own length() and lower() over the same rows.
set -euo pipefail
build=$1 db=$2
bench/sqltime.sh "$build" "$db" "length()" "SELECT sum(length(body)) FROM docs"
bench/sqltime.sh "$build" "$db" "lower()" "SELECT sum(length(lower(body))) FROM docs"
