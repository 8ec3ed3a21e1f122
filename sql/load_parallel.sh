#!/usr/bin/env bash
# load_parallel.sh DB DIR [JOBS [EXT]]: sql/load.sql with JOBS worker
# processes (default: the number of cores). Same result as
#   sqlite3 DB -cmd ".load EXT" -cmd ".param set :dir \"'DIR'\"" < sql/load.sql
# (same documents, ids, mentions, quotations and totals, same full-text
# index term by term: tests/check_load_parallel.sh compares them), in less
# time on several cores. DB must have been made by sql/schema.sql.
# `make load DIR=... DB=... JOBS=N` runs it.
#
# How (docs/corpus.md, "Parallel load"):
#  1. The files of DIR are listed in corpus()'s order (depth first, names in
#     byte order) and cut into shards of LOAD_CHUNK files (default 10000).
#  2. Workers, JOBS at a time, each take the next shard: a directory of
#     symbolic links to its files (same relative paths), which a sqlite3
#     process reads with corpus() and annotates (entities(), quotes()) into
#     a database of its own, with load.sql's own statements. No full-text
#     index there. On a first load a worker also counts its shard with
#     load.sql's doc_counts statements (quotations per speaker, mentions
#     per month and type, repeated quotations), which add up across shards.
#  3. One merger process (sqlite3) runs load.sql's opening (checks,
#     canonical directory, the loads row, what is already known), then takes
#     the shards in order as they are done: load.sql's documents statement
#     on the shard's rows (so ids follow the files' order), then the shard's
#     mentions and quotations under the new ids.
#  4. load.sql's closing (indexes, totals, ANALYZE, the summary) runs once.
#
# First load (DB has no documents, no journal, not in WAL mode): the load
# is built in a new file next to DB, which replaces DB once complete (an
# interrupted load leaves DB as it was: loading again starts over). There
# the full-text index is built by a process of its own, from the shards as
# they are done, with the ids the merger gives (it checks them), and copied
# in at the end; the totals are the sums of the shards' counts, not a
# count over the whole database.
#
# Later loads (DB has documents): the merger writes into DB itself, the
# full-text index through its triggers, each shard in its own transaction,
# and the totals are counted over the whole database as load.sql does. An
# interrupted load keeps the shards already merged; loading again finishes
# the work, as unchanged files are skipped.
#
# Workers stay at most 2 x JOBS shards ahead of the merger, so the shards
# on disk stay few. Scratch files go in LOAD_TMPDIR (default: next to DB).
# A directory with an unreadable subdirectory is loaded by load.sql alone
# (corpus() reports it as a row). LOAD_FRESH=0 loads into DB directly even
# when it is empty (tests/check_load_parallel.sh tries both).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
# nap: a pause of 50 ms without starting a process (read times out on a
# pipe that never gets data)
exec {nap_fd}<> <(:)
nap() { read -r -t 0.05 -u "$nap_fd" || true; }

if [ "${1:-}" = --worker ]; then
  # --worker K: annotate shard K (environment from the parent below)
  k=$2
  ahead=$((k - 2 * LP_JOBS))
  while [ "$ahead" -ge 0 ] && [ ! -e "$LP_TMP/done.$ahead" ]; do
    [ -e "$LP_TMP/failed" ] && exit 1
    nap
  done
  while [ ! -e "$LP_TMP/known.ready" ]; do
    [ -e "$LP_TMP/failed" ] && exit 1
    nap
  done
  # files listed one by one (not whole directories): a directory of
  # symbolic links with the same relative paths, for corpus() to read
  for farm in "$LP_TMP"/farm.$k.*; do
    [ -e "$farm" ] || continue
    python3 - "$LP_DIR" "$LP_FARMS/${farm##*/}.d" "$farm" <<'EOF'
import os, sys
root, farm, lst = (os.fsencode(a) for a in sys.argv[1:])
made = set()
with open(lst, "rb") as f:
    for rel in f.read().split(b"\0"):
        if not rel:
            continue
        d = os.path.dirname(rel)
        if d not in made:
            os.makedirs(os.path.join(farm, d), exist_ok=True)
            made.add(d)
        os.symlink(os.path.join(root, rel), os.path.join(farm, rel))
