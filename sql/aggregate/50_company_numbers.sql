-- One row of numbers per company and vintage, as the app computes them:
--   degrees       src/graph/metrics/degrees.ts (every link counts; amounts of in + out links)
--   cross stats   src/graph/metrics/crossRegional.ts: per link type and for all types, the
--                 distinct partner companies in another division, the links to or from other
--                 divisions and their amount; partner_divisions = distinct other divisions
--                 among all partners. Divisions are compared under the vintage.
-- Companies without links get zeros. Companies are their integer `ord` here.

CREATE TABLE degrees AS
SELECT u, SUM(out_degree) AS out_degree, SUM(in_degree) AS in_degree, SUM(w) AS weighted_degree
FROM (
  SELECT sid AS u, 1 AS out_degree, 0 AS in_degree, coalesce(weight, 0) AS w FROM links
  UNION ALL
  SELECT tid AS u, 0 AS out_degree, 1 AS in_degree, coalesce(weight, 0) AS w FROM links
) ends
GROUP BY u;

-- Each cross-division link seen from both ends (u the company, p its partner), one row per
-- pair with its links and amount per type. Links inside one stored division are inside one
-- division under every vintage (a vintage only merges divisions), so they are left out early.
CREATE TABLE partner_pairs AS
SELECT
  u, du, p, dp,
  SUM(CASE WHEN link_type = 'technology' THEN 1 ELSE 0 END) AS technology_n,
  SUM(CASE WHEN link_type = 'technology' THEN coalesce(weight, 0) ELSE 0 END) AS technology_w,
  SUM(CASE WHEN link_type = 'production' THEN 1 ELSE 0 END) AS production_n,
  SUM(CASE WHEN link_type = 'production' THEN coalesce(weight, 0) ELSE 0 END) AS production_w,
  SUM(CASE WHEN link_type = 'sales' THEN 1 ELSE 0 END) AS sales_n,
  SUM(CASE WHEN link_type = 'sales' THEN coalesce(weight, 0) ELSE 0 END) AS sales_w,
  SUM(CASE WHEN link_type = 'other' THEN 1 ELSE 0 END) AS other_n,
  SUM(CASE WHEN link_type = 'other' THEN coalesce(weight, 0) ELSE 0 END) AS other_w
FROM (
  -- A company without a division ('') is in no division: its links cross nothing.
  SELECT sid AS u, sdiv AS du, tid AS p, tdiv AS dp, link_type, weight FROM links WHERE sdiv <> tdiv AND sdiv <> '' AND tdiv <> ''
  UNION ALL
  SELECT tid AS u, tdiv AS du, sid AS p, sdiv AS dp, link_type, weight FROM links WHERE sdiv <> tdiv AND sdiv <> '' AND tdiv <> ''
) incidence
GROUP BY u, du, p, dp;

-- Cross stats under the stored vintage: every pair above is cross. One row per pair, so
-- counting rows counts distinct partners, and counting rows with links of a type counts
-- that type's partners.
CREATE TABLE cross_stored AS
SELECT
  ps.u,
  SUM(CASE WHEN ps.technology_n > 0 THEN 1 ELSE 0 END) AS technology_partners,
  SUM(ps.technology_n) AS technology_links,
  SUM(ps.technology_w) AS technology_weight,
  SUM(CASE WHEN ps.production_n > 0 THEN 1 ELSE 0 END) AS production_partners,
  SUM(ps.production_n) AS production_links,
  SUM(ps.production_w) AS production_weight,
  SUM(CASE WHEN ps.sales_n > 0 THEN 1 ELSE 0 END) AS sales_partners,
  SUM(ps.sales_n) AS sales_links,
  SUM(ps.sales_w) AS sales_weight,
  SUM(CASE WHEN ps.other_n > 0 THEN 1 ELSE 0 END) AS other_partners,
  SUM(ps.other_n) AS other_links,
  SUM(ps.other_w) AS other_weight,
  COUNT(*) AS all_partners,
  SUM(ps.technology_n + ps.production_n + ps.sales_n + ps.other_n) AS all_links,
  SUM(ps.technology_w + ps.production_w + ps.sales_w + ps.other_w) AS all_weight
FROM partner_pairs ps
GROUP BY ps.u;

