#!/usr/bin/env bash
# fetch_sqlite.sh BUILD: make BUILD/sqlite-amalgamation/{sqlite3.c,sqlite3.h,
# sqlite3ext.h,shell.c} from Debian's source package of sqlite3, the same
# SQLite version as the system's. Used by `make shell`; the result is
# cached in BUILD (about 10 s when the source is reachable).
#
# Needs a deb-src entry: when there is none and we are root, one is added
# in /etc/apt/sources.list.d/presse-deb-src.sources (a copy of the Debian
# entries with Types: deb-src). Needs dpkg-dev (dpkg-source) and tclsh,
# installed when root. Otherwise it says what to run, or to pass
# SQLITE_AMALGAMATION=dir (an amalgamation from sqlite.org) to make.
set -euo pipefail
build=${1:-build}
out="$build/sqlite-amalgamation"
src="$build/sqlite-src"
[ -f "$out/sqlite3.c" ] && [ -f "$out/shell.c" ] && exit 0
root=$([ "$(id -u)" = 0 ] && echo 1 || echo 0)
die() { echo "fetch_sqlite: $*" >&2; echo "fetch_sqlite: or run: make shell SQLITE_AMALGAMATION=/path/to/sqlite-amalgamation" >&2; exit 1; }

need=()
command -v dpkg-source >/dev/null || need+=(dpkg-dev)
command -v tclsh >/dev/null || need+=(tcl)
if [ ${#need[@]} -gt 0 ]; then
  [ "$root" = 1 ] || die "missing ${need[*]}: apt-get install ${need[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if ! apt-get source --print-uris sqlite3 >/dev/null 2>&1; then
  [ "$root" = 1 ] || die "no deb-src entry for apt: add one (Types: deb-src) and run apt-get update"
  list=/etc/apt/sources.list.d/debian.sources
  [ -f "$list" ] || die "no $list to derive a deb-src entry from"
  echo "fetch_sqlite: adding /etc/apt/sources.list.d/presse-deb-src.sources"
  sed 's/^Types: deb$/Types: deb-src/' "$list" > /etc/apt/sources.list.d/presse-deb-src.sources
  apt-get update -qq
fi

mkdir -p "$src"
dir=$(ls -d "$src"/sqlite3-*/ 2>/dev/null | head -1 || true)
if [ -z "$dir" ]; then
  echo "fetch_sqlite: apt-get source sqlite3 into $src"
  (cd "$src" && apt-get source -qq sqlite3 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2 || true)
  dir=$(ls -d "$src"/sqlite3-*/ 2>/dev/null | head -1 || true)
  [ -n "$dir" ] || die "apt-get source sqlite3 failed"
fi
dir=$(cd "$dir" && pwd)

# SQLite's own build makes the amalgamation with tclsh (no C library built).
echo "fetch_sqlite: building sqlite3.c and shell.c from $dir"
rm -rf "$src/bld" && mkdir -p "$src/bld"
(cd "$src/bld" && "$dir/configure" --disable-tcl >configure.log 2>&1 \
   && make sqlite3.c shell.c >make.log 2>&1) ||
  die "the amalgamation build failed: see $src/bld/*.log"
mkdir -p "$out"
cp "$src/bld/sqlite3.c" "$src/bld/sqlite3.h" "$src/bld/sqlite3ext.h" "$src/bld/shell.c" "$out/"
echo "fetch_sqlite: $out ready (SQLite $(sed -n 's/^#define SQLITE_VERSION  *"\(.*\)"/\1/p' "$out/sqlite3.h"))"
