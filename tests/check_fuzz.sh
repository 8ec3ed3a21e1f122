#!/usr/bin/env bash
# check_fuzz.sh [BUILD]: a short run of every libFuzzer target (make fuzz,
# CHECK_FUZZ_SECONDS each, default 20, two at a time) so that a regression that a fuzzer
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
# Two jobs: the fuzz build compiles the whole library again with clang.
if ! out=$(make -s --no-print-directory -j2 fuzz-build 2>&1); then
  printf '%s\n' "$out" | grep -v warning | tail -20
  echo "fuzz: 0 passed, 1 failed"
  exit 1
fi
python3 fuzz/seeds.py build/fuzz/seeds ../shared >/dev/null
# libFuzzer replays every seed before its clock counts: the 3,000 seeds
# (13 MB of articles) took minutes per target, most of CI's fuzzing time.
# The short run replays one seed in CHECK_FUZZ_SEED_STRIDE (default 8),
# chosen by name (a hash), so the sample is fixed and spread.
stride=${CHECK_FUZZ_SEED_STRIDE:-8}
rm -rf build/fuzz/seeds-sample && mkdir -p build/fuzz/seeds-sample
ls build/fuzz/seeds | awk -v k="$stride" 'NR % k == 1' |
  while read -r f; do ln -s "../seeds/$f" "build/fuzz/seeds-sample/$f"; done
export FUZZ_SEEDS=build/fuzz/seeds-sample
# The targets run in two halves side by side: each still gets its seconds
# (libFuzzer's -max_total_time is wall time), the check takes half as long.
targets=($(ls fuzz/fuzz_*.c | sed 's|fuzz/fuzz_\(.*\)\.c|\1|'))
half=$(((${#targets[@]} + 1) / 2))
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fuzz/run.sh build/fuzz "$secs" "${targets[@]:0:half}" >"$tmp/a" 2>&1 &
fuzz/run.sh build/fuzz "$secs" "${targets[@]:half}" >"$tmp/b" 2>&1
wait
pass=0 fail=0
for f in "$tmp/a" "$tmp/b"; do
  sed '$d' "$f"
  line=$(tail -1 "$f")
  p=$(sed -n 's/^fuzz: \([0-9]*\) passed.*/\1/p' <<<"$line")
  n=$(sed -n 's/.* \([0-9]*\) failed$/\1/p' <<<"$line")
  pass=$((pass + ${p:-0})); fail=$((fail + ${n:-1}))
done
echo "fuzz: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
