#!/usr/bin/env bash
# check_quotes_stress.sh [BUILD]: quotes() on the stress set of reported
# speech (tests/stress/quotes_stress.txt, invented paragraphs): every case
# gives exactly its expected rows, every case marked [open] still misses.
# Prints the set's figures, then:
#   quotes-stress: N passed, N failed
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
python3 tests/stress_quotes.py --ext "$build/presse" --check
