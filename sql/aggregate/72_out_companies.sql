-- The rows of companies.csv (the stored vintage, every company) or companies-<vintage>.csv
-- (only the companies whose partner divisions or cross stats differ from the stored
-- vintage's; the score alone is not compared, since one changed maximum moves every score),
-- in SUMMARY_COMPANY_COLUMNS order. 76_out_companies_csv.sql orders and writes them.
-- Numbers as DOUBLE: exact for counts and integer sums.
SELECT
  c.id, c.name, c.name_en, c.division, c.municipality, c.industry, c.tier, c.lat, c.lon,
  CAST(s.in_degree AS DOUBLE) AS in_degree,
  CAST(s.out_degree AS DOUBLE) AS out_degree,
  CAST(s.degree AS DOUBLE) AS degree,
  CAST(s.weighted_degree AS DOUBLE) AS weighted_degree,
  CAST(s.partner_divisions AS DOUBLE) AS partner_divisions,
  CAST(s.technology_partners AS DOUBLE) AS technology_partners,
  CAST(s.technology_links AS DOUBLE) AS technology_links,
  CAST(s.technology_weight AS DOUBLE) AS technology_weight,
  CAST(s.production_partners AS DOUBLE) AS production_partners,
  CAST(s.production_links AS DOUBLE) AS production_links,
  CAST(s.production_weight AS DOUBLE) AS production_weight,
  CAST(s.sales_partners AS DOUBLE) AS sales_partners,
  CAST(s.sales_links AS DOUBLE) AS sales_links,
  CAST(s.sales_weight AS DOUBLE) AS sales_weight,
  CAST(s.other_partners AS DOUBLE) AS other_partners,
  CAST(s.other_links AS DOUBLE) AS other_links,
  CAST(s.other_weight AS DOUBLE) AS other_weight,
  CAST(s.all_partners AS DOUBLE) AS all_partners,
  CAST(s.all_links AS DOUBLE) AS all_links,
  CAST(s.all_weight AS DOUBLE) AS all_weight,
  s.score,
  e.ord IS NOT NULL AS ego
FROM company_scores s
JOIN companies c ON c.ord = s.ord
JOIN company_scores b ON b.ord = s.ord AND b.vintage = {{stored_vintage}}
LEFT JOIN ego_ids e ON e.ord = s.ord
WHERE s.vintage = {{vintage}}
  AND (s.vintage = {{stored_vintage}}
    OR s.partner_divisions <> b.partner_divisions
    OR s.technology_partners <> b.technology_partners
    OR s.technology_links <> b.technology_links
    OR s.technology_weight <> b.technology_weight
    OR s.production_partners <> b.production_partners
    OR s.production_links <> b.production_links
    OR s.production_weight <> b.production_weight
    OR s.sales_partners <> b.sales_partners
    OR s.sales_links <> b.sales_links
    OR s.sales_weight <> b.sales_weight
    OR s.other_partners <> b.other_partners
    OR s.other_links <> b.other_links
    OR s.other_weight <> b.other_weight
    OR s.all_partners <> b.all_partners
    OR s.all_links <> b.all_links
    OR s.all_weight <> b.all_weight)
