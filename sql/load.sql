-- load.sql: load the articles of a directory into a database made by
-- schema.sql, with entity mentions, quotations and the full-text index.
--
--   sqlite3 news.db -cmd ".load build/presse" -cmd ".param set :dir 'corpus'" \
--       < sql/load.sql
--
-- (quote the directory inside the .param value: unquoted, a name like 2024
-- would be bound as a number.) Everything happens in one transaction.
-- Incremental: a file already loaded from the same :dir with the same
-- content hash is skipped (it is read and hashed, not parsed); a changed
-- file replaces its old version, mentions and quotations included; files
-- that disappeared from the directory are kept. Loading twice adds nothing.
-- Files that cannot be used get a docs row with `error` set.
-- The .print lines are the progress that sql/demo.sh shows.
.bail on
-- A large page cache (256 MiB at most): the mention indexes are written in
-- key order, not in file order.
PRAGMA cache_size = -262144;
BEGIN;
INSERT INTO loads(dir) VALUES (:dir);

-- What this directory already holds, so that the big INSERT below does not
-- read the table it writes (that would make SQLite buffer every new body).
CREATE TEMP TABLE IF NOT EXISTS known(path TEXT PRIMARY KEY, hash TEXT) WITHOUT ROWID;
DELETE FROM temp.known;
INSERT INTO temp.known SELECT path, hash FROM docs WHERE dir = :dir;

.print load: documents
INSERT INTO docs(dir, path, hash, bytes, title, date, author, body, error, load)
SELECT :dir, c.path, c.hash, c.bytes, c.title, c.date, c.author, c.body, c.error,
       (SELECT max(id) FROM loads)
  FROM corpus(:dir) AS c
 WHERE NOT EXISTS (SELECT 1 FROM temp.known AS k
                    WHERE k.path = c.path AND k.hash IS c.hash AND c.error IS NULL)
    ON CONFLICT(dir, path) DO UPDATE SET
       hash = excluded.hash, bytes = excluded.bytes, title = excluded.title,
       date = excluded.date, author = excluded.author, body = excluded.body,
       error = excluded.error, load = excluded.load;

-- The documents (re)loaded now: their old mentions and quotations go.
DELETE FROM mentions WHERE doc IN
  (SELECT id FROM docs WHERE load = (SELECT max(id) FROM loads));
DELETE FROM quotations WHERE doc IN
  (SELECT id FROM docs WHERE load = (SELECT max(id) FROM loads));

-- step entities (sql/demo.sh leaves this step out when entities() is missing)
.print load: entities
INSERT INTO mentions(doc, start, "end", text, type, canonical, key)
SELECT d.id, e.start, e."end", e.text, e.type, e.canonical, e.key
  FROM docs AS d, entities(d.body) AS e
 WHERE d.load = (SELECT max(id) FROM loads) AND d.body IS NOT NULL;
-- end entities

-- step quotes
.print load: quotes
INSERT INTO quotations(doc, start, "end", text, kind, speaker, speaker_key, cue)
SELECT d.id, q.start, q."end", q.text, q.kind, q.speaker, q.speaker_key, q.cue
  FROM docs AS d, quotes(d.body) AS q
 WHERE d.load = (SELECT max(id) FROM loads) AND d.body IS NOT NULL;
-- end quotes

.print load: totals
DELETE FROM entity_totals;
INSERT INTO entity_totals(key, type, name, docs, mentions)
SELECT key, type, name, docs, mentions FROM entity_stats WHERE key IS NOT NULL;

DELETE FROM speaker_totals;
INSERT INTO speaker_totals
SELECT speaker_key,
       (SELECT q2.speaker FROM quotations AS q2 WHERE q2.speaker_key = q.speaker_key
         GROUP BY q2.speaker ORDER BY count(*) DESC, q2.speaker LIMIT 1),
       count(*), sum(kind = 'direct'), sum(kind = 'indirect'), count(DISTINCT doc)
  FROM quotations AS q WHERE speaker_key IS NOT NULL GROUP BY speaker_key;

DELETE FROM pair_totals;
WITH top AS (SELECT key, type, name FROM entity_totals
              WHERE type IN ('PER', 'LOC', 'ORG')
              ORDER BY docs DESC, mentions DESC, name LIMIT 20),
     e AS (SELECT DISTINCT m.doc, top.key, top.type, top.name
             FROM top JOIN mentions AS m ON m.key = top.key AND m.type = top.type)
INSERT INTO pair_totals
SELECT a.key, a.type, a.name, b.key, b.type, b.name, count(*)
  FROM e AS a JOIN e AS b ON a.doc = b.doc AND (a.key, a.type) < (b.key, b.type)
 GROUP BY a.key, a.type, b.key, b.type;

DELETE FROM month_totals;
WITH top AS (SELECT key, type FROM entity_totals ORDER BY docs DESC, mentions DESC LIMIT 100)
INSERT INTO month_totals
SELECT substr(d.date, 1, 7), top.key, top.type, count(*), count(DISTINCT d.id)
  FROM top JOIN mentions AS m ON m.key = top.key AND m.type = top.type
  JOIN docs AS d ON d.id = m.doc
 WHERE d.date IS NOT NULL
 GROUP BY 1, 2, 3;

-- Counted per document first: the join to docs then looks up each
-- document once, not once per mention.
DELETE FROM type_month_totals;
INSERT INTO type_month_totals
SELECT substr(d.date, 1, 7), c.type, sum(c.n)
  FROM (SELECT doc, type, count(*) AS n FROM mentions GROUP BY doc, type) AS c
  JOIN docs AS d ON d.id = c.doc
 WHERE length(d.date) >= 7
 GROUP BY 1, 2;

DELETE FROM quote_repeats;
INSERT INTO quote_repeats
SELECT speaker_key, head, min(speaker), min(text), min(doc), count(DISTINCT doc)
  FROM (SELECT doc, speaker, speaker_key, text, substr(french_normalize(text), 1, 40) AS head
          FROM quotations
         WHERE kind = 'direct' AND speaker_key IS NOT NULL AND length(text) >= 20)
 GROUP BY speaker_key, head HAVING count(DISTINCT doc) >= 2;

UPDATE loads SET
  files = (SELECT count(*) FROM docs WHERE dir = :dir),
  added = (SELECT count(*) FROM docs WHERE load = loads.id),
  failed = (SELECT count(*) FROM docs WHERE load = loads.id AND error IS NOT NULL)
 WHERE id = (SELECT max(id) FROM loads);
COMMIT;
.print load: done
SELECT printf('load: %d new or changed of %d files (%d with errors); %d documents, %d mentions, %d quotations in the database',
              added, files, failed, (SELECT count(*) FROM docs),
              (SELECT count(*) FROM mentions), (SELECT count(*) FROM quotations))
  FROM loads WHERE id = (SELECT max(id) FROM loads);
