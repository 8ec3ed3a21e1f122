-- Entities named together: among the 20 people, places and organisations
-- named in the most articles, the pairs that appear in the same articles,
-- by the number of articles they share. (Pairs of rarer entities are left
-- out so that the query stays fast on a large corpus.)
WITH top AS (SELECT key, type, name FROM entity_totals
              WHERE type IN ('PER', 'LOC', 'ORG')
              ORDER BY docs DESC, mentions DESC, name LIMIT 20),
     e AS (SELECT DISTINCT m.doc, top.key, top.type, top.name
             FROM top JOIN mentions AS m ON m.key = top.key AND m.type = top.type)
SELECT a.name || ' (' || a.type || ')' AS entity,
       b.name || ' (' || b.type || ')' AS named_with,
       count(*) AS articles
  FROM e AS a JOIN e AS b ON a.doc = b.doc AND (a.key, a.type) < (b.key, b.type)
 GROUP BY a.key, a.type, b.key, b.type
HAVING count(*) >= 2
 ORDER BY articles DESC, entity, named_with
 LIMIT 15;
