-- Mentions over time: for the five entities named in the most articles,
-- how many times each is mentioned per month (articles without a date
-- are left out). Reads month_totals, which load.sql stores for the 100
-- most named entities.
WITH top AS (SELECT key, type, name FROM entity_totals
              ORDER BY docs DESC, mentions DESC, name LIMIT 5)
SELECT t.month, top.name AS entity, t.mentions, t.articles
  FROM top JOIN month_totals AS t ON t.key = top.key AND t.type = top.type
 ORDER BY t.month, t.mentions DESC, entity;
