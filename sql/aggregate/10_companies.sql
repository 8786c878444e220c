-- Companies as the app's companies reader accepts them (src/io/rows/companyRow.ts, called in file
-- order): every data row gets exactly one verdict, the first check it fails, in the app's order.
--
-- Inputs (made by the TypeScript side):
--   companies_in   every record of every companies file: file_ord, file, row, blank, overflow
--                  and the raw cells (id, name, name_en, division, municipality, industry,
--                  tier, lat, lon, municipality_code, address), '' where the file has no such
--                  column; code_system of the file's division column (mois, kostat, iso)
--   text_clean     raw -> clean for the few values cleanText() changes (spaces, NFC)
--   text_trim      raw -> trimmed for the few values trim() changes
--   division_map   (code_system, raw) -> ISO code, from the app's normaliseDivision, and the
--                  municipality an address there names (regions/address.ts); code NULL when
--                  the app cannot place the value. Such a company is kept without a division
--                  ('', the app's NO_DIVISION) and warned about when the text was not empty.
--   tier_map       raw -> tier as parseTier() reads it
--   coord_map      (file_ord, lat, lon) -> coordinates as the app keeps them, or the problem
--                  the app's number columns report
--   place_map      (code_system, division, municipality, municipality_code, address) -> the
--                  company's division, municipality text and 시군구 code as the app's reader
--                  places the row (src/io/rows/municipalityCell.ts, resolved once per distinct
--                  combination in TypeScript: the resolver's rules live in one place). A
--                  resolved municipality may set the division (a row without one, or a code
--                  from before a boundary change). `place` is the company's place key
--                  (src/model/place.ts): its 시군구 code, else its division.

CREATE TABLE company_verdict AS
WITH company_checked AS (
SELECT
  c.file_ord,
  c.file,
  c.row,
  coalesce(idc.clean, c.id) AS id,
  coalesce(nc.clean, c.name) AS name,
  coalesce(dt.trimmed, c.division) AS division_text,
  coalesce(pm.division, dm.code, '') AS division,
  coalesce(pm.municipality_code, pm.division, dm.code, '') AS place,
  dm.code IS NULL AND coalesce(dt.trimmed, c.division) <> '' AS division_warn,
  nullif(coalesce(ne.trimmed, c.name_en), '') AS name_en,
  -- An address in the division column names the municipality when no column does (companyRow.ts).
  coalesce(pm.municipality, nullif(coalesce(mu.trimmed, c.municipality), ''), dm.municipality) AS municipality,
  nullif(coalesce(ind.trimmed, c.industry), '') AS industry,
  tm.tier AS tier,
  cm.lat AS lat,
  cm.lon AS lon,
  cm.problem_text,
  cm.problem_message,
  c.overflow
FROM companies_in c
LEFT JOIN text_clean idc ON idc.raw = c.id
LEFT JOIN text_clean nc ON nc.raw = c.name
LEFT JOIN text_trim dt ON dt.raw = c.division
LEFT JOIN division_map dm ON dm.code_system = c.code_system AND dm.raw = c.division
LEFT JOIN place_map pm ON pm.code_system = c.code_system AND pm.division_raw = c.division AND pm.municipality_raw = c.municipality
  AND pm.code_raw = c.municipality_code AND pm.address_raw = c.address
LEFT JOIN text_trim ne ON ne.raw = c.name_en
LEFT JOIN text_trim mu ON mu.raw = c.municipality
LEFT JOIN text_trim ind ON ind.raw = c.industry
LEFT JOIN tier_map tm ON tm.raw = c.tier
LEFT JOIN coord_map cm ON cm.file_ord = c.file_ord AND cm.lat_raw = c.lat AND cm.lon_raw = c.lon
WHERE NOT c.blank
)
-- The first failed check, in the order the app checks (csv.ts, then readCompanyRow).
SELECT
  *,
  CASE
    WHEN overflow THEN 'malformed-row'
    WHEN problem_message IS NOT NULL THEN 'bad-number'
    WHEN name = '' THEN 'missing-name'
    -- The app keys a company without an id by its name; the aggregate needs ids (docs/national-scale.md).
    WHEN id = '' THEN 'missing-id'
  END AS early_reason
FROM company_checked;

-- First id wins: among rows that passed every other check, in file order.
CREATE TABLE company_status AS
SELECT
  *,
  CASE
    WHEN early_reason IS NOT NULL THEN early_reason
    WHEN ROW_NUMBER() OVER (PARTITION BY id, early_reason IS NULL ORDER BY file_ord, row) > 1 THEN 'duplicate-id'
  END AS reason,
  CASE
    WHEN early_reason = 'bad-number' THEN problem_text
    WHEN early_reason = 'missing-name' THEN id
    WHEN early_reason = 'missing-id' THEN name
    WHEN early_reason = 'malformed-row' THEN ''
    ELSE id
  END AS detail
FROM company_verdict;

-- The accepted companies. `ord` orders them as the app adds them (file, then row) and is
-- the integer key the link tables use instead of the id text.
CREATE TABLE companies AS
SELECT
  CAST(file_ord AS BIGINT) * 1000000000000 + row AS ord,
  id, name, name_en, division, place, municipality, industry, tier, lat, lon, file, row
FROM company_status
WHERE reason IS NULL;

-- A link may name a company by its exact name: the first company added under that name.
CREATE TABLE company_by_name AS
SELECT name, id, division
FROM (
  SELECT name, id, division, ROW_NUMBER() OVER (PARTITION BY name ORDER BY ord) AS k
  FROM companies
) named
WHERE k = 1;
