#!/usr/bin/env bash
# make_data.sh BUILD SHARED: prints the path of a database whose table
# docs(id, body) holds the shared seed and Wikinews articles repeated to
# about 64 MiB of French news. Built once, reused while the inputs match.
set -euo pipefail
build=$1 shared=$2
out=$build/bench/news.db
mkdir -p "$build/bench"
if [ ! -s "$out" ]; then
  files=$(ls "$shared"/corpus/seeds/*.txt "$shared"/data/wikinews-fr-2012/articles/*.txt)
  {
    echo "CREATE TABLE src(body TEXT);"
    echo "BEGIN;"
    for f in $files; do
      printf "INSERT INTO src VALUES (CAST(readfile('%s') AS TEXT));\n" "${f//\'/\'\'}"
    done
    echo "COMMIT;"
    # Repeat the articles until the rows hold about 64 MiB.
    echo "CREATE TABLE docs(id INTEGER PRIMARY KEY, body TEXT);"
    echo "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r
            WHERE i < (64 * 1048576) / (SELECT sum(length(CAST(body AS BLOB))) FROM src) + 1)
          INSERT INTO docs(body) SELECT body FROM r, src ORDER BY i, rowid;"
    echo "DROP TABLE src; VACUUM;"
  } | sqlite3 "$out.tmp"
  mv "$out.tmp" "$out"
fi
echo "$out"
