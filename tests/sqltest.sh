#!/usr/bin/env bash
# sqltest.sh: SQL golden tests through the sqlite3 shell.
#
#   tests/sqltest.sh EXT_PATH FILE.test...
#
# A .test file is a list of cases:
#
#   == a name for the case
#   SELECT french_normalize('Été');
#   --
#   ete
#
# The SQL runs in a fresh in-memory database with the extension loaded;
# what the shell prints (stdout and stderr) must equal the text after "--"
# (trailing blank lines ignored). "@SHARED@" in SQL is replaced by the path
# of ../shared; a case whose SQL names @SHARED@ is skipped when it is absent.
# Prints one line per failure and, last, "sql: N passed, N failed, N skipped".
set -u
ext=$1; shift
here=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$here/../shared" 2>/dev/null && pwd) || shared=""
pass=0 fail=0 skip=0

run_case() { # file name sql expected
  local file=$1 name=$2 sql=$3 want=$4 got
  if [[ $sql == *@SHARED@* ]]; then
    if [ -z "$shared" ]; then skip=$((skip + 1)); return; fi
    sql=${sql//@SHARED@/$shared}
  fi
  got=$(cd "$here" && printf '%s\n' "$sql" | sqlite3 -batch -cmd ".load $ext" :memory: 2>&1)
  got=$(printf '%s' "$got" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}')
  want=$(printf '%s' "$want" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}')
  if [ "$got" == "$want" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    echo "FAIL $(basename "$file"): $name"
    diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | sed 's/^/    /' | head -20
  fi
}

for file in "$@"; do
  name="" sql="" want="" mode=none
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ $line == "== "* ]]; then
      [ "$mode" != none ] && run_case "$file" "$name" "$sql" "$want"
      name=${line#== } sql="" want="" mode=sql
    elif [[ $mode == sql && $line == "--" ]]; then
      mode=want
    elif [[ $mode == sql ]]; then
      sql+="$line"$'\n'
    elif [[ $mode == want ]]; then
      want+="$line"$'\n'
    fi
  done < "$file"
  [ "$mode" != none ] && run_case "$file" "$name" "$sql" "$want"
done
echo "sql: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
