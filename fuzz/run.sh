#!/usr/bin/env bash
# run.sh FUZZ_DIR SECONDS TARGET...: runs each libFuzzer target for SECONDS
# (nice'd: the machine is shared), one after the other, and prints per
# target its run time, executions and findings, then
#   fuzz: N passed, N failed
# A target fails when it reports a crash, leak, timeout or out-of-memory
# (the reproducer is kept in FUZZ_DIR/findings/).
set -u
cd "$(dirname "$0")/.."
dir=$1 secs=$2; shift 2
# FUZZ_SEEDS: another seed directory (check_fuzz.sh passes a sample).
seeds=${FUZZ_SEEDS:-$dir/seeds}
pass=0 fail=0
mkdir -p "$dir/findings" "$dir/logs"
for t in "$@"; do
  bin=$dir/bin/fuzz_$t
  if [ ! -x "$bin" ]; then echo "fuzz_$t: not built"; fail=$((fail + 1)); continue; fi
  mkdir -p "$dir/corpus/$t"
  log=$dir/logs/$t.log
  start=$(date +%s)
  stamp=$dir/logs/$t.start; : >"$stamp"
  # -timeout: one input taking 20 s is a hang (inputs are <= 16 KiB);
  # -rss_limit_mb: memory is meant to be proportional to the input.
  nice -n 10 "$bin" -max_total_time="$secs" -max_len=16384 -timeout=20 \
    -rss_limit_mb=2048 -print_final_stats=1 -dict=fuzz/french.dict \
    -artifact_prefix="$dir/findings/$t-" "$dir/corpus/$t" "$seeds" \
    >"$log" 2>&1
  rc=$?
  took=$(($(date +%s) - start))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  # A finding is a reproducer written by this run (crash-, leak-,
  # timeout-, oom-, slow-unit- files).
  found=$(find "$dir/findings" -name "$t-*" -newer "$stamp" | wc -l)
  if [ $rc -eq 0 ] && [ "$found" -eq 0 ]; then
    pass=$((pass + 1)); status=ok
  else
    fail=$((fail + 1)); status=FAILED
    [ "$found" -eq 0 ] && found=1
  fi
  echo "fuzz_$t: $status, ${took}s, ${execs:-0} executions, $found findings"
  if [ $status = FAILED ]; then
    grep -m1 -A12 'ERROR\|runtime error\|invariant failed\|deadly signal\|ALARM' "$log" | sed 's/^/    /'
    find "$dir/findings" -name "$t-*" -newer "$stamp" | sed 's/^/    reproducer: /'
  fi
done
echo "fuzz: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
