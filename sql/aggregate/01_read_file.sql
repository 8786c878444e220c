-- One input file into a table of the cells the aggregate uses, in the file's row order.
--
-- <source> is read_csv(...) or read_parquet(...) as the TypeScript side wrote it from the
-- file's header (resolved by the app's own header code), <cells> selects the columns that
-- header maps to fields, under canonical field names. CSV is read as text (all_varchar) so
-- that numbers, years and codes reach the app's parsers exactly as written.
--
-- `blank` marks a record whose cells are all whitespace (the app skips it without counting
-- it); `overflow` marks a record with non-blank cells beyond the header (the app rejects it
-- as malformed). <whitespace> is a regular-expression class of what JavaScript's trim()
-- removes; the expression only runs on the rare record that starts with white space.
--
-- DuckDB only (read_csv/read_parquet, rowid): its Spark SQL form, a USING csv/parquet view
-- numbered in file order, is in scripts/lib/aggregate/duckdbOnly.ts.
CREATE TABLE {{table}} AS
SELECT
  {{cells}},
  CASE
    WHEN {{all_cells}} = '' THEN TRUE
    WHEN NOT regexp_matches(left({{all_cells}}, 1), '{{whitespace}}') THEN FALSE
    ELSE regexp_full_match({{all_cells}}, '{{whitespace}}*')
  END AS blank,
  CASE
    WHEN {{overflow_cells}} = '' THEN FALSE
    ELSE NOT regexp_full_match({{overflow_cells}}, '{{whitespace}}*')
  END AS overflow
FROM {{source}};
