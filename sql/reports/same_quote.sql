-- Articles that report the same quotation: direct quotes of the same
-- speaker in two different articles whose normalised texts overlap (one
-- contains the other, or they share their first 40 normalised characters).
WITH q AS (SELECT doc, speaker, speaker_key, french_normalize(text) AS norm, text
             FROM quotations
            WHERE kind = 'direct' AND speaker_key IS NOT NULL AND length(text) >= 20)
SELECT a.speaker,
       CASE WHEN length(a.text) > 60 THEN substr(a.text, 1, 57) || '...' ELSE a.text END AS quote,
       coalesce(da.title, da.path) AS article,
       coalesce(db.title, db.path) AS also_in
  FROM q AS a JOIN q AS b
    ON a.speaker_key = b.speaker_key AND a.doc < b.doc
   AND (instr(a.norm, b.norm) OR instr(b.norm, a.norm)
        OR substr(a.norm, 1, 40) = substr(b.norm, 1, 40))
  JOIN docs AS da ON da.id = a.doc
  JOIN docs AS db ON db.id = b.doc
 ORDER BY a.speaker, article, also_in
 LIMIT 20;
