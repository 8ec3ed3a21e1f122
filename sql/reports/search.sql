-- search.sql: the articles matching a full-text query, best first (bm25,
-- a match in the title weighing three times one in the body), with the
-- title, the date and a snippet of the body around the matched words.
--
--   sqlite3 news.db -cmd ".load build/presse" \
--       -cmd ".param set :q 'coopération + militaire'" < sql/reports/search.sql
--
-- :q is an FTS5 query over docs_fts (sql/schema.sql, tokenizer `french`):
-- words (accents, case, elision and inflection ignored), phrases, prefixes
-- (déclar*), AND / OR / NOT, column filters (title: ...). A phrase is
-- written with + between its words (coopération + militaire): the shell's
-- .param set strips quotes, so '"coopération militaire"' would reach FTS5
-- as two words (AND). With the double quotes kept, it reads
--   -cmd ".param set :q \"'\\\"coopération militaire\\\"'\""
-- Without :q it stops with a message. See docs/search.md.
.bail on
CREATE TEMP TABLE IF NOT EXISTS report_check(problem TEXT);
CREATE TEMP TRIGGER IF NOT EXISTS report_check_q BEFORE INSERT ON report_check
 WHEN new.problem = 'q' BEGIN
  SELECT RAISE(ABORT, 'search.sql: set the query first: -cmd ".param set :q ''coopération + militaire''"');
END;
INSERT INTO temp.report_check SELECT 'q' WHERE :q IS NULL OR :q = '';
SELECT coalesce(d.title, d.path) AS title,
       coalesce(d.date, '-') AS date,
       printf('%.2f', bm25(docs_fts, 3.0, 1.0)) AS score,
       snippet(docs_fts, 1, '[', ']', '…', 12) AS snippet
  FROM docs_fts JOIN docs AS d ON d.id = docs_fts.rowid
 WHERE docs_fts MATCH :q
 ORDER BY bm25(docs_fts, 3.0, 1.0)
 LIMIT 10;
