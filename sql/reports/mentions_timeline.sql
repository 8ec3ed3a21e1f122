-- Entity mentions over time: per month of publication, the mentions of
-- people, places, organisations and other names, one column per type
-- (articles without a date are left out). Reads type_month_totals, which
-- load.sql stores. The table tools/plots.sh draws
-- with gnuplot as stacked bars; readable as it is too:
--   sqlite3 -header -separator ' ' news.db < sql/reports/mentions_timeline.sql
SELECT month,
       coalesce(sum(mentions) FILTER (WHERE type = 'PER'), 0) AS PER,
       coalesce(sum(mentions) FILTER (WHERE type = 'LOC'), 0) AS LOC,
       coalesce(sum(mentions) FILTER (WHERE type = 'ORG'), 0) AS ORG,
       coalesce(sum(mentions) FILTER (WHERE type = 'MISC'), 0) AS MISC
  FROM type_month_totals
 GROUP BY month
 ORDER BY month;
