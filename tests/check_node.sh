#!/usr/bin/env bash
# check_node.sh [BUILD]: tests/node/ (better-sqlite3 from npm) with node's
# own test runner. Installs the locked dependencies with `npm ci` when
# node_modules is missing, compiling better-sqlite3 from source (its
# prebuilt binaries are downloaded from GitHub, which may be unreachable;
# the source build needs python3, make and g++: about 2 minutes, once).
# Skipped with a message when node or npm is absent. Last line:
#   node: N passed, N failed, N skipped
set -u
cd "$(dirname "$0")/node"
build=${1:-build}
case $build in /*) ;; *) build="$PWD/../../$build" ;; esac
skip() { echo "node: $*: skipped"; echo "node: 0 passed, 0 failed, 1 skipped"; exit 0; }
command -v node >/dev/null || skip "node not found"
command -v npm >/dev/null || skip "npm not found"
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || skip "node $major is too old (20 or later)"

loads() { node -e 'new (require("better-sqlite3"))(":memory:").close()' >/dev/null 2>&1; }
# Two test runs in one tree must not install at the same time.
mkdir -p "$build"
exec 9>"$build/.node-install.lock"
command -v flock >/dev/null && flock 9
if ! loads; then
  export npm_config_build_from_source=true
  # node-gyp compiles SQLite's amalgamation and the addon: two jobs.
  export JOBS=${JOBS:-2}
  # node-gyp downloads node's headers unless told where they are: a closed
  # network has no download, and Node's Debian/NodeSource packages ship them.
  if [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
  if [ -d node_modules ]; then
    # Built for another node (ABI change): rebuild in place.
    echo "node: rebuilding better-sqlite3 for node $(node --version)"
    npm rebuild better-sqlite3 >"$build/npm-node.log" 2>&1
  else
    echo "node: npm ci (better-sqlite3 built from source, once)"
    npm ci --no-audit --no-fund >"$build/npm-node.log" 2>&1
  fi
  if ! loads; then
    echo "FAIL node: better-sqlite3 could not be installed ($build/npm-node.log):"
    tail -20 "$build/npm-node.log" | sed 's/^/    /'
    echo "node: 0 passed, 1 failed, 0 skipped"
    exit 1
  fi
  rm -f "$build/npm-node.log"
fi
exec 9>&-

out=$(PRESSE_BUILD="$build" node --test --test-reporter=tap presse.test.js 2>&1); rc=$?
printf '%s\n' "$out" | grep -E '^not ok|^# Subtest|^ +(error|expected|actual|message):' | grep -B1 -A4 '^not ok' | head -60
n() { sed -n "s/^# $1 \([0-9]*\)$/\1/p" <<<"$out" | tail -1; }
pass=$(n pass) fail=$(n fail) skipped=$(n skipped) cancelled=$(n cancelled) todo=$(n todo)
fail=$(( ${fail:-0} + ${cancelled:-0} ))
[ $rc -ne 0 ] && [ $fail -eq 0 ] && fail=1
echo "node: ${pass:-0} passed, $fail failed, $(( ${skipped:-0} + ${todo:-0} )) skipped"
[ $fail -eq 0 ]
