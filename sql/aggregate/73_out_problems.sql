-- import-report.csv, part 1: the first <first_n> rows of each kind of problem (rejected
-- rows per reason, and warnings: words the app reads as link type "other"), in file order.
-- Companies files come before links files, as the app reads them.
WITH problems AS (
  SELECT 'rejected' AS kind, 0 AS phase, file_ord, file, row, reason, detail, problem_message
  FROM company_status WHERE reason IS NOT NULL
  UNION ALL
  SELECT 'rejected' AS kind, 1 AS phase, file_ord, file, row, reason, detail, problem_message
  FROM link_status WHERE reason IS NOT NULL
  UNION ALL
  SELECT 'warning' AS kind, 1 AS phase, file_ord, file, row, 'unknown-link-type' AS reason, type_text AS detail, NULL AS problem_message
  FROM link_status WHERE reason IS NULL AND type_warn
  UNION ALL
  -- A company whose division text the app cannot place is kept without one (companyRow.ts readDivision).
  -- chr(39) is the quote: older Spark SQL reads '' inside a literal as two adjacent literals, not a quote.
  SELECT 'warning' AS kind, 0 AS phase, file_ord, file, row, 'unknown-division' AS reason, division_text AS detail,
    'unknown division ' || chr(39) || division_text || chr(39) || ': company kept without a division (not on the map)' AS problem_message
  FROM company_status WHERE reason IS NULL AND division_warn
)
SELECT kind, phase, file_ord, file, row, reason, detail, problem_message
FROM (
  SELECT p.*, ROW_NUMBER() OVER (PARTITION BY kind, reason ORDER BY phase, file_ord, row) AS k
  FROM problems p
) ranked
WHERE k <= {{first_n}}
ORDER BY kind, phase, file_ord, row;
