-- load.sql: load the articles of a directory into a database made by
-- schema.sql, with entity mentions, quotations and the full-text index.
--
--   sqlite3 news.db -cmd ".load build/presse" -cmd ".param set :dir \"'corpus'\"" \
--       < sql/load.sql
--
-- (Both quotes: the shell strips the outer ones and evaluates the rest as
-- SQL, so '2024' alone would be bound as the number 2024, and 2024-01 as
-- 2023.) The directory is stored under its canonical path (corpus_path():
-- 'bad', 'bad/', './bad' and a link to it are one folder). A long load
-- shows where it is: "corpus: N files read, at PATH" on stderr every 1000
-- files. Everything happens in one transaction.
-- Incremental: a file already loaded from the same :dir with the same
-- content hash is skipped (it is read and hashed, not parsed); a changed
-- file replaces its old version, mentions and quotations included; files
-- that disappeared from the directory are kept. Loading twice adds nothing.
-- Files that cannot be used get a docs row with `error` set; a loaded file
-- whose new version cannot be used keeps its previous version, with a
-- `warning` saying so. Each problem is printed at the end, naming the file.
-- The .print lines are the progress that sql/demo.sh shows.
.bail on
-- First, what is missing, each with what to do (stops here: .bail on).
CREATE TEMP TABLE IF NOT EXISTS load_check(problem TEXT);
-- (One statement in the trigger, no line ending in ';' before END: the
-- Node and Python examples split the script at such lines.)
CREATE TEMP TRIGGER IF NOT EXISTS load_check_says BEFORE INSERT ON load_check BEGIN
  SELECT CASE new.problem
    WHEN 'extension' THEN RAISE(ABORT, 'load.sql: the presse extension is not loaded: sqlite3 news.db -cmd ".load build/presse" < sql/load.sql')
    WHEN 'schema' THEN RAISE(ABORT, 'load.sql: this database has no table "loads": run sql/schema.sql on it first')
    WHEN 'old schema' THEN RAISE(ABORT, 'load.sql: this database was made by an older sql/schema.sql (docs has no warning column): load into a new database')
    WHEN 'no dir' THEN RAISE(ABORT, 'load.sql: set the directory to load first: -cmd ".param set :dir \"''corpus''\""')
    WHEN 'number' THEN RAISE(ABORT, 'load.sql: :dir was read as a number, not a folder name: quote it twice, -cmd ".param set :dir \"''2024''\""')
  END; END;
INSERT INTO temp.load_check SELECT 'extension'
 WHERE NOT EXISTS (SELECT 1 FROM pragma_module_list WHERE name = 'corpus');
INSERT INTO temp.load_check SELECT 'schema'
 WHERE NOT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = 'loads');
INSERT INTO temp.load_check SELECT 'old schema'
 WHERE NOT EXISTS (SELECT 1 FROM pragma_table_info('docs') WHERE name = 'warning');
INSERT INTO temp.load_check SELECT 'no dir' WHERE :dir IS NULL;
INSERT INTO temp.load_check SELECT 'number' WHERE typeof(:dir) <> 'text';
-- The directory's canonical path: one name per folder however it is spelled.
CREATE TEMP TABLE IF NOT EXISTS load_dir(dir TEXT);
DELETE FROM temp.load_dir;
INSERT INTO temp.load_dir VALUES (corpus_path(:dir));
-- A large page cache (256 MiB at most): the mention indexes are written in
-- key order, not in file order.
PRAGMA cache_size = -262144;
BEGIN;
-- Rows stored by an earlier load under this spelling take the canonical path
-- (OR IGNORE: a file already stored under both keeps its old-spelling row).
UPDATE OR IGNORE docs SET dir = (SELECT dir FROM temp.load_dir)
 WHERE dir = :dir AND dir <> (SELECT dir FROM temp.load_dir);
UPDATE loads SET dir = (SELECT dir FROM temp.load_dir)
 WHERE dir = :dir AND dir <> (SELECT dir FROM temp.load_dir);
INSERT INTO loads(dir) SELECT dir FROM temp.load_dir;
-- The few files with an error or a warning, for the summary at the end
-- (without it, two reads of every document).
CREATE INDEX IF NOT EXISTS docs_problems ON docs(dir, path)
 WHERE error IS NOT NULL OR warning IS NOT NULL;
