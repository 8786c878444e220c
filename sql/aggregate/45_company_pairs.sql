-- Each company's links with the companies of each partner division, per type and direction,
-- with its distinct partners there: the base of the company numbers (50_company_numbers.sql)
-- and of company-flows.csv (55_company_flows.sql). One aggregation of the links by company pair
-- serves both, where the company numbers alone once took one over the cross-division links and
-- another over all links for the degrees. Divisions are the stored ones; a company's own
-- division is a partner division like any other (its links inside it), and partners without a
-- division ('') are kept under '' (their links count in the degrees, never as cross).
-- Companies are their integer `ord` here.
--
-- Counts are COUNT(CASE ... THEN 1 END), a BIGINT: DuckDB sums integers into 128 bits, which
-- cost a third of the time on wide rows like these.
--
-- Spark SQL: plain SELECT, GROUP BY, CASE, VALUES, least and greatest; runs as written.

-- Inside out:
--   pairs  one row per pair of companies (a < b), whichever supplies: links and amounts per type
--          in each direction (a link without an amount adds 0, as the app adds it). A pair, not
--          a pair per end: half the rows to group of the links seen from both ends, which is
--          what holds the engine's memory on national data.
--   ends   each pair from both ends (k = 0: from a, k = 1: from b): u the company, p the
--          partner, out what u supplies to p; streamed, never stored.
--   cells  one row per company and partner division: counting pair rows counts distinct
--          partners (a partner linked by technology and by sales is one partner for all
--          types), counting pair rows with links of a type counts that type's partners.
CREATE TABLE company_flow_cells AS
SELECT
  e.u, c.division,
  CAST(SUM(e.technology_out_n) AS BIGINT) AS technology_out_n,
  SUM(e.technology_out_w) AS technology_out_w,
  CAST(SUM(e.technology_in_n) AS BIGINT) AS technology_in_n,
  SUM(e.technology_in_w) AS technology_in_w,
  COUNT(CASE WHEN e.technology_out_n + e.technology_in_n > 0 THEN 1 END) AS technology_partners,
  CAST(SUM(e.production_out_n) AS BIGINT) AS production_out_n,
  SUM(e.production_out_w) AS production_out_w,
  CAST(SUM(e.production_in_n) AS BIGINT) AS production_in_n,
  SUM(e.production_in_w) AS production_in_w,
  COUNT(CASE WHEN e.production_out_n + e.production_in_n > 0 THEN 1 END) AS production_partners,
  CAST(SUM(e.sales_out_n) AS BIGINT) AS sales_out_n,
  SUM(e.sales_out_w) AS sales_out_w,
  CAST(SUM(e.sales_in_n) AS BIGINT) AS sales_in_n,
  SUM(e.sales_in_w) AS sales_in_w,
  COUNT(CASE WHEN e.sales_out_n + e.sales_in_n > 0 THEN 1 END) AS sales_partners,
  CAST(SUM(e.other_out_n) AS BIGINT) AS other_out_n,
  SUM(e.other_out_w) AS other_out_w,
  CAST(SUM(e.other_in_n) AS BIGINT) AS other_in_n,
  SUM(e.other_in_w) AS other_in_w,
  COUNT(CASE WHEN e.other_out_n + e.other_in_n > 0 THEN 1 END) AS other_partners,
  COUNT(*) AS all_partners
FROM (
  SELECT
    CASE WHEN s.k = 0 THEN a ELSE b END AS u,
    CASE WHEN s.k = 0 THEN b ELSE a END AS p,
    CASE WHEN s.k = 0 THEN technology_ab_n ELSE technology_ba_n END AS technology_out_n,
    CASE WHEN s.k = 0 THEN technology_ab_w ELSE technology_ba_w END AS technology_out_w,
    CASE WHEN s.k = 0 THEN technology_ba_n ELSE technology_ab_n END AS technology_in_n,
    CASE WHEN s.k = 0 THEN technology_ba_w ELSE technology_ab_w END AS technology_in_w,
    CASE WHEN s.k = 0 THEN production_ab_n ELSE production_ba_n END AS production_out_n,
    CASE WHEN s.k = 0 THEN production_ab_w ELSE production_ba_w END AS production_out_w,
    CASE WHEN s.k = 0 THEN production_ba_n ELSE production_ab_n END AS production_in_n,
    CASE WHEN s.k = 0 THEN production_ba_w ELSE production_ab_w END AS production_in_w,
    CASE WHEN s.k = 0 THEN sales_ab_n ELSE sales_ba_n END AS sales_out_n,
    CASE WHEN s.k = 0 THEN sales_ab_w ELSE sales_ba_w END AS sales_out_w,
    CASE WHEN s.k = 0 THEN sales_ba_n ELSE sales_ab_n END AS sales_in_n,
    CASE WHEN s.k = 0 THEN sales_ba_w ELSE sales_ab_w END AS sales_in_w,
    CASE WHEN s.k = 0 THEN other_ab_n ELSE other_ba_n END AS other_out_n,
    CASE WHEN s.k = 0 THEN other_ab_w ELSE other_ba_w END AS other_out_w,
    CASE WHEN s.k = 0 THEN other_ba_n ELSE other_ab_n END AS other_in_n,
    CASE WHEN s.k = 0 THEN other_ba_w ELSE other_ab_w END AS other_in_w
  FROM (
    SELECT
      a, b,
      COUNT(CASE WHEN link_type = 'technology' AND sid = a THEN 1 END) AS technology_ab_n,
      SUM(CASE WHEN link_type = 'technology' AND sid = a THEN w ELSE 0 END) AS technology_ab_w,
      COUNT(CASE WHEN link_type = 'technology' AND sid = b THEN 1 END) AS technology_ba_n,
      SUM(CASE WHEN link_type = 'technology' AND sid = b THEN w ELSE 0 END) AS technology_ba_w,
      COUNT(CASE WHEN link_type = 'production' AND sid = a THEN 1 END) AS production_ab_n,
      SUM(CASE WHEN link_type = 'production' AND sid = a THEN w ELSE 0 END) AS production_ab_w,
      COUNT(CASE WHEN link_type = 'production' AND sid = b THEN 1 END) AS production_ba_n,
      SUM(CASE WHEN link_type = 'production' AND sid = b THEN w ELSE 0 END) AS production_ba_w,
      COUNT(CASE WHEN link_type = 'sales' AND sid = a THEN 1 END) AS sales_ab_n,
      SUM(CASE WHEN link_type = 'sales' AND sid = a THEN w ELSE 0 END) AS sales_ab_w,
      COUNT(CASE WHEN link_type = 'sales' AND sid = b THEN 1 END) AS sales_ba_n,
      SUM(CASE WHEN link_type = 'sales' AND sid = b THEN w ELSE 0 END) AS sales_ba_w,
      COUNT(CASE WHEN link_type = 'other' AND sid = a THEN 1 END) AS other_ab_n,
      SUM(CASE WHEN link_type = 'other' AND sid = a THEN w ELSE 0 END) AS other_ab_w,
      COUNT(CASE WHEN link_type = 'other' AND sid = b THEN 1 END) AS other_ba_n,
      SUM(CASE WHEN link_type = 'other' AND sid = b THEN w ELSE 0 END) AS other_ba_w
    FROM (
      SELECT least(sid, tid) AS a, greatest(sid, tid) AS b, sid, link_type, coalesce(weight, 0) AS w FROM links
    ) l
    GROUP BY a, b
  ) pairs
  CROSS JOIN (VALUES (0), (1)) AS s(k)
) e
JOIN companies c ON c.ord = e.p
GROUP BY e.u, c.division;
