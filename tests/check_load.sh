#!/usr/bin/env bash
# check_load.sh [BUILD]: sql/schema.sql, sql/load.sql and the reports as a
# new user runs them from the shell (issue 14): the commands of README.md and
# docs/corpus.md as printed, with a numeric-looking folder and a phrase
# search; the same folder under other spellings; each mistake (no extension,
# no schema, no :dir, no report parameter) stopping with what to do and a
# non-zero exit; a bad re-scrape keeping the previous version; reloading
# adding nothing; the database read by a plain sqlite3 without the
# extension. Articles are written here, in a temporary directory. Ends with
#   load: N passed, N failed
set -u
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build}
ext=$root/$build/presse
pass=0 fail=0
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
preload=""
if [[ $build == *asan* ]]; then
  preload="$(gcc -print-file-name=libasan.so):$(gcc -print-file-name=libubsan.so)"
  export ASAN_OPTIONS=detect_leaks=0
fi
export LD_PRELOAD=$preload

check() { # name expected got
  if [ "$2" == "$3" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $1"
    diff <(printf '%s\n' "$2") <(printf '%s\n' "$3") | sed 's/^/    /' | head -20
  fi
}
has() { # name needle haystack
  if [[ $3 == *"$2"* ]]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $1: no '$2' in:"
    printf '%s\n' "$3" | sed 's/^/    /' | head -10
  fi
}

cd "$tmp" || exit 1
mkdir 2024
cat >2024/a.txt <<'EOF'
Coopération militaire : un accord signé à Dakar

Le ministre Paul Ferrand a annoncé mardi une coopération militaire renforcée avec le Sénégal.

« Nous tiendrons nos engagements », a déclaré Paul Ferrand devant la presse.
EOF
cat >2024/b.txt <<'EOF'
Musées : la coopération culturelle progresse

La coopération entre les deux musées reste culturelle et non militaire, a précisé la directrice Anne Roux.
EOF
ln -s 2024 link
sq() { sqlite3 -batch "$@" 2>&1; }

# -- schema.sql without the extension stops, creates nothing
out=$(sq news.db <"$root/sql/schema.sql"); rc=$?
has "schema.sql without the extension says to load it" '.load build/presse' "$out"
check "schema.sql without the extension: exit 1, no table made" "1|0" \
  "$rc|$(sqlite3 news.db 'SELECT count(*) FROM sqlite_schema')"

# -- load.sql before schema.sql
out=$(sq news.db -cmd ".load $ext" -cmd ".param set :dir \"'2024'\"" <"$root/sql/load.sql"); rc=$?
has "load.sql without schema.sql says to run it" 'run sql/schema.sql on it first' "$out"
check "load.sql without schema.sql exits 1" 1 $rc

sq news.db -cmd ".load $ext" <"$root/sql/schema.sql" >/dev/null

# -- load.sql mistakes
out=$(sq news.db -cmd ".param set :dir \"'2024'\"" <"$root/sql/load.sql"); rc=$?
has "load.sql without the extension says to load it" 'the presse extension is not loaded' "$out"
check "load.sql without the extension exits 1" 1 $rc
out=$(sq news.db -cmd ".load $ext" <"$root/sql/load.sql"); rc=$?
has "load.sql without :dir says to set it" 'set the directory to load first' "$out"
check "load.sql without :dir exits 1" 1 $rc
out=$(sq news.db -cmd ".load $ext" -cmd ".param set :dir '2024'" <"$root/sql/load.sql"); rc=$?
has "a numeric :dir says to quote it twice" "quote it twice, -cmd \".param set :dir \\\"'2024'\\\"\"" "$out"
check "a numeric :dir: exit 1, nothing loaded" "1|0" "$rc|$(sqlite3 news.db 'SELECT count(*) FROM loads')"
out=$(sq news.db -cmd ".load $ext" -cmd ".param set :dir \"'nowhere'\"" <"$root/sql/load.sql"); rc=$?
has "a missing folder is named" "cannot open directory 'nowhere'" "$out"

# -- the README's command, as printed, with a numeric-looking folder
out=$(sq news.db -cmd ".load $ext" -cmd ".param set :dir \"'2024'\"" <"$root/sql/load.sql"); rc=$?
check "load.sql with .param set :dir \"'2024'\"" \
  "0|load: 2 new or changed of 2 files (0 with errors); 2 documents, $(sqlite3 -cmd ".load $ext" :memory: "SELECT (SELECT count(*) FROM entities(readfile('2024/a.txt'))) + (SELECT count(*) FROM entities(readfile('2024/b.txt')))") mentions, $(sqlite3 -cmd ".load $ext" :memory: "SELECT (SELECT count(*) FROM quotes(readfile('2024/a.txt'))) + (SELECT count(*) FROM quotes(readfile('2024/b.txt')))") quotations in the database" \
  "$rc|$(tail -1 <<<"$out")"

# -- the same folder under other spellings is the same folder
for d in 2024/ ./2024 "$tmp/2024" "$tmp/2024/../2024" link link/; do
  sq news.db -cmd ".load $ext" -cmd ".param set :dir \"'$d'\"" <"$root/sql/load.sql" >/dev/null
done
check "2024/, ./2024, an absolute path, .., a link: one folder, no document twice" \
  "2|1|$(cd -P 2024 && pwd)|7|0" \
  "$(sqlite3 news.db "SELECT count(*), count(DISTINCT dir), dir FROM docs; SELECT count(*), sum(added) - 2 FROM loads" | paste -sd'|')"

# -- reloading adds nothing, even with a file that has an error
printf '<!DOCTYPE html>\n<html><body><p>Une page</p></body></html>\n' >2024/page.txt
out=$(sq news.db -cmd ".load $ext" -cmd ".param set :dir \"'2024'\"" <"$root/sql/load.sql")
has "an HTML file is rejected, the message naming it" 'load: page.txt: HTML, not text' "$out"
out=$(sq news.db -cmd ".load $ext" -cmd ".param set :dir \"'2024'\"" <"$root/sql/load.sql")
has "reloading unchanged files (one with an error) adds nothing" \
  'load: 0 new or changed of 3 files (0 with errors)' "$out"
check "the load ends with ANALYZE" 1 \
  "$(sqlite3 news.db "SELECT count(*) > 0 FROM sqlite_stat1 WHERE tbl = 'mentions'")"

# -- a bad re-scrape keeps the previous version (text, mentions, quotations)
before=$(sqlite3 news.db "SELECT d.hash, length(d.body), (SELECT count(*) FROM mentions WHERE doc = d.id),
                                 (SELECT count(*) FROM quotations WHERE doc = d.id)
                            FROM docs AS d WHERE path = 'a.txt'")
cp 2024/a.txt good.txt
head -c 2000 /bin/sh >2024/a.txt
out=$(sq news.db -cmd ".load $ext" -cmd ".param set :dir \"'2024'\"" <"$root/sql/load.sql")
has "a bad re-scrape is reported, naming the file" \
  'load: a.txt: kept the previous version (load ' "$out"
check "a bad re-scrape keeps the text, mentions and quotations" "$before|NULL" \
  "$(sqlite3 news.db "SELECT d.hash, length(d.body), (SELECT count(*) FROM mentions WHERE doc = d.id),
                             (SELECT count(*) FROM quotations WHERE doc = d.id), quote(error)
                        FROM docs AS d WHERE path = 'a.txt'")"
{ cat good.txt; echo; echo "Mis à jour : la signature aura lieu jeudi."; } >2024/a.txt
sq news.db -cmd ".load $ext" -cmd ".param set :dir \"'2024'\"" <"$root/sql/load.sql" >/dev/null
check "a good version again replaces it and clears the warning" "1|NULL" \
  "$(sqlite3 news.db "SELECT body LIKE '%jeudi%', quote(warning) FROM docs WHERE path = 'a.txt'" | paste -sd'|')"

# -- Latin-1 and NUL bytes: converted, with a warning printed at load time
printf 'Le conseil de Besan\xe7on a vot\xe9 le budget.\n' >2024/latin1.txt
printf 'Le maire a parl\xc3\xa9.\x00Puis le conseil a vot\xc3\xa9.\n' >2024/nul.txt
out=$(sq news.db -cmd ".load $ext" -cmd ".param set :dir \"'2024'\"" <"$root/sql/load.sql")
has "a Latin-1 file is converted with a warning" 'load: latin1.txt: not UTF-8 (byte 19): read as Windows-1252' "$out"
has "a NUL byte is read as a space with a warning" 'load: nul.txt: 1 NUL byte read as space' "$out"
check "both are searchable" "2" \
  "$(sqlite3 -cmd ".load $ext" news.db "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH 'conseil'")"

# -- progress on long loads: every N files on stderr
check "corpus(dir, N) prints a line every N files" \
  "corpus: 2 files read, at b.txt
corpus: 4 files read, at nul.txt" \
  "$(sqlite3 -cmd ".load $ext" :memory: "SELECT count(*) FROM corpus('2024', 2)" 2>&1 >/dev/null)"

# -- reports: the documented commands; a missing parameter stops them
rows() { grep -o '"title":' <<<"$1" | wc -l; } # rows of .mode json output
out=$(sq news.db -cmd ".load $ext" -cmd ".mode json" -cmd ".param set :q 'coopération + militaire'" <"$root/sql/reports/search.sql")
check "search.sql: a phrase as documented (words joined by +) finds the phrase only" 1 "$(rows "$out")"
out=$(sq news.db -cmd ".load $ext" -cmd ".mode json" -cmd ".param set :q \"'\\\"coopération militaire\\\"'\"" <"$root/sql/reports/search.sql")
check "search.sql: the documented double-quoted phrase finds the phrase only" 1 "$(rows "$out")"
out=$(sq news.db -cmd ".load $ext" -cmd ".mode json" -cmd ".param set :q 'coopération militaire'" <"$root/sql/reports/search.sql")
check "search.sql: two words find both articles" 2 "$(rows "$out")"
out=$(sq news.db -cmd ".load $ext" <"$root/sql/reports/search.sql"); rc=$?
has "search.sql without :q says to set it" 'search.sql: set the query first' "$out"
check "search.sql without :q exits 1 and prints nothing else" "1|1" "$rc|$(wc -l <<<"$out")"
out=$(sq news.db -cmd ".load $ext" <"$root/sql/reports/speaker_quotes.sql"); rc=$?
has "speaker_quotes.sql without :speaker says to set it" 'speaker_quotes.sql: set the speaker first' "$out"
check "speaker_quotes.sql without :speaker exits 1" 1 $rc
out=$(sq news.db -cmd ".load $ext" -cmd ".param set :speaker \"'Ferrand'\"" <"$root/sql/reports/speaker_quotes.sql"); rc=$?
has "speaker_quotes.sql as documented" 'Nous tiendrons nos engagements' "$out"

# -- entities() and quotes() read a file's bytes (readfile gives a BLOB)
check "quotes(readfile()) and entities(readfile())" "Nous tiendrons nos engagements|Paul Ferrand" \
  "$(sqlite3 -cmd ".load $ext" :memory: "SELECT text, speaker FROM quotes(readfile('2024/a.txt')) WHERE kind = 'direct' LIMIT 1;
       SELECT canonical FROM entities(readfile('2024/a.txt')) WHERE type = 'PER' LIMIT 1" | paste -sd'|' | cut -d'|' -f1,3)"

# -- item 5: the database read without the extension (plain sqlite3, no .load)
for t in docs loads mentions quotations entity_stats entity_totals speaker_totals \
  pair_totals month_totals type_month_totals quote_repeats; do
  out=$(sq news.db "SELECT count(*) >= 0 FROM $t"); rc=$?
  check "without the extension: SELECT from $t" "0|1" "$rc|$out"
done
for r in most_quoted top_entities cooccurrence mentions_by_month mentions_timeline \
  same_quote graph_dot graph_graphml; do
  out=$(sq "file:news.db?mode=ro" <"$root/sql/reports/$r.sql"); rc=$?
  check "without the extension, read-only: reports/$r.sql" 0 "$rc"
  [ $rc -ne 0 ] && printf '%s\n' "$out" | head -3
done
out=$(sq news.db "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH 'conseil'")
check "without the extension docs_fts says which tokenizer it needs" \
  "Error: in prepare, no such tokenizer: french" "$out"
check "without the extension: the documented search by LIKE" "1" \
  "$(sqlite3 news.db "SELECT count(*) FROM docs WHERE body LIKE '%coopération militaire%'")"
check "without the extension: documents, errors and warnings" "5|page.txt|latin1.txt nul.txt" \
  "$(sqlite3 news.db "SELECT count(*), (SELECT group_concat(path, ' ') FROM docs WHERE error IS NOT NULL),
                             (SELECT group_concat(path, ' ') FROM docs WHERE warning IS NOT NULL) FROM docs")"

echo "load: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
