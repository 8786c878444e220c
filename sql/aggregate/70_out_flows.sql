-- flows.csv: vintage, year (links without a year last), from, to, link type in model order.
-- Numbers as DOUBLE: exact for counts and integer sums, and cheap to hand to JavaScript.
SELECT
  f.vintage, CAST(f.year AS DOUBLE) AS year, f.from_division, f.to_division, f.link_type,
  CAST(f.link_count AS DOUBLE) AS link_count, CAST(f.link_weight AS DOUBLE) AS link_weight
FROM flows f
JOIN link_types t ON t.link_type = f.link_type
ORDER BY f.vintage_ord, f.year NULLS LAST, f.from_division, f.to_division, t.type_ord;
