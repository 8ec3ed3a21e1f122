#!/usr/bin/env bash
# bench_quotes.sh: quotes() through SQL over the bench rows (segmenter and
# entities included, as users run it), against length() as the baseline.
set -euo pipefail
build=$1 db=$2
bench/sqltime.sh "$build" "$db" "length() (baseline)" "SELECT sum(length(body)) FROM docs"
bench/sqltime.sh "$build" "$db" "quotes()" "SELECT count(*) FROM docs, quotes(docs.body)"
