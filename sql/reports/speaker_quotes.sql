-- Every quote of one speaker, with its article and date, oldest first,
-- each quotation once (a fragment in quotation marks inside reported
-- speech shows within its indirect quote: parent IS NULL).
-- The speaker is the parameter :speaker, matched accent- and case-blind on
-- the full name or on the surname alone:
--   sqlite3 news.db -cmd ".load build/presse" -cmd ".param set :speaker \"'Lavrov'\"" \
--       < sql/reports/speaker_quotes.sql
-- Without :speaker it stops with a message and the shell exits non-zero.
.bail on
CREATE TEMP TABLE IF NOT EXISTS report_check(problem TEXT);
CREATE TEMP TRIGGER IF NOT EXISTS report_check_speaker BEFORE INSERT ON report_check
 WHEN new.problem = 'speaker' BEGIN
  SELECT RAISE(ABORT, 'speaker_quotes.sql: set the speaker first: -cmd ".param set :speaker \"''Lavrov''\""');
END;
INSERT INTO temp.report_check SELECT 'speaker' WHERE :speaker IS NULL OR :speaker = '';
SELECT d.date, coalesce(d.title, d.path) AS article, q.kind,
       CASE WHEN length(q.text) > 90 THEN substr(q.text, 1, 87) || '...' ELSE q.text END AS quote
  FROM quotations AS q JOIN docs AS d ON d.id = q.doc
 WHERE q.speaker_key IN (SELECT speaker_key FROM speaker_totals
                          WHERE speaker_key = french_normalize(:speaker)
                             OR speaker_key LIKE '% ' || french_normalize(:speaker))
   AND q.parent IS NULL
 ORDER BY d.date IS NULL, d.date, d.path, q.start;
