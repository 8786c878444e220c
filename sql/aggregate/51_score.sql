-- The super-regional score under the default weights (src/graph/ranking/score.ts), term by
-- term in the app's order so the doubles come out bit for bit the same:
--   value_t   = b * breadth_t + (1 - b) * volume_t
--   breadth_t = (P_t / max P_t + D / max D) / 2 when P_t > 0, else 0
--   volume_t  = (L_t / max L_t + W_t / max W_t) / 2, or L_t / max L_t when max W_t = 0
--   score     = (w_technology * value_technology + ... + w_other * value_other) / sum of w
-- A ratio over a maximum of 0 is 0. Maxima are over all companies, per vintage (window
-- functions). The weights come from graph/ranking/weights.ts DEFAULT_WEIGHTS.

CREATE TABLE company_scores AS
WITH company_maxima AS (
SELECT
  n.*,
  MAX(partner_divisions) OVER w AS max_divisions,
  MAX(technology_partners) OVER w AS max_technology_partners,
  MAX(technology_links) OVER w AS max_technology_links,
  MAX(technology_weight) OVER w AS max_technology_weight,
  MAX(production_partners) OVER w AS max_production_partners,
  MAX(production_links) OVER w AS max_production_links,
  MAX(production_weight) OVER w AS max_production_weight,
  MAX(sales_partners) OVER w AS max_sales_partners,
  MAX(sales_links) OVER w AS max_sales_links,
  MAX(sales_weight) OVER w AS max_sales_weight,
  MAX(other_partners) OVER w AS max_other_partners,
  MAX(other_links) OVER w AS max_other_links,
  MAX(other_weight) OVER w AS max_other_weight
FROM company_numbers n
WINDOW w AS (PARTITION BY vintage)
),
company_ratios AS (
SELECT
  m.*,
  CASE WHEN max_divisions > 0 THEN CAST(partner_divisions AS DOUBLE) / CAST(max_divisions AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS r_divisions,
  CASE WHEN max_technology_partners > 0 THEN CAST(technology_partners AS DOUBLE) / CAST(max_technology_partners AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS r_technology_partners,
  CASE WHEN max_technology_links > 0 THEN CAST(technology_links AS DOUBLE) / CAST(max_technology_links AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS r_technology_links,
  CASE WHEN max_technology_weight > 0 THEN CAST(technology_weight AS DOUBLE) / CAST(max_technology_weight AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS r_technology_weight,
  CASE WHEN max_production_partners > 0 THEN CAST(production_partners AS DOUBLE) / CAST(max_production_partners AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS r_production_partners,
  CASE WHEN max_production_links > 0 THEN CAST(production_links AS DOUBLE) / CAST(max_production_links AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS r_production_links,
  CASE WHEN max_production_weight > 0 THEN CAST(production_weight AS DOUBLE) / CAST(max_production_weight AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS r_production_weight,
  CASE WHEN max_sales_partners > 0 THEN CAST(sales_partners AS DOUBLE) / CAST(max_sales_partners AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS r_sales_partners,
  CASE WHEN max_sales_links > 0 THEN CAST(sales_links AS DOUBLE) / CAST(max_sales_links AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS r_sales_links,
  CASE WHEN max_sales_weight > 0 THEN CAST(sales_weight AS DOUBLE) / CAST(max_sales_weight AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS r_sales_weight,
  CASE WHEN max_other_partners > 0 THEN CAST(other_partners AS DOUBLE) / CAST(max_other_partners AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS r_other_partners,
  CASE WHEN max_other_links > 0 THEN CAST(other_links AS DOUBLE) / CAST(max_other_links AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS r_other_links,
  CASE WHEN max_other_weight > 0 THEN CAST(other_weight AS DOUBLE) / CAST(max_other_weight AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS r_other_weight
FROM company_maxima m
),
company_values AS (
SELECT
  r.*,
  {{breadth}} * (CASE WHEN technology_partners > 0 THEN (r_technology_partners + r_divisions) / 2 ELSE CAST(0 AS DOUBLE) END)
    + {{volume_share}} * (CASE WHEN max_technology_weight > 0 THEN (r_technology_links + r_technology_weight) / 2 ELSE r_technology_links END) AS value_technology,
  {{breadth}} * (CASE WHEN production_partners > 0 THEN (r_production_partners + r_divisions) / 2 ELSE CAST(0 AS DOUBLE) END)
    + {{volume_share}} * (CASE WHEN max_production_weight > 0 THEN (r_production_links + r_production_weight) / 2 ELSE r_production_links END) AS value_production,
  {{breadth}} * (CASE WHEN sales_partners > 0 THEN (r_sales_partners + r_divisions) / 2 ELSE CAST(0 AS DOUBLE) END)
    + {{volume_share}} * (CASE WHEN max_sales_weight > 0 THEN (r_sales_links + r_sales_weight) / 2 ELSE r_sales_links END) AS value_sales,
  {{breadth}} * (CASE WHEN other_partners > 0 THEN (r_other_partners + r_divisions) / 2 ELSE CAST(0 AS DOUBLE) END)
    + {{volume_share}} * (CASE WHEN max_other_weight > 0 THEN (r_other_links + r_other_weight) / 2 ELSE r_other_links END) AS value_other
FROM company_ratios r
)
SELECT
  v.vintage, v.ord, v.id, v.in_degree, v.out_degree, v.degree, v.weighted_degree, v.partner_divisions,
  v.technology_partners, v.technology_links, v.technology_weight, v.production_partners, v.production_links, v.production_weight,
  v.sales_partners, v.sales_links, v.sales_weight, v.other_partners, v.other_links, v.other_weight,
  v.all_partners, v.all_links, v.all_weight,
  ((({{w_technology}} * value_technology + {{w_production}} * value_production) + {{w_sales}} * value_sales) + {{w_other}} * value_other) / {{weight_total}} AS score
FROM company_values v;
