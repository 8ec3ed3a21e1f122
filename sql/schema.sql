-- schema.sql: the tables a corpus of French news articles is loaded into.
-- Run once per database (every statement is IF NOT EXISTS), with the
-- presse extension loaded:
--   sqlite3 news.db -cmd ".load build/presse" < sql/schema.sql
-- sql/load.sql fills it from a directory; sql/reports/*.sql query it.
-- Without the extension it stops at once (the full-text index needs its
-- `french` tokenizer); the database it makes can then be read without the
-- extension (docs/corpus.md: which tables and views).
--
-- Names: the mention and quotation tables are `mentions` and `quotations`,
-- and the per-entity view is `entity_stats`, because a table or view
-- named `entities` or `quotes` would hide the entities() and quotes()
-- table-valued functions in this database.

.bail on
-- The extension first: nothing is created without it.
CREATE TEMP TABLE IF NOT EXISTS schema_check(problem TEXT);
CREATE TEMP TRIGGER IF NOT EXISTS schema_check_says BEFORE INSERT ON schema_check BEGIN
  SELECT RAISE(ABORT, 'schema.sql: the presse extension is not loaded (the full-text index needs its french tokenizer): sqlite3 news.db -cmd ".load build/presse" < sql/schema.sql');
END;
INSERT INTO temp.schema_check SELECT 'extension'
 WHERE NOT EXISTS (SELECT 1 FROM pragma_function_list WHERE name = 'french_normalize');

-- One row per load of a directory.
CREATE TABLE IF NOT EXISTS loads(
  id INTEGER PRIMARY KEY,
  dir TEXT NOT NULL,
  started TEXT NOT NULL DEFAULT (datetime('now')),
  files INTEGER,   -- *.txt files seen
  added INTEGER,   -- new or changed documents (re)loaded
  failed INTEGER   -- files with an error
);

-- One row per article file. (dir, path) is its identity; hash tells
-- whether it changed since it was loaded. A file that could not be read
-- has error set and body NULL.
CREATE TABLE IF NOT EXISTS docs(
  id INTEGER PRIMARY KEY,
  dir TEXT NOT NULL,       -- the directory given to load.sql, canonical (corpus_path)
  path TEXT NOT NULL,      -- relative to dir
  hash TEXT,               -- FNV-1a 64 of the raw file (change detector)
  bytes INTEGER,
  title TEXT,
  date TEXT,               -- ISO 8601, as precise as the article says
  author TEXT,
  body TEXT,               -- the article without site boilerplate
  error TEXT,              -- why the file could not be used, or NULL
  warning TEXT,            -- what reading it changed (Latin-1 converted, NUL
                           -- bytes), or that a previous version was kept
  load INTEGER NOT NULL REFERENCES loads(id),
  UNIQUE(dir, path)
);
CREATE INDEX IF NOT EXISTS docs_by_date ON docs(date);
CREATE INDEX IF NOT EXISTS docs_by_load ON docs(load);

-- Named-entity mentions: offsets are code points into docs.body, as
-- entities() returns them (substr(body, start + 1, "end" - start)).
CREATE TABLE IF NOT EXISTS mentions(
  doc INTEGER NOT NULL REFERENCES docs(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL,      -- PER, LOC, ORG, MISC
  canonical TEXT,          -- fullest form of the name in that document
  key TEXT,                -- french_normalize(canonical): same entity across docs
  PRIMARY KEY(doc, start)
) WITHOUT ROWID;
-- Its index mentions_by_key(key, type, canonical) is made by load.sql
-- after its first bulk insert (faster than keeping it in step row by row).

-- Quotations, direct and indirect, as quotes() returns them.
CREATE TABLE IF NOT EXISTS quotations(
  doc INTEGER NOT NULL REFERENCES docs(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,      -- direct, indirect
  speaker TEXT,
  speaker_key TEXT,
  cue TEXT,
  ord INTEGER,             -- quotes() id: its row number in the document
  parent INTEGER           -- ord of the indirect quotation of the same doc
                           -- that holds this direct one, else NULL: count
                           -- WHERE parent IS NULL to count each quotation once
);
-- Indexes quotations_by_doc(doc) and quotations_by_speaker(speaker_key,
-- speaker, kind, parent, doc): made by load.sql after its first bulk insert.

-- One row per entity (key and type): its most frequent name, in how many
-- documents and how many times it is mentioned.
CREATE VIEW IF NOT EXISTS entity_stats AS
SELECT key, type,
       (SELECT m2.canonical FROM mentions AS m2
         WHERE m2.key = m.key AND m2.type = m.type
         GROUP BY m2.canonical ORDER BY count(*) DESC, m2.canonical LIMIT 1) AS name,
       count(DISTINCT doc) AS docs,
       count(*) AS mentions
  FROM mentions AS m
 GROUP BY key, type;

-- entity_stats as a table, refreshed by each load.sql, so that reports on a
-- large corpus read a few thousand rows instead of aggregating millions.
CREATE TABLE IF NOT EXISTS entity_totals(
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT,
  docs INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  PRIMARY KEY(key, type)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_totals_by_docs ON entity_totals(docs DESC, mentions DESC);

-- More totals stored by each load (reports read these, see sql/reports/):
-- speakers, pairs of the 20 most named entities, mentions per month of the
-- 100 most named, and direct quotations carried by several articles.
CREATE TABLE IF NOT EXISTS speaker_totals(
  speaker_key TEXT PRIMARY KEY, speaker TEXT, quotes INTEGER, direct INTEGER,
  indirect INTEGER, articles INTEGER) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pair_totals(
  key_a TEXT, type_a TEXT, name_a TEXT, key_b TEXT, type_b TEXT, name_b TEXT,
  articles INTEGER, PRIMARY KEY(key_a, type_a, key_b, type_b)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS month_totals(
  month TEXT, key TEXT, type TEXT, mentions INTEGER, articles INTEGER,
  PRIMARY KEY(key, type, month)) WITHOUT ROWID;
-- Mentions per month of publication and type, for the timeline report
-- and its chart (tools/plots.sh).
CREATE TABLE IF NOT EXISTS type_month_totals(
  month TEXT, type TEXT, mentions INTEGER,
  PRIMARY KEY(month, type)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS quote_repeats(
  speaker_key TEXT, head TEXT, speaker TEXT, text TEXT, first_doc INTEGER,
  articles INTEGER, PRIMARY KEY(speaker_key, head)) WITHOUT ROWID;

-- Full-text search over title and body, kept in step with docs by the
-- triggers below (an external-content FTS5 table: the text is stored once,
-- in docs). The `french` tokenizer folds accents and case, drops elisions
-- and stems; querying docs_fts needs the extension loaded (without it:
-- docs/corpus.md).
CREATE VIRTUAL TABLE IF NOT EXISTS docs_fts USING fts5(
  title, body, content = 'docs', content_rowid = 'id', tokenize = 'french');

CREATE TRIGGER IF NOT EXISTS docs_fts_insert AFTER INSERT ON docs BEGIN
  INSERT INTO docs_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
CREATE TRIGGER IF NOT EXISTS docs_fts_delete AFTER DELETE ON docs BEGIN
  INSERT INTO docs_fts(docs_fts, rowid, title, body)
  VALUES ('delete', old.id, old.title, old.body);
END;
CREATE TRIGGER IF NOT EXISTS docs_fts_update AFTER UPDATE ON docs BEGIN
  INSERT INTO docs_fts(docs_fts, rowid, title, body)
  VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO docs_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
