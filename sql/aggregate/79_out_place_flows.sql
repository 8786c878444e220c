-- place-flows.csv: year (links without a year last), from place, to place (code points), link type in model order.
SELECT
  CAST(f.year AS DOUBLE) AS year, f.from_place, f.to_place, f.link_type,
  CAST(f.link_count AS DOUBLE) AS link_count, CAST(f.link_weight AS DOUBLE) AS link_weight
FROM place_flows f
JOIN link_types t ON t.link_type = f.link_type
ORDER BY f.year NULLS LAST, f.from_place, f.to_place, t.type_ord;
