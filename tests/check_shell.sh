#!/usr/bin/env bash
# check_shell.sh [BUILD]: the static builds of `make shell`. build/sqlite3
# must have every presse function without .load, and a program linking
# build/libpresse-static.a with SQLite must get them from presse_register().
# Skipped (with a message) when `make shell` has not been run: building
# SQLite takes a minute or two, too long for every `make test`. Last line:
#   shell: N passed, N failed[, N skipped]
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL shell: $*"; }
expect() { # expect NAME WANT GOT
  if [ "$2" = "$3" ]; then ok; else ko "$1: want [$2], got [$3]"; fi
}
sh="$build/sqlite3"
if [ ! -x "$sh" ] || [ ! -f "$build/libpresse-static.a" ]; then
  echo "shell: $sh not built (run make shell): skipped"
  echo "shell: 0 passed, 0 failed, 1 skipped"
  exit 0
fi
# Once built, keep it in step with the sources: SQLite itself is cached,
# so this recompiles only what changed in presse (seconds).
if ! make --no-print-directory -s BUILD="$build" shell >"$build/shell-make.log" 2>&1; then
  echo "FAIL shell: make shell failed:"; tail -20 "$build/shell-make.log" | sed 's/^/    /'
  echo "shell: 0 passed, 1 failed"; exit 1
fi
q() { "$sh" -batch :memory: "$@" 2>&1; }

expect "french_normalize without .load" "oeuvre" "$(q "SELECT french_normalize('Œuvre')")"
expect "presse_version" "$(cat VERSION)" "$(q "SELECT presse_version()")"
expect "linkage in presse_debug" "linkage: static (compiled into SQLite, SQLITE_CORE)" \
  "$(q "SELECT presse_debug()" | grep '^linkage:')"

# Everything the loadable extension registers, the static shell has too.
fn() { sqlite3 -batch :memory: "$@" "SELECT DISTINCT name FROM pragma_function_list UNION SELECT name FROM pragma_module_list ORDER BY 1"; }
presse=$(comm -13 <(fn) <(fn -cmd ".load $build/presse"))
[ -n "$presse" ] && ok || ko "no function found in $build/presse.so"
static=$("$sh" -batch :memory: "SELECT DISTINCT name FROM pragma_function_list UNION SELECT name FROM pragma_module_list ORDER BY 1")
missing=$(comm -23 <(printf '%s\n' "$presse") <(printf '%s\n' "$static"))
expect "functions of presse.so missing from $sh" "" "$missing"

# The tokenizer needs FTS5 in the static SQLite.
expect "fts5 french tokenizer" "1" "$(q "CREATE VIRTUAL TABLE t USING fts5(b, tokenize = 'french');
  INSERT INTO t VALUES ('Les déclarations de l''État');
  SELECT count(*) FROM t WHERE t MATCH 'declaration AND etat'")"
expect "entities() in the static shell" "Paris|LOC" \
  "$(q "SELECT text, type FROM entities('Il est arrivé hier à Paris.') WHERE text = 'Paris'")"
expect "corpus() refuses a missing directory" "1" \
  "$(q "SELECT count(*) FROM corpus('/nonexistent/presse')" | grep -c 'nonexistent')"

# A program that links SQLite and libpresse-static.a and registers presse
# on its own connection (the amalgamation object of `make shell` calls
# presse_static_init too; presse_register on top must be harmless).
tmp=$(mktemp -d)
cat >"$tmp/app.c" <<'C'
#include <presse.h>
#include <sqlite3.h>
#include <stdio.h>
int main(void) {
  sqlite3 *db;
  sqlite3_stmt *st;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
  if (presse_register(db) != SQLITE_OK) return 2;
  if (sqlite3_prepare_v2(db, "SELECT french_normalize(?1)", -1, &st, NULL)) return 3;
  sqlite3_bind_text(st, 1, "L’Ÿonne — Œuvre", -1, SQLITE_STATIC);
  if (sqlite3_step(st) != SQLITE_ROW) return 4;
  printf("%s\n", (const char *)sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(db);
  return 0;
}
C
amalg=$(ls -d "$build"/sqlite-amalgamation 2>/dev/null)
if cc -std=c11 -Iinclude ${amalg:+-I$amalg} -o "$tmp/app" "$tmp/app.c" "$build/static/amalg/sqlite3.o" \
     "$build/libpresse-static.a" $(pkg-config --libs libutf8proc 2>/dev/null || echo -lutf8proc) -lstemmer -lm -lpthread -ldl \
     >"$tmp/cc.log" 2>&1; then
  ok
  expect "presse_register in a static program" "l'yonne - oeuvre" "$("$tmp/app" 2>&1)"
  if ldd "$tmp/app" | grep -q libsqlite3; then ko "the static program links libsqlite3.so"; else ok; fi
else
  ko "linking libpresse-static.a"; sed 's/^/    /' "$tmp/cc.log" | head
fi
rm -rf "$tmp"
echo "shell: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
