-- divisions.csv: per vintage, the divisions in registry order.
SELECT vintage, division, companies, outgoing_count, outgoing_weight, incoming_count, incoming_weight,
       internal_count, internal_weight, partner_divisions, cross_share
FROM division_totals
ORDER BY vintage_ord, display_ord;
