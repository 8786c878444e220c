-- companies.csv (the stored vintage, every company) or companies-<vintage>.csv (only the
-- companies whose numbers differ from the stored vintage's), in the vintage's ranking order
-- (score, then cross-division links, then id, as src/graph/ranking/score.ts).
SELECT
  c.id, c.name, c.name_en, c.division, c.municipality, c.industry, c.tier, c.lat, c.lon,
  s.in_degree, s.out_degree, s.degree, s.weighted_degree, s.partner_divisions,
  s.technology_partners, s.technology_links, s.technology_weight,
  s.production_partners, s.production_links, s.production_weight,
  s.sales_partners, s.sales_links, s.sales_weight,
  s.other_partners, s.other_links, s.other_weight,
  s.all_partners, s.all_links, s.all_weight,
  s.score,
  e.id IS NOT NULL AS ego
FROM company_scores s
JOIN companies c ON c.id = s.id
JOIN company_scores b ON b.id = s.id AND b.vintage = {{stored_vintage}}
LEFT JOIN ego_ids e ON e.id = s.id
WHERE s.vintage = {{vintage}}
  AND (s.vintage = {{stored_vintage}}
    OR s.partner_divisions <> b.partner_divisions OR s.score <> b.score
    OR s.technology_partners <> b.technology_partners OR s.technology_links <> b.technology_links OR s.technology_weight <> b.technology_weight
    OR s.production_partners <> b.production_partners OR s.production_links <> b.production_links OR s.production_weight <> b.production_weight
    OR s.sales_partners <> b.sales_partners OR s.sales_links <> b.sales_links OR s.sales_weight <> b.sales_weight
    OR s.other_partners <> b.other_partners OR s.other_links <> b.other_links OR s.other_weight <> b.other_weight
    OR s.all_partners <> b.all_partners OR s.all_links <> b.all_links OR s.all_weight <> b.all_weight)
ORDER BY s.score DESC, s.all_links DESC, s.id;
