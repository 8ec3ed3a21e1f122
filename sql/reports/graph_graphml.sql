-- The co-mention graph of graph_dot.sql as GraphML, for Gephi, Cytoscape,
-- yEd or networkx (nx.read_graphml): node attributes name, type and
-- articles; edge attribute articles (named together in that many).
--   sqlite3 -list -noheader news.db < sql/reports/graph_graphml.sql > g.graphml
WITH nodes AS (
  SELECT key_a AS key, type_a AS type, name_a AS name FROM pair_totals
  UNION SELECT key_b, type_b, name_b FROM pair_totals
)
SELECT line FROM (
  SELECT 0 AS part, '' AS k, '<?xml version="1.0" encoding="UTF-8"?>' AS line
  UNION ALL SELECT 0, 'a', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
  UNION ALL SELECT 0, 'b', '  <key id="name" for="node" attr.name="name" attr.type="string"/>'
  UNION ALL SELECT 0, 'c', '  <key id="type" for="node" attr.name="type" attr.type="string"/>'
  UNION ALL SELECT 0, 'd', '  <key id="docs" for="node" attr.name="articles" attr.type="int"/>'
  UNION ALL SELECT 0, 'e', '  <key id="weight" for="edge" attr.name="articles" attr.type="int"/>'
  UNION ALL SELECT 0, 'f', '  <graph id="comentions" edgedefault="undirected">'
  UNION ALL
  SELECT 1, n.type || n.key,
         printf('    <node id="%s"><data key="name">%s</data><data key="type">%s</data><data key="docs">%d</data></node>',
                replace(replace(replace(replace(n.type || ':' || n.key, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
                replace(replace(replace(n.name, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
                n.type, coalesce(t.docs, 1))
    FROM nodes AS n LEFT JOIN entity_totals AS t ON t.key = n.key AND t.type = n.type
  UNION ALL
  SELECT 2, type_a || key_a || type_b || key_b,
         printf('    <edge source="%s" target="%s"><data key="weight">%d</data></edge>',
                replace(replace(replace(replace(type_a || ':' || key_a, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
                replace(replace(replace(replace(type_b || ':' || key_b, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'),
                articles)
    FROM pair_totals
  UNION ALL SELECT 3, '', '  </graph>'
  UNION ALL SELECT 3, 'z', '</graphml>'
) ORDER BY part, k;
