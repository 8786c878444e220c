-- The data rows of company-flows.csv (55_company_flows.sql), each cell as the app's CSV writer
-- writes it (75_csv_cells.sql), in the declared order: companies in ranking order, as
-- companies.csv (60_ego.sql `ranking`: score, then cross-division links, then id), then
-- partner division code, then link type in model order with "all" last. Each line carries
-- the CR of the app's CR LF. A million companies' rows never reach JavaScript as objects:
-- the TypeScript side copies this query's lines to a file (COPY ... TO, DuckDB's own
-- statement, kept out of this file) and deflates the file.
--
-- The CLI asks for the companies ranked <first_rank> to <last_rank> at a time and writes each
-- part to a file of its own: sorting a national table's 15 million lines at once went past
-- the engine's memory limit in COPY. The cells of a part's companies are found by a join before
-- they are crossed with the types (55_company_flows.sql). Rows sort on one integer (rank,
-- division ordinal, type); an id is formatted once per company; division codes and type words
-- need no quoting; counts are whole numbers, written as integers as JavaScript writes
-- them; amounts go through csv_number.
--
-- Spark SQL: csv_text and csv_number are DuckDB macros (75_csv_cells.sql): register them as
-- SQL functions or inline them; then df.write.text(path) of the single column, coalesced to
-- one file in order.
SELECT concat_ws(',',
  r.id_cell,
  f.division,
  f.link_type,
  CAST(CAST(f.out_links AS BIGINT) AS VARCHAR),
  csv_number(CAST(f.out_weight AS DOUBLE)),
  CAST(CAST(f.in_links AS BIGINT) AS VARCHAR),
  csv_number(CAST(f.in_weight AS DOUBLE)),
  CAST(CAST(f.partners AS BIGINT) AS VARCHAR)
) || chr(13) AS line
FROM company_flows f
JOIN (SELECT ord, ranked, csv_text(id) AS id_cell FROM ranking) r ON r.ord = f.u
-- Division codes in code order ('' first), as a small number: one integer sort key per row.
-- A partner division is some company's division: the company table has them all.
JOIN (
  SELECT division, ROW_NUMBER() OVER (ORDER BY division) AS division_ord
  FROM (SELECT DISTINCT division FROM companies) d
) o ON o.division = f.division
WHERE r.ranked BETWEEN {{first_rank}} AND {{last_rank}}
ORDER BY r.ranked * 1024 + o.division_ord * 8 + f.type_ord
