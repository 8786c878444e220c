-- company-flows.csv (model/summary.ts SummaryCompanyFlowRow): each company's links with the
-- companies of each partner division, per link type and for all types together, under the
-- stored divisions, unpivoted from company_flow_cells (45_company_pairs.sql). The company's own
-- division is a partner division like any other; a partner without a division ('') gets rows
-- under '' like any other, so a company's "all" rows add up to its degrees. As the reference,
-- src/graph/summary/summarise.ts companyFlowRows. 77_out_company_flows_csv.sql orders and
-- writes the rows.
--
-- Spark SQL: plain SELECT, CASE, VALUES and CREATE VIEW; runs as written.

-- One row per company, partner division and type with links; "all" for every division: each
-- cell crossed with the five types, a type kept where it has links. A view: the output
-- (77_out_company_flows_csv.sql) reads it part by part, and the engine joins a part's companies
-- to the cells before crossing them with the types.
CREATE VIEW company_flows AS
SELECT
  c.u,
  c.division,
  t.type_ord,
  t.link_type,
  CASE t.type_ord WHEN 0 THEN c.technology_out_n WHEN 1 THEN c.production_out_n WHEN 2 THEN c.sales_out_n WHEN 3 THEN c.other_out_n ELSE c.technology_out_n + c.production_out_n + c.sales_out_n + c.other_out_n END AS out_links,
  CASE t.type_ord WHEN 0 THEN c.technology_out_w WHEN 1 THEN c.production_out_w WHEN 2 THEN c.sales_out_w WHEN 3 THEN c.other_out_w ELSE c.technology_out_w + c.production_out_w + c.sales_out_w + c.other_out_w END AS out_weight,
  CASE t.type_ord WHEN 0 THEN c.technology_in_n WHEN 1 THEN c.production_in_n WHEN 2 THEN c.sales_in_n WHEN 3 THEN c.other_in_n ELSE c.technology_in_n + c.production_in_n + c.sales_in_n + c.other_in_n END AS in_links,
  CASE t.type_ord WHEN 0 THEN c.technology_in_w WHEN 1 THEN c.production_in_w WHEN 2 THEN c.sales_in_w WHEN 3 THEN c.other_in_w ELSE c.technology_in_w + c.production_in_w + c.sales_in_w + c.other_in_w END AS in_weight,
  CASE t.type_ord WHEN 0 THEN c.technology_partners WHEN 1 THEN c.production_partners WHEN 2 THEN c.sales_partners WHEN 3 THEN c.other_partners ELSE c.all_partners END AS partners
FROM company_flow_cells c
CROSS JOIN (VALUES (0, 'technology'), (1, 'production'), (2, 'sales'), (3, 'other'), (4, 'all')) AS t(type_ord, link_type)
WHERE CASE t.type_ord WHEN 0 THEN c.technology_out_n + c.technology_in_n > 0 WHEN 1 THEN c.production_out_n + c.production_in_n > 0 WHEN 2 THEN c.sales_out_n + c.sales_in_n > 0 WHEN 3 THEN c.other_out_n + c.other_in_n > 0 ELSE TRUE END;
