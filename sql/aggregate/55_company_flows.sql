-- company-flows.csv (model/summary.ts SummaryCompanyFlowRow): each company's links with the
-- companies of each partner division, per link type and for all types together, under the
-- stored divisions (links carry them as sdiv, tdiv). The company's own division is a partner
-- division like any other (its links inside it); a partner without a division ('') gets rows
-- under '' like any other, so a company's "all" rows add up to its degrees. As the reference,
-- src/graph/summary/summarise.ts companyFlowRows. Companies are their integer `ord` here;
-- 77_out_company_flows.sql orders and writes the rows.
--
-- Spark SQL: plain SELECT, UNION ALL and GROUP BY; runs as written.

-- Each link seen from both ends (u the company, p the partner at the other end, dp the
-- partner's division), one row per company, partner and type: what both the type rows and
-- the distinct partners of the "all" rows are counted from.
CREATE TABLE company_flow_pairs AS
SELECT
  u, p, dp, link_type,
  SUM(out_n) AS out_links,
  SUM(out_w) AS out_weight,
  SUM(in_n) AS in_links,
  SUM(in_w) AS in_weight
FROM (
  -- A link without an amount adds 0, as the app's flows and cross stats add it.
  SELECT sid AS u, tid AS p, tdiv AS dp, link_type, 1 AS out_n, coalesce(weight, 0) AS out_w, 0 AS in_n, CAST(0 AS DOUBLE) AS in_w FROM links
  UNION ALL
  SELECT tid AS u, sid AS p, sdiv AS dp, link_type, 0 AS out_n, CAST(0 AS DOUBLE) AS out_w, 1 AS in_n, coalesce(weight, 0) AS in_w FROM links
) incidence
GROUP BY u, p, dp, link_type;

-- Per company, partner division and type: one pair row per partner, so counting rows counts
-- distinct partners. The "all" rows first merge a partner's types into one pair row: a partner
-- linked by technology and by sales is one partner there, one in each type's row.
CREATE TABLE company_flows AS
SELECT
  u, dp AS division, link_type,
  SUM(out_links) AS out_links,
  SUM(out_weight) AS out_weight,
  SUM(in_links) AS in_links,
  SUM(in_weight) AS in_weight,
  COUNT(*) AS partners
FROM company_flow_pairs
GROUP BY u, dp, link_type
UNION ALL
SELECT
  u, dp AS division, 'all' AS link_type,
  SUM(out_links) AS out_links,
  SUM(out_weight) AS out_weight,
  SUM(in_links) AS in_links,
  SUM(in_weight) AS in_weight,
  COUNT(*) AS partners
FROM (
  SELECT u, p, dp, SUM(out_links) AS out_links, SUM(out_weight) AS out_weight, SUM(in_links) AS in_links, SUM(in_weight) AS in_weight
  FROM company_flow_pairs
  GROUP BY u, p, dp
) partner_all
GROUP BY u, dp;