-- A later vintage only merges divisions: its cross pairs are the stored ones minus those
-- whose two divisions became one (Gwangju-Jeonnam under 2026-07), a small set. The sums repeat
-- cross_stored's on purpose: one aggregation over both (a UNION ALL keyed by vintage) was
-- measured 2.2 s slower at 10M links than these two.
CREATE TABLE cross_lost AS
SELECT
  mu.vintage,
  ps.u,
  SUM(CASE WHEN ps.technology_n > 0 THEN 1 ELSE 0 END) AS technology_partners,
  SUM(ps.technology_n) AS technology_links,
  SUM(ps.technology_w) AS technology_weight,
  SUM(CASE WHEN ps.production_n > 0 THEN 1 ELSE 0 END) AS production_partners,
  SUM(ps.production_n) AS production_links,
  SUM(ps.production_w) AS production_weight,
  SUM(CASE WHEN ps.sales_n > 0 THEN 1 ELSE 0 END) AS sales_partners,
  SUM(ps.sales_n) AS sales_links,
  SUM(ps.sales_w) AS sales_weight,
  SUM(CASE WHEN ps.other_n > 0 THEN 1 ELSE 0 END) AS other_partners,
  SUM(ps.other_n) AS other_links,
  SUM(ps.other_w) AS other_weight,
  COUNT(*) AS all_partners,
  SUM(ps.technology_n + ps.production_n + ps.sales_n + ps.other_n) AS all_links,
  SUM(ps.technology_w + ps.production_w + ps.sales_w + ps.other_w) AS all_weight
FROM partner_pairs ps
JOIN vintage_map mu ON mu.code = ps.du
JOIN vintage_map mp ON mp.code = ps.dp AND mp.vintage = mu.vintage
WHERE mu.display = mp.display
GROUP BY mu.vintage, ps.u;

CREATE TABLE cross_stats AS
SELECT
  v.vintage,
  s.u,
  s.technology_partners - coalesce(l.technology_partners, 0) AS technology_partners,
  s.technology_links - coalesce(l.technology_links, 0) AS technology_links,
  s.technology_weight - coalesce(l.technology_weight, 0) AS technology_weight,
  s.production_partners - coalesce(l.production_partners, 0) AS production_partners,
  s.production_links - coalesce(l.production_links, 0) AS production_links,
  s.production_weight - coalesce(l.production_weight, 0) AS production_weight,
  s.sales_partners - coalesce(l.sales_partners, 0) AS sales_partners,
  s.sales_links - coalesce(l.sales_links, 0) AS sales_links,
  s.sales_weight - coalesce(l.sales_weight, 0) AS sales_weight,
  s.other_partners - coalesce(l.other_partners, 0) AS other_partners,
  s.other_links - coalesce(l.other_links, 0) AS other_links,
  s.other_weight - coalesce(l.other_weight, 0) AS other_weight,
  s.all_partners - coalesce(l.all_partners, 0) AS all_partners,
  s.all_links - coalesce(l.all_links, 0) AS all_links,
  s.all_weight - coalesce(l.all_weight, 0) AS all_weight
FROM cross_stored s
CROSS JOIN (SELECT DISTINCT vintage FROM vintage_map) v
LEFT JOIN cross_lost l ON l.vintage = v.vintage AND l.u = s.u;

-- Distinct partner divisions under each vintage, from the distinct (company, its division,
-- partner division) triples: at most 17 per company.
CREATE TABLE cross_divisions AS
SELECT vintage, u, COUNT(*) AS partner_divisions
FROM (
  SELECT DISTINCT mu.vintage, t.u, mp.display
  FROM (SELECT DISTINCT u, du, dp FROM partner_pairs) t
  JOIN vintage_map mu ON mu.code = t.du
  JOIN vintage_map mp ON mp.code = t.dp AND mp.vintage = mu.vintage
  WHERE mu.display <> mp.display
) d
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
  coalesce(x.all_partners, 0) AS all_partners,
  coalesce(x.all_links, 0) AS all_links,
  coalesce(x.all_weight, 0) AS all_weight
FROM companies c
CROSS JOIN (SELECT DISTINCT vintage FROM vintage_map) v
LEFT JOIN degrees d ON d.u = c.ord
LEFT JOIN cross_stats x ON x.vintage = v.vintage AND x.u = c.ord
LEFT JOIN cross_divisions xd ON xd.vintage = v.vintage AND xd.u = c.ord;
