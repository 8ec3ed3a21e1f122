-- Most quoted speakers: who is quoted most, directly or in reported
-- speech, and in how many articles. Speakers are grouped by speaker_key
-- (french_normalize of the name), shown under their most frequent form.
SELECT (SELECT q2.speaker FROM quotations AS q2 WHERE q2.speaker_key = q.speaker_key
         GROUP BY q2.speaker ORDER BY count(*) DESC, q2.speaker LIMIT 1) AS speaker,
       count(*) AS quotes,
       sum(kind = 'direct') AS direct,
       sum(kind = 'indirect') AS indirect,
       count(DISTINCT doc) AS articles
  FROM quotations AS q
 WHERE speaker_key IS NOT NULL
 GROUP BY speaker_key
 ORDER BY quotes DESC, articles DESC, speaker
 LIMIT 15;
