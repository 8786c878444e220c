-- The data rows of sole-suppliers.csv (56_sole_suppliers.sql) as the app's CSV writer writes
-- them (75_csv_cells.sql): buyer, supplier, links, ordered by supplier id, then buyer id, in
-- code-point order (the engine's binary string order). Copied to a file and deflated by the
-- TypeScript side, as 77_out_company_flows_csv.sql.
--
-- Spark SQL: csv_text and csv_number are DuckDB macros (75_csv_cells.sql), see there.
SELECT concat_ws(',',
  csv_text(b.id),
  csv_text(s.id),
  csv_number(CAST(o.links AS DOUBLE))
) || chr(13) AS line
FROM sole_suppliers o
JOIN companies b ON b.ord = o.buyer
JOIN companies s ON s.ord = o.supplier
ORDER BY s.id, b.id
