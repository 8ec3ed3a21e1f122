-- Articles that report the same quotation: direct quotes of the same
-- speaker in different articles whose normalised texts overlap, here:
-- begin with the same 40 normalised characters (grouping on that prefix
-- keeps the query linear; a quotation cut differently at its start is
-- missed). One row per quotation, with how many articles carry it.
WITH q AS (SELECT doc, speaker, speaker_key, text,
                  substr(french_normalize(text), 1, 40) AS head
             FROM quotations
            WHERE kind = 'direct' AND speaker_key IS NOT NULL AND length(text) >= 20)
SELECT g.speaker,
       CASE WHEN length(g.text) > 60 THEN substr(g.text, 1, 57) || '...' ELSE g.text END AS quote,
       g.articles, coalesce(d.title, d.path) AS first_article
  FROM (SELECT min(speaker) AS speaker, min(text) AS text, min(doc) AS first,
               count(DISTINCT doc) AS articles
          FROM q GROUP BY speaker_key, head HAVING count(DISTINCT doc) >= 2) AS g
  JOIN docs AS d ON d.id = g.first
 ORDER BY g.articles DESC, g.speaker, quote
 LIMIT 15;