-- The full-text index is built in memory and written out in segments that
-- FTS5 merges as they accumulate: with 64 MiB of buffer instead of 1 MiB
-- it writes a 64th of the segments and merges each entry fewer times
-- (the documents step took a third less time at 100,000 articles). The
-- setting is stored in docs_fts_config; it only sizes that buffer.
INSERT INTO docs_fts(docs_fts, rank) VALUES ('hashsize', 67108864);

-- What this directory already holds, so that the big INSERT below does not
-- read the table it writes (that would make SQLite buffer every new body).
-- A file is skipped when its hash and its error are those stored, unless
-- the stored row is a previous version kept (see below).
DROP TABLE IF EXISTS temp.known;
CREATE TEMP TABLE known(path TEXT PRIMARY KEY, hash TEXT, error TEXT) WITHOUT ROWID;
INSERT INTO temp.known SELECT path, hash, error FROM docs
 WHERE dir = (SELECT dir FROM temp.load_dir)
   AND (warning IS NULL OR warning NOT LIKE 'kept the previous version%');

-- step documents (sql/load_parallel.sh runs this statement on its shards' rows)
.print load: documents
-- A file loaded before whose new version cannot be used (binary, HTML,
-- unreadable, emptied: a bad re-scrape) keeps its previous version; its
-- warning says so and it is tried again at the next load.
INSERT INTO docs(dir, path, hash, bytes, title, date, author, body, error, warning, load)
SELECT (SELECT dir FROM temp.load_dir), c.path, c.hash, c.bytes, c.title, c.date,
       c.author, c.body, c.error, c.warning, (SELECT max(id) FROM loads)
  FROM corpus((SELECT dir FROM temp.load_dir), 1000) AS c
 WHERE NOT EXISTS (SELECT 1 FROM temp.known AS k
                    WHERE k.path = c.path AND k.hash IS c.hash AND k.error IS c.error)
    ON CONFLICT(dir, path) DO UPDATE SET
       hash = iif(docs.error IS NULL AND excluded.error IS NOT NULL, docs.hash, excluded.hash),
       bytes = iif(docs.error IS NULL AND excluded.error IS NOT NULL, docs.bytes, excluded.bytes),
       title = iif(docs.error IS NULL AND excluded.error IS NOT NULL, docs.title, excluded.title),
       date = iif(docs.error IS NULL AND excluded.error IS NOT NULL, docs.date, excluded.date),
       author = iif(docs.error IS NULL AND excluded.error IS NOT NULL, docs.author, excluded.author),
       body = iif(docs.error IS NULL AND excluded.error IS NOT NULL, docs.body, excluded.body),
       warning = iif(docs.error IS NULL AND excluded.error IS NOT NULL,
                     'kept the previous version (load ' || docs.load || '): the file now gives: '
                     || excluded.error, excluded.warning),
       load = iif(docs.error IS NULL AND excluded.error IS NOT NULL, docs.load, excluded.load),
       error = iif(docs.error IS NULL AND excluded.error IS NOT NULL, NULL, excluded.error);
-- end documents

-- The documents (re)loaded now: their old mentions and quotations go.
DELETE FROM mentions WHERE doc IN
  (SELECT id FROM docs WHERE load = (SELECT max(id) FROM loads));
DELETE FROM quotations WHERE doc IN
  (SELECT id FROM docs WHERE load = (SELECT max(id) FROM loads));

-- step annotate
-- One analysis per document: entities() then quotes() on each body in
-- turn, so that quotes() reuses the segmentation and mentions entities()
-- has just made (the connection's cache, ext/sqlite/sql_analysis.c)
-- instead of computing them again. The INSERT into the temp view runs the
-- trigger once per document; nothing is stored in the view.
.print load: entities and quotes
DROP VIEW IF EXISTS temp.annotate;
CREATE TEMP VIEW annotate(id, body) AS SELECT NULL, NULL WHERE 0;
CREATE TEMP TRIGGER annotate_doc INSTEAD OF INSERT ON annotate BEGIN
  INSERT INTO mentions(doc, start, "end", text, type, canonical, key)
  SELECT new.id, e.start, e."end", e.text, e.type, e.canonical, e.key
    FROM entities(new.body) AS e;
  INSERT INTO quotations(doc, start, "end", text, kind, speaker, speaker_key, cue,
                         ord, parent)
  SELECT new.id, q.start, q."end", q.text, q.kind, q.speaker, q.speaker_key, q.cue,
         q.id, q.parent
    FROM quotes(new.body) AS q;
END;
INSERT INTO temp.annotate(id, body)
SELECT id, body FROM docs
 WHERE load = (SELECT max(id) FROM loads) AND body IS NOT NULL ORDER BY id;
-- end annotate

-- step totals (sql/load_parallel.sh runs everything from here on)
.print load: totals
-- The secondary indexes of mentions and quotations are made here, after
-- the first load's bulk insert: sorting once is several times faster than
-- keeping them in step row by row. Later loads keep them up to date.
-- They cover what the counts below read, in the order they group it:
-- mentions_by_key gives (key, type, canonical, doc) and
-- quotations_by_speaker (speaker_key, speaker, kind, parent, doc), so
-- neither table is sorted nor read row by row out of order.
-- step indexes
-- From here on a small page cache (4 MiB): SQLite's sorter sorts in runs
-- the size of the cache, and runs that fit the processor's caches make
-- the index of 24 million mentions in 28 s instead of 68 s (256 MiB), and
-- month_totals in 17 s instead of 30 s; the statements below read indexes
-- in order and need no more.
PRAGMA cache_size = -4096;
CREATE INDEX IF NOT EXISTS mentions_by_key ON mentions(key, type, canonical);
CREATE INDEX IF NOT EXISTS quotations_by_doc ON quotations(doc);
CREATE INDEX IF NOT EXISTS quotations_by_speaker
    ON quotations(speaker_key, speaker, kind, parent, doc);
-- end indexes

-- step months
-- The month (or year) of each dated document, from the docs_by_date index:
-- the counts by month join this small table instead of the docs rows.
-- (Sorted by id before it is stored: inserted in date order, the ids fall
-- at random in the table's B-tree, five times slower.)
DROP TABLE IF EXISTS temp.doc_month;
CREATE TEMP TABLE doc_month(id INTEGER PRIMARY KEY, month TEXT);
INSERT INTO temp.doc_month
SELECT id, substr(date, 1, 7) FROM docs INDEXED BY docs_by_date WHERE date IS NOT NULL
 ORDER BY id;
-- end months

-- step key_counts
-- Counts over every document of the database, from which the stored
-- totals are made below, each one pass over an index. They are kept as
-- sums, so that counts over disjoint sets of documents can be added:
-- counts, and distinct documents, add up; a minimum is the minimum of the
-- minima. (Before, a subquery per entity read the mentions again: the
-- totals grew 24 times for 10 times the data.) First those read off
-- mentions_by_key, in its order:
DROP TABLE IF EXISTS temp.part_entity;
CREATE TEMP TABLE part_entity(key TEXT, type TEXT, docs INTEGER, mentions INTEGER);
INSERT INTO temp.part_entity
SELECT key, type, count(DISTINCT doc), count(*)
  FROM mentions WHERE key IS NOT NULL GROUP BY key, type;
DROP TABLE IF EXISTS temp.part_name;
CREATE TEMP TABLE part_name(key TEXT, type TEXT, canonical TEXT, mentions INTEGER);
INSERT INTO temp.part_name
SELECT key, type, canonical, count(*)
  FROM mentions WHERE key IS NOT NULL GROUP BY key, type, canonical;
-- end key_counts

-- step doc_counts
-- Then the counts that a worker of sql/load_parallel.sh makes on its own
-- shard with these same statements, without indexes (the shards' counts
-- are then added).
-- each quotation once: a direct fragment inside reported speech (parent
-- set) is part of its indirect quotation
DROP TABLE IF EXISTS temp.part_speaker;
CREATE TEMP TABLE part_speaker(speaker_key TEXT, quotes INTEGER, direct INTEGER,
                               indirect INTEGER, articles INTEGER);
INSERT INTO temp.part_speaker
SELECT speaker_key, count(*), sum(kind = 'direct'), sum(kind = 'indirect'),
       count(DISTINCT doc)
  FROM quotations WHERE speaker_key IS NOT NULL AND parent IS NULL
 GROUP BY speaker_key;
DROP TABLE IF EXISTS temp.part_speaker_name;
CREATE TEMP TABLE part_speaker_name(speaker_key TEXT, speaker TEXT, quotes INTEGER);
INSERT INTO temp.part_speaker_name
SELECT speaker_key, speaker, count(*)
  FROM quotations WHERE speaker_key IS NOT NULL GROUP BY speaker_key, speaker;
-- Mentions per month of publication and type, counted into the few
-- (month, type) rows as the mentions go by, rather than sorting every
-- mention by month.
DROP TABLE IF EXISTS temp.type_month_count;
CREATE TEMP TABLE type_month_count(month TEXT, type TEXT, mentions INTEGER,
                                   PRIMARY KEY(month, type));
INSERT INTO temp.type_month_count(month, type, mentions)
SELECT d.month, m.type, 1
  FROM mentions AS m JOIN temp.doc_month AS d ON d.id = m.doc
 WHERE length(d.month) >= 7
    ON CONFLICT(month, type) DO UPDATE SET mentions = mentions + 1;
DROP TABLE IF EXISTS temp.part_type_month;
CREATE TEMP TABLE part_type_month(month TEXT, type TEXT, mentions INTEGER);
INSERT INTO temp.part_type_month SELECT month, type, mentions FROM temp.type_month_count;
-- Direct quotations by speaker and first 40 folded characters.
DROP TABLE IF EXISTS temp.part_repeat;
CREATE TEMP TABLE part_repeat(speaker_key TEXT, head TEXT, speaker TEXT, text TEXT,
                              doc INTEGER, articles INTEGER);
INSERT INTO temp.part_repeat
SELECT speaker_key, head, min(speaker), min(text), min(doc), count(DISTINCT doc)
  FROM (SELECT doc, speaker, speaker_key, text, substr(french_normalize(text), 1, 40) AS head
          FROM quotations
         WHERE kind = 'direct' AND speaker_key IS NOT NULL AND length(text) >= 20)
 GROUP BY speaker_key, head;
-- end doc_counts

-- step sums
-- The stored totals, from the counts above: entity_stats as a table (the
-- most frequent name of each entity, in how many documents, how many
-- mentions), the speakers, the pairs of the 20 most named entities, the
-- mentions per month of the 100 most named, the mentions per month and
-- type, and the direct quotations carried by several articles.
DELETE FROM entity_totals;
INSERT INTO entity_totals(key, type, name, docs, mentions)
SELECT t.key, t.type, n.canonical, t.docs, t.mentions
  FROM (SELECT key, type, sum(docs) AS docs, sum(mentions) AS mentions
          FROM temp.part_entity GROUP BY key, type) AS t
  JOIN (SELECT key, type, canonical,
               row_number() OVER (PARTITION BY key, type
                                  ORDER BY sum(mentions) DESC, canonical) AS rank
          FROM temp.part_name GROUP BY key, type, canonical) AS n
    ON n.key = t.key AND n.type = t.type AND n.rank = 1;

DELETE FROM speaker_totals;
INSERT INTO speaker_totals
SELECT t.speaker_key, n.speaker, t.quotes, t.direct, t.indirect, t.articles
  FROM (SELECT speaker_key, sum(quotes) AS quotes, sum(direct) AS direct,
               sum(indirect) AS indirect, sum(articles) AS articles
          FROM temp.part_speaker GROUP BY speaker_key) AS t
  JOIN (SELECT speaker_key, speaker,
               row_number() OVER (PARTITION BY speaker_key
                                  ORDER BY sum(quotes) DESC, speaker) AS rank
          FROM temp.part_speaker_name GROUP BY speaker_key, speaker) AS n
    ON n.speaker_key = t.speaker_key AND n.rank = 1;

-- The pairs: which of the 20 (bit r of a mask) each document names, then
-- how many documents share each mask (a few thousand masks), then the
-- pairs in each mask: four times faster than joining the documents' rows
-- with themselves.
DELETE FROM pair_totals;
WITH top AS (SELECT key, type, name,
                    row_number() OVER (ORDER BY docs DESC, mentions DESC, name, key, type) - 1 AS r
               FROM entity_totals WHERE type IN ('PER', 'LOC', 'ORG')
              ORDER BY docs DESC, mentions DESC, name, key, type LIMIT 20),
     doc_mask AS (SELECT sum(DISTINCT 1 << top.r) AS mask
                    FROM top JOIN mentions AS m ON m.key = top.key AND m.type = top.type
                   GROUP BY m.doc),
     masks AS (SELECT mask, count(*) AS docs FROM doc_mask GROUP BY mask)
INSERT INTO pair_totals
SELECT a.key, a.type, a.name, b.key, b.type, b.name, sum(masks.docs)
  FROM masks JOIN top AS a ON masks.mask & (1 << a.r)
  JOIN top AS b ON masks.mask & (1 << b.r) AND (a.key, a.type) < (b.key, b.type)
 GROUP BY a.key, a.type, b.key, b.type;

DELETE FROM month_totals;
WITH top AS (SELECT key, type FROM entity_totals ORDER BY docs DESC, mentions DESC LIMIT 100)
INSERT INTO month_totals
SELECT d.month, top.key, top.type, count(*), count(DISTINCT d.id)
  FROM top JOIN mentions AS m ON m.key = top.key AND m.type = top.type
  JOIN temp.doc_month AS d ON d.id = m.doc
 GROUP BY 1, 2, 3;

DELETE FROM type_month_totals;
INSERT INTO type_month_totals(month, type, mentions)
SELECT month, type, sum(mentions) FROM temp.part_type_month GROUP BY month, type;

DELETE FROM quote_repeats;
INSERT INTO quote_repeats
SELECT speaker_key, head, min(speaker), min(text), min(doc), sum(articles)
  FROM temp.part_repeat
 GROUP BY speaker_key, head HAVING sum(articles) >= 2;

UPDATE loads SET
  files = (SELECT count(*) FROM docs WHERE dir = loads.dir),
  added = (SELECT count(*) FROM docs WHERE load = loads.id),
  failed = (SELECT count(*) FROM docs INDEXED BY docs_problems
             WHERE (error IS NOT NULL OR warning IS NOT NULL) AND dir = loads.dir
               AND load = loads.id AND error IS NOT NULL)
 WHERE id = (SELECT max(id) FROM loads);
-- end sums (sql/load_parallel.sh puts the full-text index in here)
-- step analyze
-- Statistics for the query planner (bounded work per index): a co-mention
-- self-join goes from seconds to milliseconds.
.output /dev/null
PRAGMA analysis_limit = 1000;
.output
ANALYZE;
COMMIT;
.print load: done
-- Each file with a problem, named (20 at most), read off docs_problems.
DROP TABLE IF EXISTS temp.load_problems;
CREATE TEMP TABLE load_problems AS
SELECT path, coalesce(error, warning) AS problem
  FROM docs INDEXED BY docs_problems
 WHERE (error IS NOT NULL OR warning IS NOT NULL) AND dir = (SELECT dir FROM temp.load_dir)
   AND (error IS NOT NULL AND load = (SELECT max(id) FROM loads)
        OR warning IS NOT NULL AND (load = (SELECT max(id) FROM loads)
                                    OR warning LIKE 'kept the previous version%'));
SELECT printf('load: %s: %s', path, problem) FROM temp.load_problems ORDER BY path LIMIT 20;
SELECT printf('load: ... and %d more: SELECT path, error, warning FROM docs WHERE error IS NOT NULL OR warning IS NOT NULL', count(*) - 20)
  FROM temp.load_problems
HAVING count(*) > 20;
SELECT printf('load: %d new or changed of %d files (%d with errors); %d documents, %d mentions, %d quotations in the database',
              added, files, failed, (SELECT count(*) FROM docs),
              (SELECT count(*) FROM mentions), (SELECT count(*) FROM quotations))
  FROM loads WHERE id = (SELECT max(id) FROM loads);
