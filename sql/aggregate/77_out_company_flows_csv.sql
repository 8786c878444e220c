-- The data rows of company-flows.csv (55_company_flows.sql), each cell as the app's CSV writer
-- writes it (75_csv_cells.sql), in the declared order: companies in ranking order, as
-- companies.csv (60_ego.sql `ranking`: score, then cross-division links, then id), then
-- partner division code, then link type in model order with "all" last. Each line carries
-- the CR of the app's CR LF. A million companies' rows never reach JavaScript as objects:
-- the TypeScript side copies this query's lines to a file (COPY ... TO, DuckDB's own
-- statement, kept out of this file) and deflates the file.
--
-- Spark SQL: csv_text and csv_number are DuckDB macros (75_csv_cells.sql): register them as
-- SQL functions or inline them; then df.write.text(path) of the single column, coalesced to
-- one file in order.
SELECT concat_ws(',',
  csv_text(r.id),
  csv_text(f.division),
  f.link_type,
  csv_number(CAST(f.out_links AS DOUBLE)),
  csv_number(CAST(f.out_weight AS DOUBLE)),
  csv_number(CAST(f.in_links AS DOUBLE)),
  csv_number(CAST(f.in_weight AS DOUBLE)),
  csv_number(CAST(f.partners AS DOUBLE))
) || chr(13) AS line
FROM company_flows f
JOIN ranking r ON r.ord = f.u
ORDER BY
  r.ranked,
  f.division,
  CASE f.link_type WHEN 'technology' THEN 0 WHEN 'production' THEN 1 WHEN 'sales' THEN 2 WHEN 'other' THEN 3 ELSE 4 END
