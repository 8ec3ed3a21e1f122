#!/usr/bin/env bash
# load_parallel.sh DB DIR [JOBS [EXT]]: sql/load.sql with JOBS worker
# processes (default: the number of cores). Same result as
#   sqlite3 DB -cmd ".load EXT" -cmd ".param set :dir \"'DIR'\"" < sql/load.sql
# (same documents, ids, mentions, quotations and totals: the test
# tests/check_load_parallel.sh compares them), in less time on several cores.
# DB must have been made by sql/schema.sql. `make load DIR=... DB=... JOBS=N`
# runs it.
#
# How (docs/corpus.md, "Parallel load"):
#  1. The files of DIR are listed in corpus()'s order (depth first, names in
#     byte order) and cut into shards of LOAD_CHUNK files (default 10000).
#  2. Workers, JOBS at a time, each take the next shard: a directory of
#     symbolic links to its files (same relative paths), which a sqlite3
#     process reads with corpus() and annotates (entities(), quotes()) into
#     a database of its own, with load.sql's own statements. No full-text
#     index there.
#  3. One merger process (sqlite3 on DB) runs load.sql's opening (checks,
#     canonical directory, the loads row, what is already known), then takes
#     the shards in order as they are done: load.sql's documents statement
#     on the shard's rows (so ids follow the files' order and the full-text
#     index is written here, while the workers annotate the next shards),
#     then the shard's mentions and quotations under the new ids. Each shard
#     is its own transaction; the shard file is deleted once merged.
#  4. load.sql's closing (indexes, totals, ANALYZE, the summary) runs once.
# Workers stay at most 2 x JOBS shards ahead of the merger, so the shards
# on disk stay few. Scratch files go in LOAD_TMPDIR (default: next to DB).
#
# Unlike load.sql, an interrupted parallel load keeps the shards already
# merged (one transaction per shard); loading again finishes the work, as
# unchanged files are skipped. A directory with an unreadable subdirectory
# is loaded by load.sql alone (corpus() reports it as a row).
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
  while [ "$ahead" -ge 0 ] && [ ! -e "$LP_TMP/merged.$ahead" ]; do
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
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
ATTACH '${LP_TMP//\'/\'\'}/known.db' AS kn;
CREATE TEMP VIEW known AS SELECT * FROM kn.known;
CREATE TEMP TABLE load_dir(dir TEXT);
INSERT INTO temp.load_dir VALUES ('shard $k');
BEGIN;
INSERT INTO loads(dir) VALUES ('shard $k');
EOF
    cat "$LP_TMP/view.$k.sql" "$LP_TMP/documents.sql" "$LP_TMP/annotate.sql"
    echo "COMMIT;"
  } | sqlite3 "$LP_TMP/s$k.tmp" -cmd ".load $LP_EXT" > /dev/null || {
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
trap 'touch "$tmp/failed" 2>/dev/null; rm -rf "$tmp"' EXIT

# load.sql in parts: the opening, the documents statement (reading rows
# from temp.incoming instead of corpus()), the annotation, the closing.
load=$here/sql/load.sql
part() { sed -n "/^-- step $1/,/^-- end $1/p" "$load"; }
part documents | sed 's/^\( *FROM \)corpus(.*) AS c$/\1temp.incoming AS c/' > "$tmp/documents.sql"
part annotate > "$tmp/annotate.sql"
sed -n '1,/^-- step documents/p' "$load" | sed '$d' > "$tmp/opening.sql"
sed -n '/^-- step totals/,$p' "$load" > "$tmp/closing.sql"
if [ "$(grep -c 'FROM temp.incoming AS c$' "$tmp/documents.sql")" != 1 ] ||
   ! grep -q 'INSERT INTO temp.annotate' "$tmp/annotate.sql" || [ ! -s "$tmp/closing.sql" ]; then
  echo "load_parallel: sql/load.sql no longer has the steps this script expects (documents, annotate, totals)" >&2
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
trap 'touch "$tmp/failed" 2>/dev/null; rm -rf "$tmp" "$farms"' EXIT
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
echo "load_parallel: $nshards shards of at most $chunk files, $jobs workers"

# 2. Workers, JOBS at a time, in shard order.
export LP_TMP=$tmp LP_DIR=$(cd "$dir" && pwd) LP_EXT=$ext LP_JOBS=$jobs LP_FARMS=$farms
if [ "$nshards" -gt 0 ]; then
  seq 0 $((nshards - 1)) | xargs -P "$jobs" -I{} "$here/sql/load_parallel.sh" --worker {} &
  workers=$!
fi

# 3. + 4. The merger: one sqlite3 on DB, fed shard by shard as they are done.
qtmp=${tmp//\'/\'\'}
# the columns copied from the shards: those of the tables, whatever they are
cols() { sqlite3 "$db" "SELECT group_concat('\"' || name || '\"', ', ') FROM pragma_table_info('$1') WHERE name <> 'doc'"; }
mcols=$(cols mentions) qcols=$(cols quotations)
merge_sql() {
  cat "$tmp/opening.sql"
  cat <<EOF
CREATE TEMP TABLE IF NOT EXISTS before_load(id INTEGER);
DELETE FROM temp.before_load;
INSERT INTO temp.before_load SELECT coalesce(max(id), 0) FROM docs;
COMMIT;
ATTACH '$qtmp/known.db' AS kn;
CREATE TABLE kn.known AS SELECT * FROM temp.known;
CREATE INDEX kn.known_path ON known(path);
DETACH kn;
.shell touch '$qtmp/known.ready'
EOF
  for ((k = 0; k < nshards; k++)); do
    while [ ! -e "$tmp/s$k.db" ]; do
      kill -0 "$merger" 2>/dev/null || return 0
      [ -e "$tmp/failed" ] && { echo '.print load_parallel: a worker failed'; echo '.exit 1'; return 0; }
      nap
    done
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
.shell rm -f '$qtmp/s$k.db' && touch '$qtmp/merged.$k'
EOF
  done
  echo "BEGIN;"
  cat "$tmp/closing.sql"
}
mkfifo "$tmp/merge.fifo"
sqlite3 "$db" -cmd ".load $ext" -cmd ".param set :dir \"'$qdir'\"" -cmd ".param set :progress 0" \
  < "$tmp/merge.fifo" &
merger=$!
(merge_sql) > "$tmp/merge.fifo" || true
set +e
wait "$merger"
rc=$?
set -e
if [ "$rc" != 0 ]; then
  touch "$tmp/failed"
  echo "load_parallel: the merge failed (the shards merged so far are kept; loading again finishes)" >&2
fi
[ -n "${workers:-}" ] && { wait "$workers" || rc=1; }
exit "$rc"
