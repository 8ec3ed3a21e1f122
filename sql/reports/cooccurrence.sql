-- Entities named together: pairs of people, places or organisations that
-- appear in the same articles, by the number of articles they share.
WITH e AS (SELECT DISTINCT doc, key, type FROM mentions
            WHERE type IN ('PER', 'LOC', 'ORG') AND key IS NOT NULL),
     pairs AS (SELECT a.key AS ka, a.type AS ta, b.key AS kb, b.type AS tb,
                      count(*) AS articles
                 FROM e AS a JOIN e AS b ON a.doc = b.doc AND (a.key, a.type) < (b.key, b.type)
                GROUP BY 1, 2, 3, 4
               HAVING count(*) >= 2)
SELECT (SELECT canonical FROM mentions WHERE key = ka AND type = ta
         GROUP BY canonical ORDER BY count(*) DESC LIMIT 1) || ' (' || ta || ')' AS entity,
       (SELECT canonical FROM mentions WHERE key = kb AND type = tb
         GROUP BY canonical ORDER BY count(*) DESC LIMIT 1) || ' (' || tb || ')' AS named_with,
       articles
  FROM pairs
 ORDER BY articles DESC, entity, named_with
 LIMIT 15;
