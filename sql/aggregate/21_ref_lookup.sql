-- References resolved as the app's links reader resolves them.
--
-- text_clean now also holds the references cleanText() changes (loaded after link_refs).

-- References as the app compares them (cleanText), and what the app looks up
-- (src/io/rows/linkRow.ts resolveEnd): the id column first when it names a company, else the
-- name column (or the id column when the name is empty) by id, then by exact name.
CREATE TABLE ref_keys AS
SELECT
  r.id_raw,
  r.name_raw,
  coalesce(a.clean, r.id_raw) AS id_ref,
  coalesce(b.clean, r.name_raw) AS name_ref
FROM link_refs r
LEFT JOIN text_clean a ON a.raw = r.id_raw
LEFT JOIN text_clean b ON b.raw = r.name_raw;

CREATE TABLE ref_lookup AS
SELECT
  k.*,
  CASE WHEN k.name_ref <> '' THEN k.name_ref ELSE k.id_ref END AS fallback,
  coalesce(
    CASE WHEN k.id_ref <> '' THEN byid.id END,
    byref.id,
    byname.id
  ) AS direct
FROM ref_keys k
LEFT JOIN companies byid ON byid.id = k.id_ref
LEFT JOIN companies byref ON byref.id = CASE WHEN k.name_ref <> '' THEN k.name_ref ELSE k.id_ref END
LEFT JOIN company_by_name byname ON byname.name = CASE WHEN k.name_ref <> '' THEN k.name_ref ELSE k.id_ref END;
