-- Flows between places (place-flows.csv) and companies per place (places.csv). A place is a
-- company's key (src/model/place.ts, made in 10_companies.sql): its 시군구 code when one was
-- resolved, else its stored division. Every level and vintage groups places (the app's
-- src/regions/units.ts), so this table needs no vintage; the municipality level reads it.
-- Links with an unplaced end (place '') are in no cell, as in flows.csv.

CREATE TABLE place_flows AS
SELECT
  l.year,
  s.place AS from_place,
  t.place AS to_place,
  l.link_type,
  COUNT(*) AS link_count,
  -- A link without an amount adds 0, as FlowAccumulator.add does.
  SUM(coalesce(l.weight, 0)) AS link_weight
FROM links l
JOIN companies s ON s.ord = l.sid
JOIN companies t ON t.ord = l.tid
WHERE s.place <> '' AND t.place <> ''
GROUP BY l.year, s.place, t.place, l.link_type;

CREATE TABLE place_companies AS
SELECT place, COUNT(*) AS companies
FROM companies
WHERE place <> ''
GROUP BY place;
