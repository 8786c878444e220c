-- Each company's links with the companies of each partner division, per type and direction,
-- with its distinct partners there: the base of the company numbers (50_company_numbers.sql)
-- and of company-flows.csv (55_company_flows.sql). One aggregation of every link seen from
-- both ends serves both, where the company numbers alone once took one over the cross-division
-- links and another over all links for the degrees. Divisions are the stored ones (links carry
-- them as sdiv, tdiv); a company's own division is a partner division like any other (its links
-- inside it), and partners without a division ('') are kept under '' (their links count in the
-- degrees, never as cross). Companies are their integer `ord` here.
--
-- Counts are COUNT(CASE ... THEN 1 END), a BIGINT: DuckDB sums integers into 128 bits, which
-- cost a third of the time on wide rows like these.
--
-- Spark SQL: plain SELECT, UNION ALL, GROUP BY and CASE; runs as written.

-- Inner query: each link seen from both ends (u the company, p the partner at the other end, dp
-- the partner's division), one row per company and partner with its links and amounts per type
-- and direction (a link without an amount adds 0, as the app adds it). Outer query: one row per
-- company and partner division, where counting pair rows counts distinct partners (a partner
-- linked by technology and by sales is one partner for all types) and counting pair rows with
-- links of a type counts that type's partners.
CREATE TABLE company_flow_cells AS
SELECT
  u, dp AS division,
  CAST(SUM(technology_out_n) AS BIGINT) AS technology_out_n,
  SUM(technology_out_w) AS technology_out_w,
  CAST(SUM(technology_in_n) AS BIGINT) AS technology_in_n,
  SUM(technology_in_w) AS technology_in_w,
  COUNT(CASE WHEN technology_out_n + technology_in_n > 0 THEN 1 END) AS technology_partners,
  CAST(SUM(production_out_n) AS BIGINT) AS production_out_n,
  SUM(production_out_w) AS production_out_w,
  CAST(SUM(production_in_n) AS BIGINT) AS production_in_n,
  SUM(production_in_w) AS production_in_w,
  COUNT(CASE WHEN production_out_n + production_in_n > 0 THEN 1 END) AS production_partners,
  CAST(SUM(sales_out_n) AS BIGINT) AS sales_out_n,
  SUM(sales_out_w) AS sales_out_w,
  CAST(SUM(sales_in_n) AS BIGINT) AS sales_in_n,
  SUM(sales_in_w) AS sales_in_w,
  COUNT(CASE WHEN sales_out_n + sales_in_n > 0 THEN 1 END) AS sales_partners,
  CAST(SUM(other_out_n) AS BIGINT) AS other_out_n,
  SUM(other_out_w) AS other_out_w,
  CAST(SUM(other_in_n) AS BIGINT) AS other_in_n,
  SUM(other_in_w) AS other_in_w,
  COUNT(CASE WHEN other_out_n + other_in_n > 0 THEN 1 END) AS other_partners,
  COUNT(*) AS all_partners
FROM (
  SELECT
    u, p, dp,
    COUNT(CASE WHEN link_type = 'technology' AND outgoing = 1 THEN 1 END) AS technology_out_n,
    SUM(CASE WHEN link_type = 'technology' AND outgoing = 1 THEN w ELSE 0 END) AS technology_out_w,
    COUNT(CASE WHEN link_type = 'technology' AND outgoing = 0 THEN 1 END) AS technology_in_n,
    SUM(CASE WHEN link_type = 'technology' AND outgoing = 0 THEN w ELSE 0 END) AS technology_in_w,
    COUNT(CASE WHEN link_type = 'production' AND outgoing = 1 THEN 1 END) AS production_out_n,
    SUM(CASE WHEN link_type = 'production' AND outgoing = 1 THEN w ELSE 0 END) AS production_out_w,
    COUNT(CASE WHEN link_type = 'production' AND outgoing = 0 THEN 1 END) AS production_in_n,
    SUM(CASE WHEN link_type = 'production' AND outgoing = 0 THEN w ELSE 0 END) AS production_in_w,
    COUNT(CASE WHEN link_type = 'sales' AND outgoing = 1 THEN 1 END) AS sales_out_n,
    SUM(CASE WHEN link_type = 'sales' AND outgoing = 1 THEN w ELSE 0 END) AS sales_out_w,
    COUNT(CASE WHEN link_type = 'sales' AND outgoing = 0 THEN 1 END) AS sales_in_n,
    SUM(CASE WHEN link_type = 'sales' AND outgoing = 0 THEN w ELSE 0 END) AS sales_in_w,
    COUNT(CASE WHEN link_type = 'other' AND outgoing = 1 THEN 1 END) AS other_out_n,
    SUM(CASE WHEN link_type = 'other' AND outgoing = 1 THEN w ELSE 0 END) AS other_out_w,
    COUNT(CASE WHEN link_type = 'other' AND outgoing = 0 THEN 1 END) AS other_in_n,
    SUM(CASE WHEN link_type = 'other' AND outgoing = 0 THEN w ELSE 0 END) AS other_in_w
  FROM (
    SELECT sid AS u, tid AS p, tdiv AS dp, link_type, 1 AS outgoing, coalesce(weight, 0) AS w FROM links
    UNION ALL
    SELECT tid AS u, sid AS p, sdiv AS dp, link_type, 0 AS outgoing, coalesce(weight, 0) AS w FROM links
  ) incidence
  GROUP BY u, p, dp
) pairs
GROUP BY u, dp;
