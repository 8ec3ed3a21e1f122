#!/usr/bin/env bash
# check_corpus_fs.sh [BUILD]: corpus() against file-system fixtures the SQL
# golden runner cannot make, created at test time in a temporary directory:
# a symlink loop, a symlink to a directory, a dangling symlink (a file that
# vanished between listing and reading), a FIFO named *.txt, a non-UTF-8
# file, an empty file, a 2 GB sparse file, a directory name that is not
# UTF-8. Outcomes are those of docs/robustness.md. Ends with
#   corpus_fs: N passed, N failed
set -u
cd "$(dirname "$0")/.."
build=${1:-build}
pass=0 fail=0
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
preload=""
if [[ $build == *asan* ]]; then
  preload="$(gcc -print-file-name=libasan.so):$(gcc -print-file-name=libubsan.so)"
  export ASAN_OPTIONS=detect_leaks=0
fi

d=$tmp/d
mkdir -p "$d/sub"
printf 'Titre\n\nUn texte valide.\n' >"$d/ok.txt"
printf 'caf\xe9 en Latin-1\n' >"$d/latin1.txt"
: >"$d/empty.txt"
ln -s .. "$d/sub/loop"              # a loop back to the root
ln -s ../d "$d/loop2"               # another way round
ln -s "$d/sub" "$d/sub/dir.txt"     # a directory that looks like a file
ln -s nowhere.txt "$d/dangling.txt" # vanished between listing and reading
mkfifo "$d/fifo.txt"                # would block a naive reader forever
truncate -s 2G "$d/big.txt"         # sparse: no disk used
printf 'Dans un sous-dossier.\n' >"$d/sub/deep.txt"

run() { # name sql expected (timeout: a FIFO must never block)
  local got
  got=$(cd "$tmp" && printf '%s\n' "$2" |
    LD_PRELOAD=$preload timeout 60 sqlite3 -batch -cmd ".load $OLDPWD/$build/presse" :memory: 2>&1)
  if [ "$got" == "$3" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $1"
    diff <(printf '%s\n' "$3") <(printf '%s\n' "$got") | sed 's/^/    /' | head -20
  fi
}

# Loops and directory links are not followed, the FIFO and the dangling
# link give no row, each bad file gives a row with its error, and the 2 GB
# file is refused from its size without being read (bounded memory).
run "every fixture, in order, with its error" \
  "SELECT path, bytes, quote(error), raw IS NULL, body IS NULL FROM corpus('d');" \
  "big.txt|2147483648|'file too large: 2147483648 bytes (1 GiB at most)'|1|1
empty.txt|0|'empty file'|0|1
latin1.txt|16|NULL|0|0
ok.txt|24|NULL|0|0
sub/deep.txt|22|NULL|0|0"

run "the 2 GB file is refused within bounded memory" \
  "SELECT max(bytes) > 1073741824, count(*) FROM corpus('d') WHERE error LIKE 'file too large%';" \
  "1|1"

run "a directory through a symlink loop is read once" \
  "SELECT count(*) FROM corpus('d/sub/loop');" \
  "5"

run "a non-UTF-8 directory name is an error naming it" \
  "SELECT count(*) FROM corpus(CAST(x'642FFF' AS TEXT));" \
  "$(printf "Runtime error near line 1: corpus(): cannot open directory 'd/\xff': No such file or directory")"

# What a scraped *.txt can be made of (docs/corpus.md, "Bad bytes"): a NUL
# byte, Latin-1 / Windows-1252, UTF-8 with one damaged byte, HTML, a binary
# file, UTF-16. Text written for the test.
t=$tmp/t
mkdir "$t"
printf 'Titre\n\nLe conseil a vot\xc3\xa9.\x00Puis la s\xc3\xa9ance a repris.\n' >"$t/nul.txt"
printf 'Le caf\xe9 \x93 R\xe9publique \x94 co\xfbte 3 \x80.\n' >"$t/cp1252.txt"
printf 'Le caf\xc3\xa9 \xff et l\x27\xc3\xa9t\xc3\xa9.\n' >"$t/damaged.txt"
printf '  <!DOCTYPE html>\n<html><body><p>Texte</p></body></html>\n' >"$t/page.txt"
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00' >"$t/image.txt"
printf '\xff\xfeT\x00i\x00' >"$t/utf16.txt"

run "bad bytes: converted with a warning, or rejected with why" \
  "SELECT path, quote(error), quote(warning), quote(body) FROM corpus('t');" \
  "cp1252.txt|NULL|'not UTF-8 (byte 6): read as Windows-1252'|'Le café “ République ” coûte 3 €.'
damaged.txt|NULL|'1 invalid UTF-8 sequence (first at byte 9) read as U+FFFD'|'Le café � et l''été.'
image.txt|'binary file, not text'|NULL|NULL
nul.txt|NULL|'1 NUL byte read as space'|'Titre

Le conseil a voté. Puis la séance a repris.'
page.txt|'HTML, not text: save the article''s text, or strip its tags'|NULL|NULL
utf16.txt|'UTF-16 text: save it as UTF-8'|NULL|NULL"

run "a NUL byte does not cut the file: every byte is read" \
  "SELECT bytes, length(raw), length(CAST(raw AS BLOB)) FROM corpus('t') WHERE path = 'nul.txt';" \
  "53|51|53"

mkdir "$tmp/locked" && printf 'x\n' >"$tmp/locked/a.txt" && chmod 000 "$tmp/locked"
if [ "$(id -u)" != 0 ]; then
  run "an unreadable directory is an error naming it" \
    "SELECT count(*) FROM corpus('locked');" \
    "Runtime error near line 1: corpus(): cannot open directory 'locked': Permission denied"
fi
chmod 755 "$tmp/locked"

echo "corpus_fs: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
