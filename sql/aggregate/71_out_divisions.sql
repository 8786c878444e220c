-- divisions.csv: per vintage, the divisions in registry order.
SELECT
  vintage, division,
  CAST(companies AS DOUBLE) AS companies,
  CAST(outgoing_count AS DOUBLE) AS outgoing_count, CAST(outgoing_weight AS DOUBLE) AS outgoing_weight,
  CAST(incoming_count AS DOUBLE) AS incoming_count, CAST(incoming_weight AS DOUBLE) AS incoming_weight,
  CAST(internal_count AS DOUBLE) AS internal_count, CAST(internal_weight AS DOUBLE) AS internal_weight,
  CAST(partner_divisions AS DOUBLE) AS partner_divisions, cross_share
FROM division_totals
ORDER BY vintage_ord, display_ord;
