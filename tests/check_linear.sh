#!/usr/bin/env bash
# check_linear.sh [BUILD]: the worst-case time of every core function is
# linear. Each function runs on adversarial texts (one pattern repeated:
# quotation marks, capitals, apostrophes, newlines, unclosed quotes, cue
# chains...) of N and 4N bytes under callgrind, whose instruction counts do
# not depend on the machine's load; the ratio of the counts (less the cost
# of an empty text) must stay below LINEAR_MAX_RATIO (6: 4 is linear, 16
# would be quadratic). Ends with "linear: N passed, N failed".
#   LINEAR_N=20000 (bytes), LINEAR_MAX_RATIO=6
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
N=${LINEAR_N:-20000}
MAX=${LINEAR_MAX_RATIO:-6}
if ! command -v valgrind >/dev/null; then
  echo "linear: skipped, valgrind not installed (make deps installs it)"
  echo "linear: 0 passed, 0 failed"
  exit 0
fi
drv=$build/tools/linear_driver
if ! out=$(make -s --no-print-directory BUILD="$build" "$drv" 2>&1); then
  printf '%s\n' "$out" | tail -20
  echo "linear: 0 passed, 1 failed"; exit 1
fi

patterns=(
  '«' '»' '"' '“' '’' "l'" "'" 'A' 'A ' 'Jean ' 'JEAN-PIERRE ' 'M. '
  '\n' '\n\n' '« a ' 'a » ' '« Oui », a-t-il ajouté. ' 'a-t-il '
  'Selon Jean Dupont, ' 'selon ' 'a déclaré que ' 'Il estime que « '
  '1 ' '1.' '.' '...' 'http://a' 'a@b.' 'é' ' - ' '(' 'Lire aussi\n'
  'Par Jean Dupont\n' '12 mars 2023 ' 'de la ' 'Le président ' 'xY'
  'MM. Jean et ' 'la\nville ' 'KERVEL, 12 juin. '
  'a dit que x ' '« a », poursuit le maire, ' ', a révélé son entraîneur à la demande '
  'Il voit Jardin et Partage. '
  'La Commission nationale des ports publie un avis. « Non », a indiqué la Cnp. '
)
funcs=(segment normalize entities quotes article search)

icount() { # function pattern bytes -> instructions
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$drv" "$1" "$2" "$3" 2>&1 |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}

# One function's patterns; prints its failures, its worst ratio and a
# last line "N M" (passed, failed).
one() {
  local f=$1 pass=0 fail=0
  base=$(icount "$f" x 0)
  worst="" worst_r=0
  for p in "${patterns[@]}"; do
    a=$(icount "$f" "$p" "$N")
    b=$(icount "$f" "$p" $((4 * N)))
    if [ -z "$a" ] || [ -z "$b" ]; then
      echo "FAIL $f '$p': the driver failed"; fail=$((fail + 1)); continue
    fi
    r=$(awk -v a="$a" -v b="$b" -v z="$base" 'BEGIN {
      d = a - z; if (d < 1) d = 1; printf "%.2f", (b - z) / d }')
    if ! awk -v r="$r" -v m="$MAX" 'BEGIN { exit !(r < m) }'; then
      # A fixed cost that shows at N (buffer growth, a first page fault)
      # fades at larger sizes; a superlinear cost grows: measure 4N -> 16N.
      c=$(icount "$f" "$p" $((16 * N)))
      r=$(awk -v b="$b" -v c="$c" -v z="$base" 'BEGIN {
        d = b - z; if (d < 1) d = 1; printf "%.2f", (c - z) / d }')
    fi
    if awk -v r="$r" -v m="$MAX" 'BEGIN { exit !(r < m) }'; then
      pass=$((pass + 1))
    else
      fail=$((fail + 1))
      echo "FAIL $f '$p': $a -> $b instructions from $N to $((4 * N)) bytes (ratio $r)"
    fi
    if awk -v r="$r" -v w="$worst_r" 'BEGIN { exit !(r > w) }'; then worst_r=$r worst=$p; fi
  done
  echo "$f: worst ratio $worst_r ('$worst')"
  echo "$pass $fail"
}

# The functions run two at a time: callgrind's counts do not depend on
# the load, and one at a time this check was CI's longest (221 s).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
running=0
for f in "${funcs[@]}"; do
  one "$f" >"$tmp/$f" 2>&1 &
  running=$((running + 1))
  if [ $running -ge 2 ]; then wait -n; running=$((running - 1)); fi
done
wait
pass=0 fail=0
for f in "${funcs[@]}"; do
  sed '$d' "$tmp/$f"
  read -r p n < <(tail -1 "$tmp/$f")
  pass=$((pass + ${p:-0})); fail=$((fail + ${n:-1}))
done
echo "linear: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
