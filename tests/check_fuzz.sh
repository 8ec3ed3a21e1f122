#!/usr/bin/env bash
# check_fuzz.sh [BUILD]: a short run of every libFuzzer target (make fuzz,
# CHECK_FUZZ_SECONDS each, default 20) so that a regression that a fuzzer
# finds at once shows up in CI. The long runs are `make fuzz
# FUZZ_SECONDS=600` (docs/robustness.md). Skipped, not failed, without
# clang. Ends with "fuzz: N passed, N failed".
set -u
cd "$(dirname "$0")/.."
secs=${CHECK_FUZZ_SECONDS:-20}
if ! command -v "${FUZZ_CC:-clang}" >/dev/null; then
  echo "fuzz: skipped, clang not installed (make deps installs it)"
  echo "fuzz: 0 passed, 0 failed"
  exit 0
fi
if ! out=$(make -s --no-print-directory fuzz-build 2>&1); then
  printf '%s\n' "$out" | grep -v warning | tail -20
  echo "fuzz: 0 passed, 1 failed"
  exit 1
fi
python3 fuzz/seeds.py build/fuzz/seeds ../shared >/dev/null
fuzz/run.sh build/fuzz "$secs" $(ls fuzz/fuzz_*.c | sed 's|fuzz/fuzz_\(.*\)\.c|\1|')
