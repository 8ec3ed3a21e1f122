#!/usr/bin/env bash
# check_install.sh [BUILD]: `make install` into a temporary prefix, then use
# it the way a C programmer would: pkg-config, the example of docs/c-api.md
# compiled against the installed header and libpresse.a (no SQLite), the
# installed extension loaded by the path pkg-config gives, and
# `make uninstall` removing every file. Last line:
#   install: N passed, N failed
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL install: $*"; }
check() { # check NAME COMMAND...: passes when the command succeeds
  local name=$1; shift
  if "$@" >/dev/null 2>&1; then ok; else ko "$name"; fi
}
finish() { echo "install: $pass passed, $fail failed"; rm -rf "$tmp"; exit $((fail > 0)); }
tmp=$(mktemp -d)
prefix="$tmp/prefix"

if ! make --no-print-directory -s BUILD="$build" install PREFIX="$prefix" >"$tmp/log" 2>&1; then
  ko "make install"; sed 's/^/    /' "$tmp/log" | tail -20; finish
fi
ok
for f in lib/sqlite3/presse.so lib/libpresse.a include/presse.h lib/pkgconfig/presse.pc; do
  if [ -f "$prefix/$f" ]; then ok; else ko "missing $f"; fi
done

export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
flags=$(pkg-config --cflags --libs presse 2>&1) && ok || ko "pkg-config: $flags"
[[ $flags == *"-I$prefix/include"* && $flags == *"-L$prefix/lib"* && $flags == *-lpresse* ]] &&
  ok || ko "pkg-config flags point elsewhere: $flags"
[ "$(pkg-config --modversion presse)" = "$(cat VERSION)" ] && ok || ko "pkg-config version"

# The example of docs/c-api.md: its first ```c block, and the ```text block
# after it is what it must print.
awk '/^```c$/ && !done { on = 1; next } on && /^```$/ { on = 0; done = 1 } on' docs/c-api.md >"$tmp/example.c"
awk '/^```c$/ { seen = 1 } seen && /^```text$/ && !done { on = 1; next } on && /^```$/ { on = 0; done = 1 } on' \
  docs/c-api.md >"$tmp/want.txt"
if [ -s "$tmp/example.c" ] && [ -s "$tmp/want.txt" ]; then ok; else ko "docs/c-api.md has no example and output"; fi
# Compiled in the temporary directory, so that only the installed header
# can be found.
if (cd "$tmp" && cc -std=c11 -Wall -Wextra -Werror example.c $flags -o example) >"$tmp/cc.log" 2>&1; then
  ok
  if "$tmp/example" >"$tmp/got.txt" 2>&1 && diff -u "$tmp/want.txt" "$tmp/got.txt" >"$tmp/diff"; then ok; else
    ko "the example's output differs from docs/c-api.md"; sed 's/^/    /' "$tmp/diff" | head -20
  fi
  # The core needs no SQLite at all.
  if ldd "$tmp/example" | grep -q libsqlite3; then ko "the example links libsqlite3"; else ok; fi
else
  ko "the example does not compile against the install"; sed 's/^/    /' "$tmp/cc.log" | head -20
  ko "the example's output (not run)"
  ko "the example links no SQLite (not run)"
fi

ext=$(pkg-config --variable=extension presse)
[ "$ext" = "$prefix/lib/sqlite3/presse" ] && ok || ko "extension variable: $ext"
got=$(sqlite3 -batch -cmd ".load $ext" :memory: "SELECT french_normalize('Œuvre'), presse_version()" 2>&1)
[ "$got" = "oeuvre|$(cat VERSION)" ] && ok || ko "the installed extension loads: $got"

# DESTDIR stages under a root without changing the paths in presse.pc.
make --no-print-directory -s BUILD="$build" install PREFIX=/opt/presse DESTDIR="$tmp/stage" >/dev/null 2>&1
[ -f "$tmp/stage/opt/presse/lib/sqlite3/presse.so" ] && grep -qx 'prefix=/opt/presse' "$tmp/stage/opt/presse/lib/pkgconfig/presse.pc" &&
  ok || ko "DESTDIR staging"

check "make uninstall" make --no-print-directory -s BUILD="$build" uninstall PREFIX="$prefix"
left=$(find "$prefix" -type f | sed "s|^$prefix/||")
[ -z "$left" ] && ok || ko "left after uninstall: $left"
finish
