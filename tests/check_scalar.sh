#!/usr/bin/env bash
# check_scalar.sh [BUILD] [SCALAR_BUILD]: the SSE2 paths and the portable
# paths give the same rows. Several hot loops (UTF-8 validation, the
# segmenter, folding, entity candidates and classes) have an SSE2 version
# beside a scalar one that only non-x86 machines run; no test could tell
# them apart, so a slip in the scalar copy would ship unseen. `make test`
# compiles its sanitizer build (SCALAR_BUILD, default BUILD/asan) with
# -U__SSE2__: this check runs entities(), quotes() and french_normalize()
# with both builds over every article the project has (corpus/, the team's
# development gold texts, and ../shared's seeds and Wikinews articles when present)
# and compares the rows byte for byte. Skipped when the scalar build is
# missing (`tests/run.sh build` alone). Last line:
#   scalar: N passed, N failed
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
scalar=${2:-$build/asan}
if [ ! -e "$scalar/presse.so" ]; then
  echo "scalar: skipped, no $scalar/presse.so (make test builds it)"
  echo "scalar: 0 passed, 0 failed"
  exit 0
fi
if objdump -d "$scalar/presse.so" 2>/dev/null | grep -q pmovmskb; then
  echo "scalar: $scalar/presse.so has SSE2 movemask code: not built with -U__SSE2__ (an older build/asan: rm -rf $scalar and run make test)"
  echo "scalar: 0 passed, 1 failed"
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Not the blind sets (tests/gold/heldout*): nobody reads output on them.
files=$(ls corpus/*.txt tests/gold/written*/*.txt ../shared/corpus/seeds/*.txt \
  ../shared/data/wikinews-fr-2012/articles/*.txt 2>/dev/null)
{
  echo "CREATE TABLE docs(name TEXT, body TEXT); BEGIN;"
  for f in $files; do
    printf "INSERT INTO docs VALUES ('%s', CAST(readfile('%s') AS TEXT));\n" \
      "${f//\'/\'\'}" "${f//\'/\'\'}"
  done
  echo "COMMIT;"
} | sqlite3 "$tmp/docs.db"
ndocs=$(sqlite3 "$tmp/docs.db" "SELECT count(*) FROM docs")
# The sanitizer build runs inside an uninstrumented shell: preload its runtimes.
preload="$(gcc -print-file-name=libasan.so):$(gcc -print-file-name=libubsan.so)"
pass=0 fail=0
for q in "entities:SELECT d.name, e.* FROM docs d, entities(d.body) e" \
  "quotes:SELECT d.name, q.* FROM docs d, quotes(d.body) q" \
  "french_normalize:SELECT name, french_normalize(body) FROM docs"; do
  fn=${q%%:*} sql=${q#*:}
  sqlite3 "$tmp/docs.db" -cmd ".load $build/presse" "$sql" >"$tmp/simd" 2>&1
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 LD_PRELOAD=$preload \
    sqlite3 "$tmp/docs.db" -cmd ".load $scalar/presse" "$sql" >"$tmp/scalar" 2>&1
  # A shell error (a failed .load) would be the same text from both builds.
  if [ -s "$tmp/simd" ] && ! grep -qi '^\(parse \|runtime \)\?error' "$tmp/simd" &&
    cmp -s "$tmp/simd" "$tmp/scalar"; then
    pass=$((pass + 1))
    echo "ok $fn: $(wc -l <"$tmp/simd") rows over $ndocs articles identical"
  else
    fail=$((fail + 1))
    echo "FAIL $fn: SSE2 ($build) and portable ($scalar) rows differ"
    diff "$tmp/simd" "$tmp/scalar" | head -10 | cut -c1-200 | sed "s/^/    /"
  fi
done
echo "scalar: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
