#!/usr/bin/env bash
# check_load_parallel.sh [BUILD]: sql/load_parallel.sh gives the same
# database as sql/load.sql. A small tree (the team's corpus/ and the bad
# input of tests/fixtures/corpus: Latin-1, empty file, links, nested
# directories) is loaded both ways, with shards of 4 files and 2 workers so
# that every step (several shards, merge order, ids) is exercised; every
# table is compared row by row (loads without its time stamp), and the
# full-text index term by term (fts5vocab). Then files change, appear and
# go, and both databases load again (incremental). Last line:
#   load_parallel: N passed, N failed
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
ext="$build/presse"
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL load_parallel: $*"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/tree"
cp -a corpus/. "$tmp/tree/"
cp -a tests/fixtures/corpus "$tmp/tree/zz_fixtures"

dump() { # dump DB: every table of the schema, ordered
  sqlite3 "$1" -cmd ".load $ext" <<'EOF'
CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, docs_fts, instance);
SELECT 'loads', id, dir, files, added, failed FROM loads ORDER BY id;
SELECT 'docs', * FROM docs ORDER BY id;
SELECT 'mentions', * FROM mentions ORDER BY doc, start;
SELECT 'quotations', rowid, * FROM quotations ORDER BY rowid;
SELECT 'entity_totals', * FROM entity_totals ORDER BY key, type;
SELECT 'speaker_totals', * FROM speaker_totals ORDER BY speaker_key;
SELECT 'pair_totals', * FROM pair_totals ORDER BY 2, 3, 5, 6;
SELECT 'month_totals', * FROM month_totals ORDER BY 2, 3, 3;
SELECT 'type_month_totals', * FROM type_month_totals ORDER BY 2, 3;
SELECT 'quote_repeats', * FROM quote_repeats ORDER BY 2, 3;
SELECT 'fts', term, doc, col, offset FROM temp.vocab ORDER BY 2, 3, 4, 5;
SELECT 'indexes', name FROM sqlite_schema WHERE type = 'index' ORDER BY name;
EOF
}
load_both() { # load_both LABEL: load the tree into serial.db and parallel.db
  local out
  out=$(sqlite3 "$tmp/serial.db" -cmd ".load $ext" -cmd ".param set :dir \"'$tmp/tree'\"" \
          < sql/load.sql 2>&1) || ko "$1: serial load failed: $out"
  out=$(LOAD_CHUNK=4 sql/load_parallel.sh "$tmp/parallel.db" "$tmp/tree" 2 "$ext" 2>&1) ||
    ko "$1: parallel load failed: $out"
  if [ -n "$(ls -A "$tmp" | grep load_parallel)" ]; then ko "$1: scratch files left"; else ok; fi
  dump "$tmp/serial.db" > "$tmp/serial.txt"
  dump "$tmp/parallel.db" > "$tmp/parallel.txt"
  local rows
  rows=$(grep -c '^mentions|' "$tmp/serial.txt")
  if [ "$rows" -lt 50 ]; then ko "$1: the serial load has only $rows mentions"; else ok; fi
  if diff "$tmp/serial.txt" "$tmp/parallel.txt" > "$tmp/diff.txt"; then
    ok
  else
    ko "$1: the databases differ ($(grep -c '^[<>]' "$tmp/diff.txt") lines):"
    head -10 "$tmp/diff.txt" | sed 's/^/    /'
  fi
}

for d in serial parallel; do
  sqlite3 "$tmp/$d.db" -cmd ".load $ext" < sql/schema.sql || ko "schema.sql on $d.db"
done
load_both "first load"
# a file changes, one appears, one goes; the others are unchanged
f=$(ls "$tmp/tree"/*.txt | head -1)
printf '\n« Nous reviendrons », a promis Jeanne Moulin à Rennes.\n' >> "$f"
printf 'Titre\n\nLe maire de Vallorge, Paul Durand, a inauguré la gare.\n' > "$tmp/tree/zz_new.txt"
rm "$(ls "$tmp/tree"/*.txt | sed -n 3p)"
load_both "incremental load"
echo "load_parallel: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
