-- company-flows.csv (model/summary.ts SummaryCompanyFlowRow): each company's links with the
-- companies of each partner division, per link type and for all types together, under the
-- stored divisions, unpivoted from company_flow_cells (45_company_pairs.sql). The company's own
-- division is a partner division like any other; a partner without a division ('') gets rows
-- under '' like any other, so a company's "all" rows add up to its degrees. As the reference,
-- src/graph/summary/summarise.ts companyFlowRows. 77_out_company_flows_csv.sql orders and
-- writes the rows.
--
-- Spark SQL: plain SELECT, UNION ALL and CREATE VIEW; runs as written.

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
