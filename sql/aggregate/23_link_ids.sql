-- Duplicate explicit link ids (src/io/read/datasetBuilder.ts hasLink, checked in readLinkFields before
-- the amount and the year): an id is taken by the first row that loads with it; a row
-- rejected for its amount or year takes nothing, so an earlier such row keeps its own reason
-- and every later row with that id, whatever else it holds, is a duplicate. Run only when a
-- links file has an id column (otherwise every link has the generated id "file#row").
--
-- DuckDB only (UPDATE ... FROM): its Spark SQL form, a MERGE INTO for Delta or Iceberg
-- tables, is in scripts/lib/aggregate/duckdbOnly.ts.
UPDATE link_status
SET reason = 'duplicate-id', detail = link_status.explicit_id
FROM (
  SELECT explicit_id, file_ord AS first_file, row AS first_row
  FROM (
    SELECT explicit_id, file_ord, row, ROW_NUMBER() OVER (PARTITION BY explicit_id ORDER BY file_ord, row) AS k
    FROM link_status
    WHERE passed_ends AND fields_ok AND explicit_id <> ''
  ) ranked
  WHERE k = 1
) first_ok
WHERE link_status.explicit_id = first_ok.explicit_id
  AND link_status.passed_ends
  AND (link_status.file_ord > first_ok.first_file OR (link_status.file_ord = first_ok.first_file AND link_status.row > first_ok.first_row));
