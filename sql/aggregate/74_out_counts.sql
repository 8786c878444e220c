-- import-report.csv, part 2, and summary.json's row counts: every data row of every file is
-- either accepted or rejected for one reason; these are the counts per file and verdict.
SELECT 'companies' AS table_kind, file_ord, file, coalesce(reason, 'accepted') AS verdict, COUNT(*) AS n
FROM company_status
GROUP BY file_ord, file, coalesce(reason, 'accepted')
UNION ALL
SELECT 'links' AS table_kind, file_ord, file, coalesce(reason, 'accepted') AS verdict, COUNT(*) AS n
FROM link_status
GROUP BY file_ord, file, coalesce(reason, 'accepted')
UNION ALL
SELECT 'links' AS table_kind, file_ord, file, 'unknown-link-type' AS verdict, COUNT(*) AS n
FROM link_status
WHERE reason IS NULL AND type_warn
GROUP BY file_ord, file
ORDER BY table_kind, file_ord, verdict;
