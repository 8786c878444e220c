-- One row of numbers per company and vintage, as the app computes them:
--   degrees       src/graph/metrics/degrees.ts (every link counts; amounts of in + out links)
--   cross stats   src/graph/metrics/crossRegional.ts: per link type and for all types, the
--                 distinct partner companies in another division, the links to or from other
--                 divisions and their amount; partner_divisions = distinct other divisions
--                 among all partners. Divisions are compared under the vintage.
-- Companies without links get zeros. Companies are their integer `ord` here.

-- Each cross-division link seen from both ends: u is the company, p its partner; one row per
-- (u, p, type). Links inside one stored division are inside one division under every vintage
-- (a vintage only merges divisions), so they never count here and are left out early.
CREATE TABLE partner_pairs AS
SELECT u, du, p, dp, link_type, COUNT(*) AS n, SUM(coalesce(weight, 0)) AS w
FROM (
  SELECT sid AS u, sdiv AS du, tid AS p, tdiv AS dp, link_type, weight FROM links WHERE sdiv <> tdiv
  UNION ALL
  SELECT tid AS u, tdiv AS du, sid AS p, sdiv AS dp, link_type, weight FROM links WHERE sdiv <> tdiv
) incidence
GROUP BY u, du, p, dp, link_type;

CREATE TABLE degrees AS
SELECT u, SUM(out_degree) AS out_degree, SUM(in_degree) AS in_degree, SUM(w) AS weighted_degree
FROM (
  SELECT sid AS u, 1 AS out_degree, 0 AS in_degree, coalesce(weight, 0) AS w FROM links
  UNION ALL
  SELECT tid AS u, 0 AS out_degree, 1 AS in_degree, coalesce(weight, 0) AS w FROM links
) ends
GROUP BY u;

-- Pairs with a company in another division under the vintage.
CREATE TABLE cross_pairs AS
SELECT mu.vintage, pp.u, pp.p, mp.display AS partner_division, pp.link_type, pp.n, pp.w
FROM partner_pairs pp
JOIN vintage_map mu ON mu.code = pp.du
JOIN vintage_map mp ON mp.code = pp.dp AND mp.vintage = mu.vintage
WHERE mu.display <> mp.display;

-- Per type: a pair is one (company, partner, type), so counting pairs counts distinct partners.
CREATE TABLE cross_by_type AS
SELECT
  vintage,
  u,
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
  SUM(n) AS all_links,
  SUM(w) AS all_weight
FROM cross_pairs
GROUP BY vintage, u;

-- Distinct partners of any type and distinct partner divisions, by grouping twice (cheaper
-- than COUNT(DISTINCT) at national scale, and the same number).
CREATE TABLE cross_partners AS
SELECT vintage, u, COUNT(*) AS all_partners
FROM (SELECT DISTINCT vintage, u, p FROM cross_pairs) d
GROUP BY vintage, u;

CREATE TABLE cross_divisions AS
SELECT vintage, u, COUNT(*) AS partner_divisions
FROM (SELECT DISTINCT vintage, u, partner_division FROM cross_pairs) d
GROUP BY vintage, u;

CREATE TABLE company_numbers AS
SELECT
  v.vintage,
  c.ord,
  c.id,
  coalesce(d.in_degree, 0) AS in_degree,
  coalesce(d.out_degree, 0) AS out_degree,
  coalesce(d.in_degree, 0) + coalesce(d.out_degree, 0) AS degree,
  coalesce(d.weighted_degree, 0) AS weighted_degree,
  coalesce(xd.partner_divisions, 0) AS partner_divisions,
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
  coalesce(xp.all_partners, 0) AS all_partners,
  coalesce(x.all_links, 0) AS all_links,
  coalesce(x.all_weight, 0) AS all_weight
FROM companies c
CROSS JOIN (SELECT DISTINCT vintage FROM vintage_map) v
LEFT JOIN degrees d ON d.u = c.ord
LEFT JOIN cross_by_type x ON x.vintage = v.vintage AND x.u = c.ord
LEFT JOIN cross_partners xp ON xp.vintage = v.vintage AND xp.u = c.ord
LEFT JOIN cross_divisions xd ON xd.vintage = v.vintage AND xd.u = c.ord;
