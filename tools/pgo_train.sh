#!/usr/bin/env bash
# pgo_train.sh SO TEXT...: the training run of the profile-guided build
# (mk/pgo.mk). Loads the instrumented extension SO in sqlite3 and runs
# quotes(), entities() and french_normalize() over each TEXT (the articles
# of corpus/ and tests/gold, not the blind sets), so that the profile
# counts the paths news text takes. The counts land where the objects
# were compiled to put them (-dumpdir).
set -euo pipefail
so=$1
shift
sql=$(mktemp)
trap 'rm -f "$sql"' EXIT
{
  echo "CREATE TABLE docs(body TEXT);"
  for f in "$@"; do
    printf "INSERT INTO docs VALUES(CAST(readfile('%s') AS TEXT));\n" "${f//\'/\'\'}"
  done
  echo "SELECT count(*) FROM docs, quotes(docs.body);"
  echo "SELECT count(*) FROM docs, entities(docs.body);"
  echo "SELECT sum(length(french_normalize(body))) FROM docs;"
} > "$sql"
sqlite3 -bail -cmd ".load $so" :memory: < "$sql" > /dev/null
