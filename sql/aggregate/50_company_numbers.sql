-- One row of numbers per company and vintage, as the app computes them:
--   degrees       src/graph/metrics/degrees.ts (every link counts; amounts of in + out links)
--   cross stats   src/graph/metrics/crossRegional.ts: per link type and for all types, the
--                 distinct partner companies in another division, the links to or from other
--                 divisions and their amount; partner_divisions = distinct other divisions
--                 among all partners. Divisions are compared under the vintage.
-- Companies without links get zeros. Companies are their integer `ord` here. Everything is
-- summed from company_flow_cells (45_company_pairs.sql): one row per company and partner
-- division, whose partners are distinct companies, so partners add up across divisions.

-- Degrees: every cell counts, the company's own division and partners without one included.
CREATE TABLE degrees AS
SELECT
  u,
  SUM(technology_out_n + production_out_n + sales_out_n + other_out_n) AS out_degree,
  SUM(technology_in_n + production_in_n + sales_in_n + other_in_n) AS in_degree,
  SUM(technology_out_w + technology_in_w + production_out_w + production_in_w + sales_out_w + sales_in_w + other_out_w + other_in_w) AS weighted_degree
FROM company_flow_cells
GROUP BY u;

-- The cells with companies of another stored division (a company without a division, '',
-- is in no division: its links cross nothing), with the company's own division (du) beside.
-- Cells inside one stored division are inside one division under every vintage (a vintage
-- only merges divisions), so they are left out early. A view: a copy of the wide cells would
-- hold the engine's memory at 10M links, and each reader below uses a few of its columns.
CREATE VIEW cross_cells AS
SELECT f.*, c.division AS du
FROM company_flow_cells f
JOIN companies c ON c.ord = f.u
WHERE f.division <> c.division AND f.division <> '' AND c.division <> '';

-- Cross stats under the stored vintage: every cell above is cross.
CREATE TABLE cross_stored AS
SELECT
  f.u,
  SUM(f.technology_partners) AS technology_partners,
  SUM(f.technology_out_n + f.technology_in_n) AS technology_links,
  SUM(f.technology_out_w + f.technology_in_w) AS technology_weight,
  SUM(f.production_partners) AS production_partners,
  SUM(f.production_out_n + f.production_in_n) AS production_links,
  SUM(f.production_out_w + f.production_in_w) AS production_weight,
  SUM(f.sales_partners) AS sales_partners,
  SUM(f.sales_out_n + f.sales_in_n) AS sales_links,
  SUM(f.sales_out_w + f.sales_in_w) AS sales_weight,
  SUM(f.other_partners) AS other_partners,
  SUM(f.other_out_n + f.other_in_n) AS other_links,
  SUM(f.other_out_w + f.other_in_w) AS other_weight,
  SUM(f.all_partners) AS all_partners,
  SUM(f.technology_out_n + f.technology_in_n + f.production_out_n + f.production_in_n + f.sales_out_n + f.sales_in_n + f.other_out_n + f.other_in_n) AS all_links,
  SUM(f.technology_out_w + f.technology_in_w + f.production_out_w + f.production_in_w + f.sales_out_w + f.sales_in_w + f.other_out_w + f.other_in_w) AS all_weight
FROM cross_cells f
GROUP BY f.u;

-- A later vintage only merges divisions: its cross cells are the stored ones minus those
-- whose two divisions became one (Gwangju-Jeonnam under 2026-07), a small set. The sums repeat
-- cross_stored's on purpose: one aggregation over both (a UNION ALL keyed by vintage) was
-- measured 2.2 s slower at 10M links than these two.
CREATE TABLE cross_lost AS
SELECT
  mu.vintage,
  f.u,
  SUM(f.technology_partners) AS technology_partners,
  SUM(f.technology_out_n + f.technology_in_n) AS technology_links,
  SUM(f.technology_out_w + f.technology_in_w) AS technology_weight,
  SUM(f.production_partners) AS production_partners,
  SUM(f.production_out_n + f.production_in_n) AS production_links,
  SUM(f.production_out_w + f.production_in_w) AS production_weight,
  SUM(f.sales_partners) AS sales_partners,
  SUM(f.sales_out_n + f.sales_in_n) AS sales_links,
  SUM(f.sales_out_w + f.sales_in_w) AS sales_weight,
  SUM(f.other_partners) AS other_partners,
  SUM(f.other_out_n + f.other_in_n) AS other_links,
  SUM(f.other_out_w + f.other_in_w) AS other_weight,
  SUM(f.all_partners) AS all_partners,
  SUM(f.technology_out_n + f.technology_in_n + f.production_out_n + f.production_in_n + f.sales_out_n + f.sales_in_n + f.other_out_n + f.other_in_n) AS all_links,
  SUM(f.technology_out_w + f.technology_in_w + f.production_out_w + f.production_in_w + f.sales_out_w + f.sales_in_w + f.other_out_w + f.other_in_w) AS all_weight
FROM cross_cells f
JOIN vintage_map mu ON mu.code = f.du
JOIN vintage_map mp ON mp.code = f.division AND mp.vintage = mu.vintage
WHERE mu.display = mp.display
GROUP BY mu.vintage, f.u;

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

-- Distinct partner divisions under each vintage, from the cross cells (one per company and
-- partner division: at most 17 per company).
CREATE TABLE cross_divisions AS
SELECT vintage, u, COUNT(*) AS partner_divisions
FROM (
  SELECT DISTINCT mu.vintage, f.u, mp.display
  FROM cross_cells f
  JOIN vintage_map mu ON mu.code = f.du
  JOIN vintage_map mp ON mp.code = f.division AND mp.vintage = mu.vintage
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