EOF
  done
  {
    echo ".bail on"
    cat "$here/sql/schema.sql"
    cat <<EOF
DROP TRIGGER IF EXISTS docs_fts_insert;
DROP TRIGGER IF EXISTS docs_fts_delete;
DROP TRIGGER IF EXISTS docs_fts_update;
DROP TABLE IF EXISTS docs_fts;
.output /dev/null
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
.output
ATTACH '${LP_TMP//\'/\'\'}/known.db' AS kn;
CREATE TEMP VIEW known AS SELECT * FROM kn.known;
CREATE TEMP TABLE load_dir(dir TEXT);
INSERT INTO temp.load_dir VALUES ('shard $k');
BEGIN;
INSERT INTO loads(dir) VALUES ('shard $k');
EOF
    cat "$LP_TMP/view.$k.sql" "$LP_TMP/documents.sql" "$LP_TMP/annotate.sql"
    [ "$LP_FRESH" = 1 ] && cat "$LP_TMP/counts.sql"
    echo "COMMIT;"
    echo ".once '${LP_TMP//\'/\'\'}/n.$k'"
    echo "SELECT count(*) FROM docs;"
  } | sqlite3 "$LP_TMP/s$k.tmp" -cmd ".load $LP_EXT" -cmd ".timer $LP_TIMER" > "$LP_TMP/timer.$k" || {
    touch "$LP_TMP/failed"
    echo "load_parallel: worker for shard $k failed" >&2
    exit 1
  }
  rm -rf "$LP_FARMS"/farm.$k.*.d
  mv "$LP_TMP/s$k.tmp" "$LP_TMP/s$k.db"
  exit 0
fi

if [ $# -lt 2 ]; then
  echo "usage: sql/load_parallel.sh DB DIR [JOBS [EXT]]" >&2
  exit 2
fi
db=$1 dir=$2 jobs=${3:-$(nproc)} ext=${4:-$here/build/presse}
chunk=${LOAD_CHUNK:-10000}
[ -f "$db" ] || { echo "load_parallel: $db does not exist: make it with sql/schema.sql first" >&2; exit 1; }
[ -d "$dir" ] || { echo "load_parallel: no such directory: $dir" >&2; exit 1; }
case $ext in /*) ;; *) ext=$PWD/$ext ;; esac
case $jobs in '' | *[!0-9]* | 0) echo "load_parallel: JOBS must be a number >= 1" >&2; exit 2 ;; esac
qdir=${dir//\'/\'\'}
serial() {
  sqlite3 "$db" -cmd ".load $ext" -cmd ".param set :dir \"'$qdir'\"" < "$here/sql/load.sql"
}

tmp=$(mktemp -d "${LOAD_TMPDIR:-$(dirname "$db")}/.load_parallel.XXXXXX")
work=
farms=
cleanup() {
  touch "$tmp/failed" 2> /dev/null || true
  rm -rf "$tmp" ${farms:+"$farms"} ${work:+"$work"}
}
trap cleanup EXIT

# load.sql in parts, cut at its "-- step" markers: the opening, the
# documents statement (reading rows from temp.incoming instead of
# corpus()), the annotation, and the closing, whole (later loads) or in
# its steps (first load).
load=$here/sql/load.sql
part() { sed -n "/^-- step $1/,/^-- end $1/p" "$load"; }
part documents | sed 's/^\( *FROM \)corpus(.*) AS c$/\1temp.incoming AS c/' > "$tmp/documents.sql"
part annotate > "$tmp/annotate.sql"
sed -n '1,/^-- step documents/p' "$load" | sed '$d' > "$tmp/opening.sql"
sed -n '/^-- step totals/,$p' "$load" > "$tmp/closing.sql"
for s in indexes months key_counts doc_counts sums; do part "$s" > "$tmp/$s.sql"; done
sed -n '/^-- step analyze/,$p' "$load" > "$tmp/tail.sql"
# what a worker adds on a first load: its shard's counts, kept in its file
{
  cat "$tmp/months.sql" "$tmp/doc_counts.sql"
  sed -n 's/^CREATE TEMP TABLE \(part_[a-z_]*\)(.*/CREATE TABLE main.\1 AS SELECT * FROM temp.\1;/p' "$tmp/doc_counts.sql"
} > "$tmp/counts.sql"
if [ "$(grep -c 'FROM temp.incoming AS c$' "$tmp/documents.sql")" != 1 ] ||
   ! grep -q 'INSERT INTO temp.annotate' "$tmp/annotate.sql" || [ ! -s "$tmp/closing.sql" ] ||
   ! grep -q 'CREATE INDEX' "$tmp/indexes.sql" || ! grep -q 'CREATE TABLE main.part_' "$tmp/counts.sql" ||
   ! grep -q 'INSERT INTO temp.part_entity' "$tmp/key_counts.sql" ||
   ! grep -q 'INSERT INTO entity_totals' "$tmp/sums.sql" || ! grep -q '^ANALYZE;' "$tmp/tail.sql"; then
  echo "load_parallel: sql/load.sql no longer has the steps this script expects (documents, annotate, totals, indexes, months, key_counts, doc_counts, sums, analyze)" >&2
  exit 1
