-- The co-mention graph as Graphviz DOT: the entities of pair_totals (the
-- 20 named in the most articles, stored by load.sql) are the nodes, sized
-- by the number of articles naming them and coloured by type; an edge
-- joins two entities named in the same articles, as thick as the number of
-- those articles. Print it without headers and render it:
--   sqlite3 -list -noheader news.db < sql/reports/graph_dot.sql > g.dot
--   dot -Tsvg g.dot > g.svg         (sfdp or neato for large graphs)
-- tools/plots.sh does both.
WITH nodes AS (
  SELECT key_a AS key, type_a AS type, name_a AS name FROM pair_totals
  UNION SELECT key_b, type_b, name_b FROM pair_totals
), sized AS (
  SELECT n.*, coalesce(t.docs, 1) AS docs,
         n.type || ':' || replace(n.key, '"', '\"') AS id
    FROM nodes AS n LEFT JOIN entity_totals AS t ON t.key = n.key AND t.type = n.type
)
SELECT line FROM (
  SELECT 0 AS part, '' AS k, 'graph comentions {' AS line
  UNION ALL
  SELECT 1, '', '  graph [layout=neato, overlap=false, splines=true, fontname="Helvetica", label="Named in the same articles (edge: articles; PER blue, LOC green, ORG orange, MISC yellow)"];'
  UNION ALL
  SELECT 1, 'n', '  node [shape=ellipse, style=filled, fontname="Helvetica", fontsize=11]; edge [color="#00000066"];'
  UNION ALL
  SELECT 2, id, printf('  "%s" [label="%s", tooltip="%s, %d article(s)", fillcolor="%s", fontsize=%d];',
                       id, replace(name, '"', '\"'), type, docs,
                       CASE type WHEN 'PER' THEN '#a6cee3' WHEN 'LOC' THEN '#b2df8a'
                                 WHEN 'ORG' THEN '#fdbf6f' ELSE '#ffff99' END,
                       10 + 2 * min(docs, 8))
    FROM sized
  UNION ALL
  SELECT 3, type_a || key_a || type_b || key_b,
         printf('  "%s" -- "%s" [penwidth=%d, tooltip="%d article(s)"];',
                type_a || ':' || replace(key_a, '"', '\"'),
                type_b || ':' || replace(key_b, '"', '\"'), 1 + articles, articles)
    FROM pair_totals
  UNION ALL
  SELECT 4, '', '}'
) ORDER BY part, k;
