-- Links as the app's links reader accepts them (src/io/linkRow.ts, csv.ts): every data row
-- gets exactly one verdict, the first check it fails, in the app's order.
--
-- Inputs besides links_in and ref_lookup (20_link_refs.sql), made by the TypeScript side
-- from the app's own parsers, one row per distinct raw value:
--   ref_fold     reference -> folded name (model/companyNames.ts foldName), for references
--                neither an id nor an exact name; fold_first: folded name -> first company
--   weight_map   (file_ord, raw) -> amount in 백만원 as the app's number columns read it
--                (numberColumn.ts then parseNumber), for cells that are not plain digits;
--                `problem_message` when the column cannot read it without guessing
--   file_units   file_ord -> the money unit its weight header names (mul, div)
--   year_map     raw -> year (parseYear), `bad` when the text is no year
--   type_map     raw -> link type (parseLinkType), `warn` when the word names no type
--   flag_map     raw -> illustrative flag (parseFlag)

CREATE TABLE ref_map AS
SELECT
  r.id_raw,
  r.name_raw,
  r.id_ref,
  r.name_ref,
  c.ord AS company,
  c.id AS company_id,
  c.division
FROM ref_lookup r
LEFT JOIN ref_fold rf ON rf.ref = r.fallback AND r.direct IS NULL
LEFT JOIN fold_first ff ON ff.folded = rf.folded
LEFT JOIN companies c ON c.id = coalesce(r.direct, ff.id);

CREATE TABLE link_verdict AS
WITH link_checked AS (
SELECT
  l.file_ord,
  l.file,
  l.row,
  l.overflow,
  coalesce(lc.clean, l.id) AS explicit_id,
  s.company AS sid,
  s.company_id AS sid_text,
  s.division AS sdiv,
  s.id_ref AS s_id_ref,
  s.name_ref AS s_name_ref,
  b.company AS tid,
  b.division AS tdiv,
  b.id_ref AS b_id_ref,
  b.name_ref AS b_name_ref,
  wm.problem_text,
  wm.problem_message,
  CASE
    WHEN l.weight = '' THEN NULL
    WHEN regexp_full_match(l.weight, '[0-9]+') THEN
      CASE WHEN u.div = 1 THEN CAST(l.weight AS DOUBLE) * u.mul ELSE CAST(l.weight AS DOUBLE) / u.div END
    ELSE wm.value
  END AS weight,
  coalesce(wm.bad, FALSE) AS weight_bad,
  wm.detail AS weight_detail,
  ym.year,
  coalesce(ym.bad, FALSE) AS year_bad,
  coalesce(yt.trimmed, l.year) AS year_text,
  coalesce(tm.link_type, 'other') AS link_type,
  coalesce(tm.warn, FALSE) AS type_warn,
  coalesce(tt.trimmed, l.type) AS type_text,
  coalesce(fm.flag, FALSE) AS illustrative
FROM links_in l
JOIN file_units u ON u.file_ord = l.file_ord
LEFT JOIN ref_map s ON s.id_raw = l.supplier_id AND s.name_raw = l.supplier
LEFT JOIN ref_map b ON b.id_raw = l.buyer_id AND b.name_raw = l.buyer
LEFT JOIN text_clean lc ON lc.raw = l.id
LEFT JOIN weight_map wm ON wm.file_ord = l.file_ord AND wm.raw = l.weight
LEFT JOIN year_map ym ON ym.raw = l.year
LEFT JOIN text_trim yt ON yt.raw = l.year
LEFT JOIN type_map tm ON tm.raw = l.type
LEFT JOIN text_trim tt ON tt.raw = l.type
LEFT JOIN flag_map fm ON fm.raw = l.illustrative
WHERE NOT l.blank
)
-- Checks before the link id: the number columns (csv.ts), both ends, self-links.
SELECT
  file_ord, file, row, explicit_id, sid, sdiv, tid, tdiv, weight, weight_bad, weight_detail, year, year_bad, year_text,
  link_type, type_warn, type_text, illustrative, problem_message,
  CASE
    WHEN overflow THEN 'malformed-row'
    WHEN problem_message IS NOT NULL THEN 'bad-number'
    WHEN s_id_ref = '' AND s_name_ref = '' THEN 'missing-id'
    WHEN sid IS NULL THEN 'unknown-company'
    WHEN b_id_ref = '' AND b_name_ref = '' THEN 'missing-id'
    WHEN tid IS NULL THEN 'unknown-company'
    WHEN sid = tid THEN 'self-link'
  END AS early_reason,
  CASE
    WHEN overflow THEN ''
    WHEN problem_message IS NOT NULL THEN problem_text
    WHEN s_id_ref = '' AND s_name_ref = '' THEN 'supplier'
    WHEN sid IS NULL THEN CASE WHEN s_id_ref <> '' THEN s_id_ref ELSE s_name_ref END
    WHEN b_id_ref = '' AND b_name_ref = '' THEN 'buyer'
    WHEN tid IS NULL THEN CASE WHEN b_id_ref <> '' THEN b_id_ref ELSE b_name_ref END
    WHEN sid = tid THEN sid_text
  END AS early_detail,
  -- A row whose amount and year read too: the one that takes its explicit id, if first.
  NOT weight_bad AND NOT year_bad AS fields_ok
FROM link_checked;

-- An explicit link id is taken by the first row that loads with it (a row rejected for its
-- amount or year takes nothing); later rows with that id are duplicates whatever else they hold.
CREATE TABLE link_status AS
SELECT
  v.*,
  CASE
    WHEN early_reason IS NOT NULL THEN early_reason
    WHEN explicit_id <> '' AND first_ok IS NOT NULL AND (file_ord > first_file OR (file_ord = first_file AND row > first_ok)) THEN 'duplicate-id'
    WHEN weight_bad THEN 'bad-number'
    WHEN year_bad THEN 'bad-year'
  END AS reason,
  CASE
    WHEN early_reason IS NOT NULL THEN early_detail
    WHEN explicit_id <> '' AND first_ok IS NOT NULL AND (file_ord > first_file OR (file_ord = first_file AND row > first_ok)) THEN explicit_id
    WHEN weight_bad THEN weight_detail
    WHEN year_bad THEN year_text
  END AS detail
FROM (
  SELECT
    c.*,
    f.first_file,
    f.first_ok
  FROM link_verdict c
  LEFT JOIN (
    SELECT explicit_id, file_ord AS first_file, row AS first_ok
    FROM (
      SELECT explicit_id, file_ord, row, ROW_NUMBER() OVER (PARTITION BY explicit_id ORDER BY file_ord, row) AS k
      FROM link_verdict
      WHERE early_reason IS NULL AND fields_ok AND explicit_id <> ''
    ) ranked
    WHERE k = 1
  ) f ON f.explicit_id = c.explicit_id AND c.explicit_id <> ''
) v;

-- The accepted links, with both ends as company `ord` and their stored divisions. `ord`
-- orders links as the app adds them; the id is the explicit one, else the app's "file#row".
CREATE TABLE links AS
SELECT
  CAST(file_ord AS BIGINT) * 1000000000000 + row AS ord,
  explicit_id,
  file,
  row,
  sid,
  tid,
  sdiv,
  tdiv,
  link_type,
  weight,
  year,
  illustrative
FROM link_status
WHERE reason IS NULL;
