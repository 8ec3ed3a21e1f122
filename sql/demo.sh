#!/usr/bin/env bash
# demo.sh BUILD CORPUS_DIR: build BUILD/demo.db from a directory of articles
# (sql/schema.sql, then sql/load.sql), showing progress while it loads, then
# print the main reports of sql/reports/ as tables. Called by `make demo`
# (CORPUS=dir to choose the directory). The database is rebuilt each time.
set -eu
build=${1:-build}
dir=${2:-corpus}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
ext="$build/presse"
db="$build/demo.db"
[ -d "$dir" ] || { echo "demo: no such directory: $dir" >&2; exit 1; }
[ -f "$ext.so" ] || { echo "demo: $ext.so not built (run make)" >&2; exit 1; }
rm -f "$db" "$db-journal" "$db-wal"

# The schema stops with a message when the extension cannot be loaded.
sqlite3 "$db" -cmd ".load $ext" < sql/schema.sql || exit 1
tok=french

script=$(cat sql/load.sql)

files=$(find "$dir" -name '*.txt' \( -type f -o -type l \) | wc -l)
echo "demo: loading $files files from $dir into $db (full-text tokenizer: $tok)"
elapsed() { awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
qdir=${dir//\'/\'\'}
start=$EPOCHREALTIME
# Progress: load.sql prints "load: STEP" before each step, corpus() prints
# "corpus: N files read, at PATH" every 1000 files; show each with the
# elapsed time on one refreshed line. "load: PATH: problem" lines (a file
# with an error or a warning) and the summary stay. Both quotes around the
# directory: a folder named 2024 stays text (docs/corpus.md).
sqlite3 "$db" -cmd ".load $ext" -cmd ".param set :dir \"'$qdir'\"" <<<"$script" 2>&1 |
  while IFS= read -r line; do
    case $line in
      "load: done") printf '\r\033[K' ;;
      "load: "*" new or changed"*) printf '\r\033[K%s\n' "$line" ;;
      "load: "*": "*) printf '\r\033[K%s\n' "$line" ;;
      "load: "* | "corpus: "*) printf '\r\033[K%s  [%s s]' "$line" "$(elapsed)" ;;
      *) printf '\n%s\n' "$line" ;;
    esac
  done
printf 'demo: loaded in %s s\n' "$(elapsed)"

report() { # report FILE TITLE
  echo
  echo "== $2 ($1)"
  sqlite3 "$db" -cmd ".load $ext" -cmd ".mode box" -cmd ".param set :speaker \"'${speaker//\'/\'\'}'\"" < "$1" || true
}
echo
echo "== Articles"
sqlite3 "$db" -cmd ".mode box" \
  "SELECT path, substr(coalesce(title, '-'), 1, 50) AS title, coalesce(date, '-') AS date,
          coalesce(author, '-') AS author, coalesce(error, '') AS error
     FROM docs ORDER BY path LIMIT 12"
speaker=$(sqlite3 "$db" "SELECT speaker FROM quotations WHERE speaker IS NOT NULL
                         GROUP BY speaker_key ORDER BY count(*) DESC LIMIT 1" 2>/dev/null || true)
report sql/reports/most_quoted.sql "Most quoted speakers"
[ -n "$speaker" ] && report sql/reports/speaker_quotes.sql "Every quote of $speaker"
report sql/reports/top_entities.sql "Most named people, places, organisations"
report sql/reports/cooccurrence.sql "Named together"
report sql/reports/mentions_by_month.sql "Mentions by month"
report sql/reports/same_quote.sql "The same quotation in several articles"
echo
echo "== Full-text search ($tok): articles matching 'ministre'"
sqlite3 "$db" -cmd ".load $ext" -cmd ".mode box" \
  "SELECT d.path, substr(coalesce(d.title, ''), 1, 50) AS title
     FROM docs_fts JOIN docs AS d ON d.id = docs_fts.rowid
    WHERE docs_fts MATCH 'ministre' ORDER BY rank LIMIT 5"

# Pictures of the corpus (co-mention graph, mentions over time) when
# Debian's graphviz and gnuplot are installed; tables alone otherwise.
if [ -x tools/plots.sh ]; then
  echo
  echo "== Plots"
  tools/plots.sh "$db" "$build/plots" || echo "plots: skipped (see tools/plots.sh)"
fi
