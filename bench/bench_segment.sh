#!/usr/bin/env bash
# bench_segment.sh BUILD DB: throughput of presse_segment(), the pass every
# other feature (entities, quotes, the FTS5 tokenizer) runs first. The
# segmenter has no SQL function of its own, so the rows are written to one
# file (one body per line group) and segmented by segdump --count (best of
# 3 runs, excluding file reading), next to length() over the same rows.
set -euo pipefail
build=$1 db=$2
seg=$build/tools/segdump
[ -x "$seg" ] || make -s "$seg" >/dev/null
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
sqlite3 "$db" "SELECT body FROM docs" >"$tmp"
base=$(bench/sqltime.sh "$build" "$db" "length()" "SELECT sum(length(body)) FROM docs")
echo "$base"
out=$("$seg" --count -r 3 "$tmp")
# segdump prints: bytes N tokens N sentences N time T s  X MB/s  Y Mtokens/s
read -r _ bytes _ ntok _ nsent _ secs _ mbs _ mtoks _ <<<"$out"
bm=$(awk '{print $(NF-3)}' <<<"$base")
awk -v mbs="$mbs" -v t="$secs" -v mt="$mtoks" -v bm="$bm" 'BEGIN {
  printf "%-44s %9.1f MB/s %8.3f s  (%.1f Mtokens/s, %.2fx length())\n",
    "presse_segment() via segdump", mbs, t, mt, (bm > 0 ? mbs / bm : 0) }'
