#!/usr/bin/env bash
# check_load_parallel.sh [BUILD]: sql/load_parallel.sh gives the same
# database as sql/load.sql. A small tree (the team's corpus/ and the bad
# input of tests/fixtures/corpus: Latin-1, empty file, links, nested
# directories) is loaded by load.sql, by load_parallel.sh (a first load:
# built aside, full-text index by a process of its own, totals summed from
# the shards) and by load_parallel.sh with LOAD_FRESH=0 (merged into the
# database itself, as later loads are), with shards of 4 files and 2
# workers so that every step (several shards, merge order, ids) is
# exercised; every table is compared row by row (loads without its time
# stamp), and the full-text index term by term (fts5vocab). Then files
# change, appear and go, and the databases load again (incremental). Last
# line:
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
SELECT 'fts docsize', * FROM docs_fts_docsize ORDER BY id;
SELECT 'fts averages', hex(block) FROM docs_fts_data WHERE id = 1;
SELECT 'fts bm25', rowid, printf('%.6f', bm25(docs_fts)) FROM docs_fts
 WHERE docs_fts MATCH 'ministre OR président OR guerre' ORDER BY rowid;
SELECT 'schema', type, name, sql FROM sqlite_schema ORDER BY type, name;
EOF
}
load_both() { # load_both LABEL: load the tree into serial.db, parallel.db and direct.db
  local out d
  out=$(sqlite3 "$tmp/serial.db" -cmd ".load $ext" -cmd ".param set :dir \"'$tmp/tree'\"" \
          < sql/load.sql 2>&1) || ko "$1: serial load failed: $out"
  out=$(LOAD_CHUNK=4 sql/load_parallel.sh "$tmp/parallel.db" "$tmp/tree" 2 "$ext" 2>&1) ||
    ko "$1: parallel load failed: $out"
  case $1 in
    first*) has_first=1 ;;
    *) has_first=0 ;;
  esac
  if [ "$(grep -c 'first load' <<<"$out")" = "$has_first" ]; then ok; else ko "$1: first load is $has_first, got: $out"; fi
  out=$(LOAD_FRESH=0 LOAD_CHUNK=4 sql/load_parallel.sh "$tmp/direct.db" "$tmp/tree" 2 "$ext" 2>&1) ||
    ko "$1: parallel load with LOAD_FRESH=0 failed: $out"
  if [ -n "$(ls -A "$tmp" | grep 'load_parallel\|loading')" ]; then ko "$1: scratch files left"; else ok; fi
  for d in serial parallel direct; do dump "$tmp/$d.db" > "$tmp/$d.txt"; done
  local rows
  rows=$(grep -c '^mentions|' "$tmp/serial.txt")
  if [ "$rows" -lt 50 ]; then ko "$1: the serial load has only $rows mentions"; else ok; fi
  for d in parallel direct; do
    if diff "$tmp/serial.txt" "$tmp/$d.txt" > "$tmp/diff.txt"; then
      ok
    else
      ko "$1: $d.db differs from serial.db ($(grep -c '^[<>]' "$tmp/diff.txt") lines):"
      head -10 "$tmp/diff.txt" | sed 's/^/    /'
    fi
  done
}

for d in serial parallel direct; do
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
