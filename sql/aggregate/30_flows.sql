-- Division flows (src/graph/flows/matrix.ts): links and summed amount per boundary vintage,
-- year, supplier division, buyer division and link type. Internal cells (from = to) are kept:
-- the app shows them as each division's internal links.
--
-- vintage_map (from the app's registry, src/regions/divisions.ts toVintage) gives each
-- stored (2023) division its display division per vintage: under 2026-07 Gwangju (KR-29)
-- and Jeonnam (KR-46) are one division, KR-GJN.

-- One pass over the links in stored divisions; the vintages then regroup this small table.
CREATE TABLE link_cells AS
SELECT
  year,
  sdiv,
  tdiv,
  link_type,
  COUNT(*) AS n,
  -- A link without an amount adds 0, as FlowAccumulator.add does.
  SUM(coalesce(weight, 0)) AS w
FROM links
GROUP BY year, sdiv, tdiv, link_type;

CREATE TABLE flows AS
SELECT
  vs.vintage,
  vs.vintage_ord,
  c.year,
  vs.display AS from_division,
  vt.display AS to_division,
  c.link_type,
  SUM(c.n) AS link_count,
  SUM(c.w) AS link_weight
FROM link_cells c
JOIN vintage_map vs ON vs.code = c.sdiv
JOIN vintage_map vt ON vt.code = c.tdiv AND vt.vintage = vs.vintage
GROUP BY vs.vintage, vs.vintage_ord, c.year, vs.display, vt.display, c.link_type;