fi

# 1. The files, in corpus()'s order (depth first, names in byte order),
# cut into shards of about LOAD_CHUNK files. A shard is a run of units: a
# directory whose whole tree fits (read by corpus() on that directory, its
# paths prefixed), or files listed one by one (read through a directory of
# links that the worker makes, in /dev/shm when it can). view.K.sql gives
# shard K's rows in that order.
farms=/dev/shm
[ -d "$farms" ] && [ -w "$farms" ] || farms=$tmp
farms=$(mktemp -d "$farms/presse_farms.XXXXXX")
cols=$(sqlite3 :memory: -cmd ".load $ext" "SELECT group_concat(name, ', ') FROM pragma_table_info('corpus') WHERE name <> 'path'")
nshards=$(python3 - "$dir" "$tmp" "$chunk" "$farms" "$cols" <<'EOF'
import os, stat, sys
root = os.path.abspath(os.fsencode(sys.argv[1]))
tmp, chunk, farms, cols = sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
bad = []
def walk(rel):
    """[(path, kind, files, children)] of directory rel, in corpus()'s order"""
    full = os.path.join(root, rel) if rel else root
    try:
        names = sorted(n for n in os.listdir(full) if not n.startswith(b"."))
    except OSError:
        bad.append(rel)
        return None
    out = []
    for n in names:
        r = rel + b"/" + n if rel else n
        f = os.path.join(root, r)
        try:
            st = os.lstat(f)
        except OSError:
            continue
        if stat.S_ISDIR(st.st_mode):
            sub = walk(r)
            out.append((r, "D", sum(c for _, _, c, _ in sub) if sub is not None else 0, sub))
        elif len(n) > 4 and n.endswith(b".txt"):
            if stat.S_ISREG(st.st_mode) or (stat.S_ISLNK(st.st_mode) and os.path.isfile(f)):
                out.append((r, "F", 1, None))
    return out
units = []
def part(entries):
    for r, kind, count, sub in entries:
        if kind == "D" and count > chunk * 3 // 2:
            part(sub)
        elif kind == "D":
            if count:
                units.append(("D", r, count))
        else:
            units.append(("F", r, 1))
top = walk(b"")
if top is None or bad:
    print("unreadable")
    sys.exit(0)
part(top)
def q(b):
    return os.fsdecode(b).replace("'", "''")
shards, cur, n = [], [], 0
for u in units:
    cur.append(u)
    n += u[2]
    if n >= chunk:
        shards.append(cur)
        cur, n = [], 0
if cur:
    shards.append(cur)
for k, sh in enumerate(shards):
    sel, run, runs = [], [], 0
    def flush():
        global run, runs
        if run:
            name = "farm.%d.%d" % (k, runs)
            with open(os.path.join(tmp, name), "wb") as f:
                f.write(b"\0".join(run) + b"\0")
            farm = os.path.join(os.fsencode(farms), name.encode() + b".d")
            sel.append("SELECT path, %s FROM corpus('%s')" % (cols, q(farm)))
            run, runs = [], runs + 1
    for kind, r, _ in sh:
        if kind == "F":
            run.append(r)
            continue
        flush()
        sel.append("SELECT '%s/' || path AS path, %s FROM corpus('%s')"
                   % (q(r), cols, q(os.path.join(root, r))))
    flush()
    with open(os.path.join(tmp, "view.%d.sql" % k), "w") as f:
        f.write("CREATE TEMP VIEW incoming AS\n" + "\nUNION ALL\n".join(sel) + ";\n")
print(len(shards))
EOF
)
if [ "$nshards" = unreadable ]; then
  echo "load_parallel: $dir has an unreadable subdirectory: loading with sql/load.sql alone"
  serial
  exit
fi

