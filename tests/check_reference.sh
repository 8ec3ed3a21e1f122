#!/usr/bin/env bash
# check_reference.sh [BUILD]: docs/reference.md (and the output shown in
# docs/c-api.md) must be what tools/gen_reference.sh makes with this build,
# and every function and table-valued function the build registers must
# have its section in docs/reference.md.in. Fix with `make reference`.
# Last line:
#   reference: N passed, N failed
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
pass=0 fail=0
if out=$(tools/gen_reference.sh "$build" --check 2>&1); then
  pass=$((pass + 1))
else
  fail=$((fail + 1)); printf 'FAIL reference: %s\n' "$out"
fi
names() { sqlite3 -batch :memory: "$@" "SELECT DISTINCT name FROM pragma_function_list UNION SELECT name FROM pragma_module_list ORDER BY 1"; }
for name in $(comm -13 <(names) <(names -cmd ".load $build/presse")); do
  if grep -qx "## $name" docs/reference.md.in; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL reference: $name() has no '## $name' section in docs/reference.md.in"
  fi
done
echo "reference: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
