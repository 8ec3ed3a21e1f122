#!/usr/bin/env bash
# run.sh: make bench. Builds the benchmark rows once (bench/make_data.sh),
# then runs every bench/bench_*.sh with the build directory and the rows'
# database. Each benchmark prints its figures as ratios against SQLite
# built-ins measured in the same run, so the numbers mean the same on any
# machine.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build} shared=${2:-../shared}
if [ ! -d "$shared/corpus/seeds" ]; then
  echo "bench: $shared/corpus/seeds not found: the benchmarks need the shared articles; skipped"
  exit 0
fi
db=$(bench/make_data.sh "$build" "$shared")
for b in bench/bench_*.sh; do
  echo "== $(basename "$b" .sh)"
  "$b" "$build" "$db"
done
