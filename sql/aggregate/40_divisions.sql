-- Per-division totals, all years and types (FlowMatrix.totals in src/graph/flows/matrix.ts):
-- companies, outgoing, incoming and internal links and amounts, partner divisions (other
-- divisions it supplies or buys from) and the cross share by count. Every division of the
-- vintage gets a row, with zeros when it has no company.

CREATE TABLE division_cells AS
SELECT vintage, from_division, to_division, SUM(link_count) AS n, SUM(link_weight) AS w
FROM flows
GROUP BY vintage, from_division, to_division;

CREATE TABLE division_totals AS
SELECT
  d.vintage,
  d.vintage_ord,
  d.display AS division,
  d.display_ord,
  coalesce(co.companies, 0) AS companies,
  coalesce(o.n, 0) AS outgoing_count,
  coalesce(o.w, 0) AS outgoing_weight,
  coalesce(i.n, 0) AS incoming_count,
  coalesce(i.w, 0) AS incoming_weight,
  coalesce(s.n, 0) AS internal_count,
  coalesce(s.w, 0) AS internal_weight,
  coalesce(p.partners, 0) AS partner_divisions,
  CASE
    WHEN coalesce(o.n, 0) + coalesce(i.n, 0) + coalesce(s.n, 0) = 0 THEN CAST(0 AS DOUBLE)
    ELSE CAST(coalesce(o.n, 0) + coalesce(i.n, 0) AS DOUBLE)
       / CAST(coalesce(o.n, 0) + coalesce(i.n, 0) + coalesce(s.n, 0) AS DOUBLE)
  END AS cross_share
FROM vintage_divisions d
LEFT JOIN (
  SELECT m.vintage, m.display, COUNT(*) AS companies
  FROM companies c JOIN vintage_map m ON m.code = c.division
  GROUP BY m.vintage, m.display
) co ON co.vintage = d.vintage AND co.display = d.display
LEFT JOIN (
  SELECT vintage, from_division AS division, SUM(n) AS n, SUM(w) AS w
  FROM division_cells WHERE from_division <> to_division
  GROUP BY vintage, from_division
) o ON o.vintage = d.vintage AND o.division = d.display
LEFT JOIN (
  SELECT vintage, to_division AS division, SUM(n) AS n, SUM(w) AS w
  FROM division_cells WHERE from_division <> to_division
  GROUP BY vintage, to_division
) i ON i.vintage = d.vintage AND i.division = d.display
LEFT JOIN (
  SELECT vintage, from_division AS division, n, w
  FROM division_cells WHERE from_division = to_division
) s ON s.vintage = d.vintage AND s.division = d.display
LEFT JOIN (
  SELECT vintage, division, COUNT(DISTINCT other) AS partners
  FROM (
    SELECT vintage, from_division AS division, to_division AS other FROM division_cells WHERE from_division <> to_division
    UNION ALL
    SELECT vintage, to_division AS division, from_division AS other FROM division_cells WHERE from_division <> to_division
  ) pairs
  GROUP BY vintage, division
) p ON p.vintage = d.vintage AND p.division = d.display;
