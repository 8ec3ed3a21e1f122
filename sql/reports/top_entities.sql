-- The most named people, places and organisations: for each type, the ten
-- entities named in the most articles (then the most often), with their
-- most frequent name. Reads entity_totals, the entity_stats view as load.sql
-- last stored it.
SELECT type, name, docs AS articles, mentions
  FROM (SELECT *, row_number() OVER (PARTITION BY type ORDER BY docs DESC, mentions DESC, name) AS rank
          FROM entity_totals WHERE type IN ('PER', 'LOC', 'ORG'))
 WHERE rank <= 10
 ORDER BY type = 'ORG', type = 'LOC', type, rank;
