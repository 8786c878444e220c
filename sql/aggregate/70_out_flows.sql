-- flows.csv: vintage, year (links without a year last), from, to, link type in model order.
SELECT f.vintage, f.year, f.from_division, f.to_division, f.link_type, f.link_count, f.link_weight
FROM flows f
JOIN link_types t ON t.link_type = f.link_type
ORDER BY f.vintage_ord, f.year NULLS LAST, f.from_division, f.to_division, t.type_ord;
