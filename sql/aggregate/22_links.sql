-- Links as the app's links reader accepts them (src/io/rows/linkRow.ts, csv.ts): every data row
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
--   word_map     each distinct (type, year, illustrative) triple of cells -> link type
--                (parseLinkType; `type_warn` when the word names no type), year (parseYear;
--                `year_bad` when the text is no year) and flag (parseFlag): a handful of
--                rows, one join instead of five

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

-- Every data row with its verdict: the first check it fails, in the app's order (csv.ts's
-- number columns, then readLinkRow: both ends, self-link, then readLinkFields: amount, year).
-- A duplicate explicit link id is decided afterwards (23_link_ids.sql), only when a links
-- file has an id column at all.
CREATE TABLE link_status AS
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
    w.year,
    w.year_bad,
    w.year_text,
    w.link_type,
    w.type_warn,
    w.type_text,
    w.flag AS illustrative
  FROM links_in l
  JOIN file_units u ON u.file_ord = l.file_ord
  JOIN word_map w ON w.type_raw = l.type AND w.year_raw = l.year AND w.flag_raw = l.illustrative
  LEFT JOIN ref_map s ON s.id_raw = l.supplier_id AND s.name_raw = l.supplier
  LEFT JOIN ref_map b ON b.id_raw = l.buyer_id AND b.name_raw = l.buyer
  LEFT JOIN text_clean lc ON lc.raw = l.id
  LEFT JOIN weight_map wm ON wm.file_ord = l.file_ord AND wm.raw = l.weight
  WHERE NOT l.blank
),
verdict AS (
  SELECT
    *,
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
    END AS early_detail
  FROM link_checked
)
SELECT
  file_ord, file, row, explicit_id, sid, tid, sdiv, tdiv, link_type, weight, year, illustrative,
  type_warn, type_text, problem_message,
  -- Passed every check before the id: such a row takes its explicit id if it loads.
  early_reason IS NULL AS passed_ends,
  NOT weight_bad AND NOT year_bad AS fields_ok,
  CASE
    WHEN early_reason IS NOT NULL THEN early_reason
    WHEN weight_bad THEN 'bad-number'
    WHEN year_bad THEN 'bad-year'
  END AS reason,
  CASE
    WHEN early_reason IS NOT NULL THEN early_detail
    WHEN weight_bad THEN weight_detail
    WHEN year_bad THEN year_text
  END AS detail
FROM verdict;

-- The accepted links, with both ends as company `ord` and their stored divisions. `ord`
-- orders links as the app adds them. A view: the table is columnar, so the steps below read
-- only the columns they use.
CREATE VIEW links AS
SELECT
  CAST(file_ord AS BIGINT) * 1000000000000 + row AS ord,
  explicit_id, file, row, sid, tid, sdiv, tdiv, link_type, weight, year, illustrative
FROM link_status
WHERE reason IS NULL;
