-- Mentions over time: for the five entities named in the most articles,
-- how many times each is mentioned per month (articles without a date
-- are left out).
WITH top AS (SELECT key, type, name FROM entity_totals
              ORDER BY docs DESC, mentions DESC, name LIMIT 5)
SELECT substr(d.date, 1, 7) AS month, top.name AS entity,
       count(*) AS mentions, count(DISTINCT d.id) AS articles
  FROM top JOIN mentions AS m ON m.key = top.key AND m.type = top.type
  JOIN docs AS d ON d.id = m.doc
 WHERE d.date IS NOT NULL
 GROUP BY month, top.key, top.type
 ORDER BY month, mentions DESC, entity;
