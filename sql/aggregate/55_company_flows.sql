-- company-flows.csv (model/summary.ts SummaryCompanyFlowRow): each company's links with the
-- companies of each partner division, per link type and for all types together, under the
-- stored divisions (links carry them as sdiv, tdiv). The company's own division is a partner
-- division like any other (its links inside it); a partner without a division ('') gets rows
-- under '' like any other, so a company's "all" rows add up to its degrees. As the reference,
-- src/graph/summary/summarise.ts companyFlowRows. Companies are their integer `ord` here;
-- 77_out_company_flows_csv.sql orders and writes the rows.
--
-- Spark SQL: plain SELECT, UNION ALL, GROUP BY and CASE; runs as written.

-- Each link seen from both ends (u the company, p the partner at the other end, dp the
-- partner's division), one row per company and partner with its links and amounts per type
-- and direction: one aggregation of two rows per link, as 50_company_numbers.sql partner_pairs.
-- A link without an amount adds 0, as the app's flows and cross stats add it.
CREATE TABLE company_flow_pairs AS
SELECT
  u, p, dp,
  SUM(CASE WHEN link_type = 'technology' AND outgoing = 1 THEN 1 ELSE 0 END) AS technology_out_n,
  SUM(CASE WHEN link_type = 'technology' AND outgoing = 1 THEN w ELSE 0 END) AS technology_out_w,
  SUM(CASE WHEN link_type = 'technology' AND outgoing = 0 THEN 1 ELSE 0 END) AS technology_in_n,
  SUM(CASE WHEN link_type = 'technology' AND outgoing = 0 THEN w ELSE 0 END) AS technology_in_w,
  SUM(CASE WHEN link_type = 'production' AND outgoing = 1 THEN 1 ELSE 0 END) AS production_out_n,
  SUM(CASE WHEN link_type = 'production' AND outgoing = 1 THEN w ELSE 0 END) AS production_out_w,
  SUM(CASE WHEN link_type = 'production' AND outgoing = 0 THEN 1 ELSE 0 END) AS production_in_n,
  SUM(CASE WHEN link_type = 'production' AND outgoing = 0 THEN w ELSE 0 END) AS production_in_w,
  SUM(CASE WHEN link_type = 'sales' AND outgoing = 1 THEN 1 ELSE 0 END) AS sales_out_n,
  SUM(CASE WHEN link_type = 'sales' AND outgoing = 1 THEN w ELSE 0 END) AS sales_out_w,
  SUM(CASE WHEN link_type = 'sales' AND outgoing = 0 THEN 1 ELSE 0 END) AS sales_in_n,
  SUM(CASE WHEN link_type = 'sales' AND outgoing = 0 THEN w ELSE 0 END) AS sales_in_w,
  SUM(CASE WHEN link_type = 'other' AND outgoing = 1 THEN 1 ELSE 0 END) AS other_out_n,
  SUM(CASE WHEN link_type = 'other' AND outgoing = 1 THEN w ELSE 0 END) AS other_out_w,
  SUM(CASE WHEN link_type = 'other' AND outgoing = 0 THEN 1 ELSE 0 END) AS other_in_n,
  SUM(CASE WHEN link_type = 'other' AND outgoing = 0 THEN w ELSE 0 END) AS other_in_w
FROM (
  SELECT sid AS u, tid AS p, tdiv AS dp, link_type, 1 AS outgoing, coalesce(weight, 0) AS w FROM links
  UNION ALL
  SELECT tid AS u, sid AS p, sdiv AS dp, link_type, 0 AS outgoing, coalesce(weight, 0) AS w FROM links
) incidence
GROUP BY u, p, dp;

-- Per company and partner division: one pair row per partner, so counting rows counts distinct
-- partners (a partner linked by technology and by sales is one partner for all types), and
-- counting rows with links of a type counts that type's partners.
CREATE TABLE company_flow_cells AS
SELECT
  u, dp AS division,
  SUM(technology_out_n) AS technology_out_n,
  SUM(technology_out_w) AS technology_out_w,
  SUM(technology_in_n) AS technology_in_n,
  SUM(technology_in_w) AS technology_in_w,
  SUM(CASE WHEN technology_out_n + technology_in_n > 0 THEN 1 ELSE 0 END) AS technology_partners,
  SUM(production_out_n) AS production_out_n,
  SUM(production_out_w) AS production_out_w,
  SUM(production_in_n) AS production_in_n,
  SUM(production_in_w) AS production_in_w,
  SUM(CASE WHEN production_out_n + production_in_n > 0 THEN 1 ELSE 0 END) AS production_partners,
  SUM(sales_out_n) AS sales_out_n,
  SUM(sales_out_w) AS sales_out_w,
  SUM(sales_in_n) AS sales_in_n,
  SUM(sales_in_w) AS sales_in_w,
  SUM(CASE WHEN sales_out_n + sales_in_n > 0 THEN 1 ELSE 0 END) AS sales_partners,
  SUM(other_out_n) AS other_out_n,
  SUM(other_out_w) AS other_out_w,
  SUM(other_in_n) AS other_in_n,
  SUM(other_in_w) AS other_in_w,
  SUM(CASE WHEN other_out_n + other_in_n > 0 THEN 1 ELSE 0 END) AS other_partners,
  COUNT(*) AS all_partners
FROM company_flow_pairs
GROUP BY u, dp;

-- One row per company, partner division and type with links; "all" for every division. A view:
-- the output (77_out_company_flows_csv.sql) reads it once, in order.
CREATE VIEW company_flows AS
SELECT u, division, 0 AS type_ord, 'technology' AS link_type, technology_out_n AS out_links, technology_out_w AS out_weight, technology_in_n AS in_links, technology_in_w AS in_weight, technology_partners AS partners
FROM company_flow_cells WHERE technology_out_n + technology_in_n > 0
UNION ALL
SELECT u, division, 1 AS type_ord, 'production' AS link_type, production_out_n AS out_links, production_out_w AS out_weight, production_in_n AS in_links, production_in_w AS in_weight, production_partners AS partners
FROM company_flow_cells WHERE production_out_n + production_in_n > 0
UNION ALL
SELECT u, division, 2 AS type_ord, 'sales' AS link_type, sales_out_n AS out_links, sales_out_w AS out_weight, sales_in_n AS in_links, sales_in_w AS in_weight, sales_partners AS partners
FROM company_flow_cells WHERE sales_out_n + sales_in_n > 0
UNION ALL
SELECT u, division, 3 AS type_ord, 'other' AS link_type, other_out_n AS out_links, other_out_w AS out_weight, other_in_n AS in_links, other_in_w AS in_weight, other_partners AS partners
FROM company_flow_cells WHERE other_out_n + other_in_n > 0
UNION ALL
SELECT u, division, 4 AS type_ord, 'all' AS link_type,
  technology_out_n + production_out_n + sales_out_n + other_out_n AS out_links,
  technology_out_w + production_out_w + sales_out_w + other_out_w AS out_weight,
  technology_in_n + production_in_n + sales_in_n + other_in_n AS in_links,
  technology_in_w + production_in_w + sales_in_w + other_in_w AS in_weight,
  all_partners AS partners
FROM company_flow_cells;
