-- Entity mentions over time: per month of publication, the mentions of
-- people, places, organisations and other names, one column per type
-- (articles without a date are left out). The table tools/plots.sh draws
-- with gnuplot as stacked bars; readable as it is too:
--   sqlite3 -header -separator ' ' news.db < sql/reports/mentions_timeline.sql
SELECT substr(d.date, 1, 7) AS month,
       count(*) FILTER (WHERE m.type = 'PER') AS PER,
       count(*) FILTER (WHERE m.type = 'LOC') AS LOC,
       count(*) FILTER (WHERE m.type = 'ORG') AS ORG,
       count(*) FILTER (WHERE m.type = 'MISC') AS MISC
  FROM mentions AS m JOIN docs AS d ON d.id = m.doc
 WHERE length(d.date) >= 7
 GROUP BY month
 ORDER BY month;
