#!/usr/bin/env bash
# check_quotes_stress.sh [BUILD]: quotes() on the stress sets of reported
# speech (tests/stress/quotes_stress*.txt, invented paragraphs): every case
# gives exactly its expected rows, every case marked [open] still misses.
# Prints each set's figures, then:
#   quotes-stress: N passed, N failed
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
pass=0 fail=0
for set in tests/stress/quotes_stress*.txt; do
  echo "-- $set"
  out=$(python3 tests/stress_quotes.py --ext "$build/presse" --set "$set" --check)
  printf '%s\n' "$out" | sed '$d'
  line=$(tail -1 <<<"$out")
  p=$(sed -n 's/.* \([0-9][0-9]*\) passed.*/\1/p' <<<"$line")
  f=$(sed -n 's/.* \([0-9][0-9]*\) failed.*/\1/p' <<<"$line")
  pass=$((pass + ${p:-0})); fail=$((fail + ${f:-1}))
done
echo "quotes-stress: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
