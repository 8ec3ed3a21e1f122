#!/usr/bin/env bash
# check_python.sh [BUILD]: tests/python/ with pytest, from a Python whose
# sqlite3 module can load extensions. Debian's /usr/bin/python3 can (pyenv
# and some other builds cannot); PYTHON=... chooses another. Skipped with a
# message when none is found. Last line:
#   python: N passed, N failed, N skipped
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
usable() { # can this python load extensions and run pytest?
  "$1" -c 'import sqlite3, pytest; sqlite3.connect(":memory:").enable_load_extension(True)' 2>/dev/null
}
py=""
for c in ${PYTHON:-} /usr/bin/python3 python3; do
  if command -v "$c" >/dev/null && usable "$c"; then py=$c; break; fi
done
if [ -z "$py" ]; then
  echo "python: no python3 with sqlite3 extension loading and pytest (apt-get install python3 python3-pytest): skipped"
  echo "python: 0 passed, 0 failed, 1 skipped"
  exit 0
fi
out=$(PRESSE_BUILD="$build" "$py" -m pytest -q -rfEs -p no:cacheprovider tests/python 2>&1); rc=$?
printf '%s\n' "$out" | grep -v '^\.*\(s\|x\|\.\)*  *\[[ 0-9]*%\]$' | tail -40
summary=$(printf '%s\n' "$out" | tail -1)
n() { sed -n "s/.*\b\([0-9][0-9]*\) $1.*/\1/p" <<<"$summary" | head -1; }
pass=$(n passed) failed=$(n failed) errors=$(n error) skipped=$(n skipped) xfailed=$(n xfailed)
fail=$(( ${failed:-0} + ${errors:-0} ))
[ $rc -ne 0 ] && [ $fail -eq 0 ] && fail=1
echo "python: ${pass:-0} passed, $fail failed, $(( ${skipped:-0} + ${xfailed:-0} )) skipped"
[ $fail -eq 0 ]
