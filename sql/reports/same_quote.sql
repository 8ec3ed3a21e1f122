-- Articles that report the same quotation: direct quotes of the same
-- speaker in different articles whose normalised texts overlap, here:
-- begin with the same 40 normalised characters (grouping on that prefix
-- keeps it linear; a quotation cut differently at its start is missed).
-- One row per quotation, with how many articles carry it and the first.
-- Reads quote_repeats, stored by load.sql.
SELECT r.speaker,
       CASE WHEN length(r.text) > 60 THEN substr(r.text, 1, 57) || '...' ELSE r.text END AS quote,
       r.articles, coalesce(d.title, d.path) AS first_article
  FROM quote_repeats AS r JOIN docs AS d ON d.id = r.first_doc
 ORDER BY r.articles DESC, r.speaker, quote
 LIMIT 15;
