-- Entities named together: among the 20 people, places and organisations
-- named in the most articles, the pairs that appear in the same articles,
-- by the number of articles they share. Reads pair_totals, stored by
-- load.sql (pairs of rarer entities are not stored: on a large corpus
-- every pair would be millions of rows).
SELECT name_a || ' (' || type_a || ')' AS entity,
       name_b || ' (' || type_b || ')' AS named_with,
       articles
  FROM pair_totals
 WHERE articles >= 2
 ORDER BY articles DESC, entity, named_with
 LIMIT 15;