# First load or later load (see the top of this file).
fresh=0
counter() { od -An -tx1 -j24 -N4 "$db"; } # SQLite's file change counter
if [ "${LOAD_FRESH:-1}" != 0 ] && [ ! -e "$db-journal" ] && [ ! -e "$db-wal" ] &&
   [ "$(sqlite3 "$db" "SELECT (SELECT count(*) FROM docs) = 0 AND journal_mode <> 'wal' FROM pragma_journal_mode" 2> /dev/null)" = 1 ]; then
  fresh=1
  before=$(counter)
  work=$(dirname "$db")/.$(basename "$db").loading.$$
  cp -p "$db" "$work"
  target=$work
  # the triggers that keep docs_fts in step, as they are written
  sqlite3 "$target" "SELECT sql || ';' FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'docs' AND sql LIKE '%docs_fts%'" > "$tmp/fts_triggers.sql"
  sed -n 's/^CREATE TRIGGER \(IF NOT EXISTS \)\{0,1\}\([a-z_]*\) .*/DROP TRIGGER \2;/p' "$tmp/fts_triggers.sql" > "$tmp/fts_drop.sql"
else
  target=$db
fi
echo "load_parallel: $nshards shards of at most $chunk files, $jobs workers$([ $fresh = 1 ] && echo ', first load')"

# 2. Workers, JOBS at a time, in shard order.
export LP_TMP=$tmp LP_DIR=$(cd "$dir" && pwd) LP_EXT=$ext LP_JOBS=$jobs LP_FARMS=$farms LP_FRESH=$fresh
export LP_TIMER=off
[ "${LOAD_TIMER:-0}" = 1 ] && LP_TIMER=on
if [ "$nshards" -gt 0 ]; then
  seq 0 $((nshards - 1)) | xargs -P "$jobs" -I{} "$here/sql/load_parallel.sh" --worker {} &
  workers=$!
fi

