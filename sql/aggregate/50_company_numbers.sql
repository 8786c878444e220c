-- One row of numbers per company and vintage, as the app computes them:
--   degrees       src/graph/metrics/degrees.ts (every link counts; amounts of in + out links)
--   cross stats   src/graph/metrics/crossRegional.ts: per link type and for all types, the
--                 distinct partner companies in another division, the links to or from other
--                 divisions and their amount; partner_divisions = distinct other divisions
--                 among all partners. Divisions are compared under the vintage.
-- Companies without links get zeros.

-- Each link seen from both ends: u is the company, p its partner.
CREATE TABLE partner_pairs AS
SELECT u, du, p, dp, link_type, COUNT(*) AS n, SUM(coalesce(weight, 0)) AS w
FROM (
  SELECT sid AS u, sdiv AS du, tid AS p, tdiv AS dp, link_type, weight FROM links
  UNION ALL
  SELECT tid AS u, tdiv AS du, sid AS p, sdiv AS dp, link_type, weight FROM links
) incidence
GROUP BY u, du, p, dp, link_type;

CREATE TABLE degrees AS
SELECT id, SUM(out_degree) AS out_degree, SUM(in_degree) AS in_degree, SUM(w) AS weighted_degree
FROM (
  SELECT sid AS id, 1 AS out_degree, 0 AS in_degree, coalesce(weight, 0) AS w FROM links
  UNION ALL
  SELECT tid AS id, 0 AS out_degree, 1 AS in_degree, coalesce(weight, 0) AS w FROM links
) ends
GROUP BY id;

-- Pairs with another division under the vintage. A pair is one (company, partner, type), so
-- counting pairs of a type counts distinct partners of that type.
CREATE TABLE cross_pairs AS
SELECT mu.vintage, pp.u, pp.p, mp.display AS partner_division, pp.link_type, pp.n, pp.w
FROM partner_pairs pp
JOIN vintage_map mu ON mu.code = pp.du
JOIN vintage_map mp ON mp.code = pp.dp AND mp.vintage = mu.vintage
WHERE mu.display <> mp.display;

CREATE TABLE cross_stats AS
SELECT
  vintage,
  u AS id,
  COUNT(DISTINCT partner_division) AS partner_divisions,
  SUM(CASE WHEN link_type = 'technology' THEN 1 ELSE 0 END) AS technology_partners,
  SUM(CASE WHEN link_type = 'technology' THEN n ELSE 0 END) AS technology_links,
  SUM(CASE WHEN link_type = 'technology' THEN w ELSE 0 END) AS technology_weight,
  SUM(CASE WHEN link_type = 'production' THEN 1 ELSE 0 END) AS production_partners,
  SUM(CASE WHEN link_type = 'production' THEN n ELSE 0 END) AS production_links,
  SUM(CASE WHEN link_type = 'production' THEN w ELSE 0 END) AS production_weight,
  SUM(CASE WHEN link_type = 'sales' THEN 1 ELSE 0 END) AS sales_partners,
  SUM(CASE WHEN link_type = 'sales' THEN n ELSE 0 END) AS sales_links,
  SUM(CASE WHEN link_type = 'sales' THEN w ELSE 0 END) AS sales_weight,
  SUM(CASE WHEN link_type = 'other' THEN 1 ELSE 0 END) AS other_partners,
  SUM(CASE WHEN link_type = 'other' THEN n ELSE 0 END) AS other_links,
  SUM(CASE WHEN link_type = 'other' THEN w ELSE 0 END) AS other_weight,
  COUNT(DISTINCT p) AS all_partners,
  SUM(n) AS all_links,
  SUM(w) AS all_weight
FROM cross_pairs
GROUP BY vintage, u;

CREATE TABLE company_numbers AS
SELECT
  v.vintage,
  v.vintage_ord,
  c.id,
  coalesce(d.in_degree, 0) AS in_degree,
  coalesce(d.out_degree, 0) AS out_degree,
  coalesce(d.in_degree, 0) + coalesce(d.out_degree, 0) AS degree,
  coalesce(d.weighted_degree, 0) AS weighted_degree,
  coalesce(x.partner_divisions, 0) AS partner_divisions,
  coalesce(x.technology_partners, 0) AS technology_partners,
  coalesce(x.technology_links, 0) AS technology_links,
  coalesce(x.technology_weight, 0) AS technology_weight,
  coalesce(x.production_partners, 0) AS production_partners,
  coalesce(x.production_links, 0) AS production_links,
  coalesce(x.production_weight, 0) AS production_weight,
  coalesce(x.sales_partners, 0) AS sales_partners,
  coalesce(x.sales_links, 0) AS sales_links,
  coalesce(x.sales_weight, 0) AS sales_weight,
  coalesce(x.other_partners, 0) AS other_partners,
  coalesce(x.other_links, 0) AS other_links,
  coalesce(x.other_weight, 0) AS other_weight,
  coalesce(x.all_partners, 0) AS all_partners,
  coalesce(x.all_links, 0) AS all_links,
  coalesce(x.all_weight, 0) AS all_weight
FROM companies c
CROSS JOIN (SELECT DISTINCT vintage, vintage_ord FROM vintage_map) v
LEFT JOIN degrees d ON d.id = c.id
LEFT JOIN cross_stats x ON x.vintage = v.vintage AND x.id = c.id;
