#!/usr/bin/env bash
# bench_segment.sh BUILD DB: throughput of presse_segment(), the pass every
# other feature (entities, quotes, the FTS5 tokenizer) runs first. The
# segmenter has no SQL function of its own, so the rows are written to one
# file (one body per line group) and segmented by segdump --count (best of
# 3 runs, excluding file reading), next to length() over the same rows.
# With valgrind, also the instructions per byte on the first
# SEGMENT_IR_BYTES bytes of that file (default 8000000; 0 skips it),
# counted by callgrind over the whole segdump run (file reading included):
# a figure that load on the machine does not change.
set -euo pipefail
build=$1 db=$2
ir_bytes=${SEGMENT_IR_BYTES:-8000000}
seg=$build/tools/segdump
[ -x "$seg" ] || make -s "$seg" >/dev/null
tmp=$(mktemp) slice=$(mktemp)
trap 'rm -f "$tmp" "$slice"' EXIT
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
if [ "$ir_bytes" -gt 0 ] && command -v valgrind >/dev/null; then
  # Whole lines only, so that no UTF-8 sequence is cut.
  head -c "$ir_bytes" "$tmp" | sed '$d' >"$slice"
  ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
    "$seg" --count -r 1 "$slice" 2>&1 |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
  sz=$(wc -c <"$slice")
  awk -v ir="$ir" -v sz="$sz" 'BEGIN {
    printf "%-44s %9.1f instructions/byte (callgrind, %d bytes)\n",
      "presse_segment() via segdump", ir / sz, sz }'
fi
