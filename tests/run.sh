#!/usr/bin/env bash
# run.sh: every test layer, for each build directory given (the plain build,
# then the sanitizer build). Ends with the line CI reads:
#   presse: N passed, N failed
set -u
cd "$(dirname "$0")/.."
total_pass=0 total_fail=0
count() { # add the "N passed, N failed" of a layer's last line
  local line=$1 p f
  p=$(sed -n 's/.* \([0-9][0-9]*\) passed.*/\1/p' <<<"$line")
  f=$(sed -n 's/.* \([0-9][0-9]*\) failed.*/\1/p' <<<"$line")
  total_pass=$((total_pass + ${p:-0})); total_fail=$((total_fail + ${f:-0}))
}

for build in "$@"; do
  preload=""
  if [[ $build == *asan* ]]; then
    # The sqlite3 shell is not instrumented: preload the runtimes so the
    # instrumented extension can run inside it.
    preload="$(gcc -print-file-name=libasan.so):$(gcc -print-file-name=libubsan.so)"
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  fi
  echo "== $build: unit tests"
  t0=$SECONDS
  for t in "$build"/tests/test_*; do
    [ -x "$t" ] || continue
    out=$(ASAN_OPTIONS=detect_leaks=1 "$t" 2>&1); rc=$?
    p=$(grep -c '^\[       OK \]' <<<"$out"); f=$(grep -c '^\[  FAILED  \] [^0-9]' <<<"$out")
    if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
    echo "$(basename "$t"): $p passed, $f failed"
    [ $rc -ne 0 ] && printf '%s\n' "$out" | grep -v '^\[ \(RUN\|      OK\)' | head -40
    total_pass=$((total_pass + p)); total_fail=$((total_fail + f))
  done
  echo "($((SECONDS - t0)) s)"
  echo "== $build: SQL tests"
  t0=$SECONDS
  # Output is captured, not tee'd to /dev/stderr: reopening stderr when it
  # is a log file would truncate the log.
  out=$(LD_PRELOAD=$preload tests/sqltest.sh "$build/presse" tests/sql/*.test)
  printf '%s\n' "$out"
  count "$(tail -1 <<<"$out")"
  echo "($((SECONDS - t0)) s)"
  unset ASAN_OPTIONS UBSAN_OPTIONS
done
# Checks of the whole build (install, bindings, docs): once, with the first
# build; each ends with "NAME: N passed, N failed".
for c in tests/check_*.sh; do
  [ -x "$c" ] || continue
  echo "== $1: $(basename "$c")"
  t0=$SECONDS
  out=$("$c" "$1"); rc=$?
  printf '%s\n' "$out"
  # The time of each layer, so that CI's 15 minutes can be kept.
  echo "($((SECONDS - t0)) s)"
  line=$(tail -1 <<<"$out")
  count "$line"
  # A script that fails without saying so still counts as a failure.
  if [ $rc -ne 0 ] && [[ $line != *[1-9]*" failed"* ]]; then total_fail=$((total_fail + 1)); fi
done
echo "presse: $total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
