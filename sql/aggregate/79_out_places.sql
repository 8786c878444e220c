-- places.csv: companies per place, by place (code points).
SELECT place, CAST(companies AS DOUBLE) AS companies
FROM place_companies
ORDER BY place;