qtmp=${tmp//\'/\'\'}
# wait_for FILE: until FILE exists; returns 1 if something failed meanwhile
wait_for() {
  while [ ! -e "$1" ]; do
    [ -e "$tmp/failed" ] && return 1
    nap
  done
}
# consumed K WHO OTHER: the .shell line by which WHO (merged, fts) says it
# has read shard K; the shard file goes when OTHER has read it too (on a
# later load there is no other reader: OTHER is WHO).
consumed() {
  echo ".shell touch '$qtmp/$2.$1'; if [ -e '$qtmp/$3.$1' ]; then rm -f '$qtmp/s$1.db'; touch '$qtmp/done.$1'; fi"
}

# 3a. First load: the full-text index, in a file of its own, from the
# shards in order, under the ids the merger gives them (it checks them):
# the ids before the shard plus the row's id in the shard. load.sql's
# own settings (its INSERT INTO docs_fts(docs_fts, rank) lines). Each
# shard is a transaction (a database can be detached only between them).
fts_sql() {
  echo ".bail on"
  printf '.output /dev/null\nPRAGMA journal_mode = OFF;\nPRAGMA synchronous = OFF;\n.output\n'
  sqlite3 "$target" "SELECT sql || ';' FROM sqlite_schema WHERE name = 'docs_fts'"
  grep '^INSERT INTO docs_fts(docs_fts, rank) VALUES' "$load"
  # Each shard's commit writes a segment; merging only 16 at a time
  # (crisismerge) rather than 4 (automerge) costs a tenth less (these
  # settings stay in this file: the database keeps FTS5's defaults).
  echo "INSERT INTO docs_fts(docs_fts, rank) VALUES ('automerge', 0);"
  local off=0 k
  for ((k = 0; k < nshards; k++)); do
    wait_for "$tmp/s$k.db" || { echo '.exit 1'; return 0; }
    cat <<EOF
ATTACH '$qtmp/s$k.db' AS s;
BEGIN;
INSERT INTO docs_fts(rowid, title, body) SELECT id + $off, title, body FROM s.docs ORDER BY id;
COMMIT;
DETACH s;
EOF
    consumed "$k" fts merged
    off=$((off + $(cat "$tmp/n.$k")))
  done
  echo ".shell touch '$qtmp/fts.done'"
}
# LOAD_TIMER=1: the merger's statements timed on stdout, the full-text
# process's and (at the end, "worker K: ") the workers' on stderr
exec {fts_out}> /dev/null
timer=()
[ "${LOAD_TIMER:-0}" = 1 ] && timer=(-cmd ".timer on") fts_out=2
if [ "$fresh" = 1 ]; then
  { fts_sql | sqlite3 "$tmp/fts.db" -cmd ".load $ext" "${timer[@]}" >&"$fts_out"; } || {
    touch "$tmp/failed"
    echo "load_parallel: the full-text index failed" >&2
  } &
fi

# 3b. + 4. The merger: one sqlite3, fed shard by shard as they are done.
# the columns copied from the shards: those of the tables, whatever they are
cols() { sqlite3 "$target" "SELECT group_concat('\"' || name || '\"', ', ') FROM pragma_table_info('$1') WHERE name <> 'doc'"; }
mcols=$(cols mentions) qcols=$(cols quotations)
known_sql() {
  cat <<EOF
ATTACH '$qtmp/known.db' AS kn;
CREATE TABLE kn.known AS SELECT * FROM temp.known;
CREATE INDEX kn.known_path ON known(path);
DETACH kn;
.shell touch '$qtmp/known.ready'
EOF
}
merge_later() {
  cat "$tmp/opening.sql"
  cat <<EOF
CREATE TEMP TABLE IF NOT EXISTS before_load(id INTEGER);
DELETE FROM temp.before_load;
INSERT INTO temp.before_load SELECT coalesce(max(id), 0) FROM docs;
COMMIT;
EOF
  known_sql
  local k
  for ((k = 0; k < nshards; k++)); do
    wait_for "$tmp/s$k.db" || { echo '.print load_parallel: a worker failed'; echo '.exit 1'; return 0; }
    cat <<EOF
.print load_parallel: shard $((k + 1)) of $nshards
ATTACH '$qtmp/s$k.db' AS s;
BEGIN;
DROP VIEW IF EXISTS temp.incoming;
CREATE TEMP VIEW incoming AS SELECT * FROM s.docs ORDER BY id;
EOF
    grep -v '^\.print' "$tmp/documents.sql"
    cat <<EOF
DROP TABLE IF EXISTS temp.shard_docs;
CREATE TEMP TABLE shard_docs(id INTEGER PRIMARY KEY, sid INTEGER);
INSERT INTO temp.shard_docs
SELECT d.id, c.id FROM s.docs AS c CROSS JOIN main.docs AS d
 WHERE d.dir = (SELECT dir FROM temp.load_dir) AND d.path = c.path
   AND EXISTS (SELECT 1 FROM main.docs AS x INDEXED BY docs_by_load
                WHERE x.load = (SELECT max(id) FROM main.loads) AND x.id = d.id)
 ORDER BY d.id;
DELETE FROM mentions WHERE EXISTS (SELECT 1 FROM temp.shard_docs WHERE id <= (SELECT id FROM temp.before_load))
   AND doc IN (SELECT id FROM temp.shard_docs WHERE id <= (SELECT id FROM temp.before_load));
DELETE FROM quotations WHERE EXISTS (SELECT 1 FROM temp.shard_docs WHERE id <= (SELECT id FROM temp.before_load))
   AND doc IN (SELECT id FROM temp.shard_docs WHERE id <= (SELECT id FROM temp.before_load));
INSERT INTO main.mentions(doc, $mcols)
SELECT c.id, $(sed 's/"\([^"]*\)"/m."\1"/g' <<<"$mcols")
  FROM temp.shard_docs AS c JOIN s.mentions AS m ON m.doc = c.sid ORDER BY c.id, m.start;
INSERT INTO main.quotations(doc, $qcols)
SELECT c.id, $(sed 's/"\([^"]*\)"/q."\1"/g' <<<"$qcols")
  FROM temp.shard_docs AS c JOIN s.quotations AS q ON q.doc = c.sid ORDER BY c.id, q.rowid;
COMMIT;
DETACH s;
EOF
    consumed "$k" merged merged
  done
  echo "BEGIN;"
  cat "$tmp/closing.sql"
}
# On a first load: documents and their rows go in under ids checked to be
# those the full-text process gives; the shards' counts are appended to
# load.sql's temp tables of counts (made empty first), a document id
# shifted like the documents; the triggers that keep docs_fts in step are
# dropped while the index is built elsewhere, and made again (from their
# own text) once it is copied in.
merge_first() {
  cat "$tmp/opening.sql"
  echo "COMMIT;"
  known_sql
  cat <<'EOF'
CREATE TEMP TABLE lp_check(problem TEXT);
CREATE TEMP TRIGGER lp_check_says BEFORE INSERT ON lp_check BEGIN
  SELECT RAISE(ABORT, 'load_parallel: the documents of a shard did not get the ids expected (was the database written meanwhile?)');
END;
EOF
  cat "$tmp/fts_drop.sql"
  cat "$tmp/months.sql" "$tmp/doc_counts.sql"
  local k off=0 n pcols=
  for ((k = 0; k < nshards; k++)); do
    wait_for "$tmp/s$k.db" || { echo '.print load_parallel: a worker failed'; echo '.exit 1'; return 0; }
    n=$(cat "$tmp/n.$k")
    # the tables of counts and their columns, a doc column shifted
    [ -n "$pcols" ] || pcols=$(sqlite3 "$tmp/s$k.db" "SELECT m.name || '|' || group_concat(iif(c.name = 'doc', 'doc + :off', '\"' || c.name || '\"'), ', ')
        FROM sqlite_schema AS m JOIN pragma_table_info(m.name) AS c
       WHERE m.type = 'table' AND m.name LIKE 'part\\_%' ESCAPE '\\' GROUP BY m.name")
    cat <<EOF
.print load_parallel: shard $((k + 1)) of $nshards
ATTACH '$qtmp/s$k.db' AS s;
BEGIN;
DROP VIEW IF EXISTS temp.incoming;
CREATE TEMP VIEW incoming AS SELECT * FROM s.docs ORDER BY id;
EOF
    grep -v '^\.print' "$tmp/documents.sql"
    cat <<EOF
INSERT INTO temp.lp_check SELECT 'ids'
 WHERE changes() <> $n OR (SELECT coalesce(max(id), 0) FROM main.docs) <> $off + $n;
INSERT INTO main.mentions(doc, $mcols) SELECT doc + $off, $mcols FROM s.mentions;
INSERT INTO main.quotations(doc, $qcols) SELECT doc + $off, $qcols FROM s.quotations ORDER BY rowid;
EOF
    while IFS='|' read -r t c; do
      echo "INSERT INTO temp.$t SELECT ${c//:off/$off} FROM s.$t;"
    done <<<"$pcols"
    echo "COMMIT;"
    echo "DETACH s;"
    consumed "$k" merged fts
    off=$((off + n))
  done
  echo "BEGIN;"
  echo ".print load: totals"
  cat "$tmp/indexes.sql" "$tmp/months.sql" "$tmp/key_counts.sql" "$tmp/sums.sql"
  wait_for "$tmp/fts.done" || { echo '.print load_parallel: the full-text index failed'; echo '.exit 1'; return 0; }
  cat <<EOF
ATTACH '$qtmp/fts.db' AS f;
DELETE FROM main.docs_fts_data;
DELETE FROM main.docs_fts_idx;
DELETE FROM main.docs_fts_docsize;
INSERT INTO main.docs_fts_data SELECT * FROM f.docs_fts_data;
INSERT INTO main.docs_fts_idx SELECT * FROM f.docs_fts_idx;
INSERT INTO main.docs_fts_docsize SELECT * FROM f.docs_fts_docsize;
EOF
  cat "$tmp/fts_triggers.sql" "$tmp/tail.sql"
}
mkfifo "$tmp/merge.fifo"
pragmas=
[ "$fresh" = 1 ] && pragmas="PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;"
sqlite3 "$target" -cmd ".load $ext" -cmd ".output /dev/null" -cmd "$pragmas" -cmd ".output" \
  -cmd ".param set :dir \"'$qdir'\"" "${timer[@]}" < "$tmp/merge.fifo" &
merger=$!
if [ "$fresh" = 1 ]; then (merge_first) > "$tmp/merge.fifo" || true; else (merge_later) > "$tmp/merge.fifo" || true; fi
set +e
wait "$merger"
rc=$?
set -e
if [ "$rc" != 0 ]; then
  touch "$tmp/failed"
  if [ "$fresh" = 1 ]; then
    echo "load_parallel: the merge failed ($db is as it was)" >&2
  else
    echo "load_parallel: the merge failed (the shards merged so far are kept; loading again finishes)" >&2
  fi
fi
[ -n "${workers:-}" ] && { wait "$workers" || rc=1; }
wait # the full-text process
if [ "$LP_TIMER" = on ]; then
  for f in "$tmp"/timer.*; do [ -e "$f" ] && sed "s/^/worker ${f##*.}: /" "$f" >&2; done
fi
if [ "$rc" = 0 ] && [ "$fresh" = 1 ]; then
  # The new file replaces DB, if nothing wrote to DB meanwhile.
  if [ "$(counter)" != "$before" ] || [ -e "$db-journal" ] || [ -e "$db-wal" ]; then
    echo "load_parallel: $db was written to during the load: it is left as it was; load again" >&2
    rc=1
  else
    sync "$work"
    mv -f "$work" "$db"
    work=
  fi
fi
exit "$rc"
