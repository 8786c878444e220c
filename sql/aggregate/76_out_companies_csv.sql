-- The data rows of one companies table (72_out_companies.sql, given as <companies>), each
-- cell as the app's CSV writer writes it (75_csv_cells.sql), in the vintage's ranking order:
-- score, then cross-division links, then id, as src/graph/ranking/score.ts orders them.
-- Copied to <path> as plain lines (no quoting by the engine: the cells are quoted already);
-- the engine ends each line with LF, so each carries the CR of the app's CR LF.
--
-- DuckDB only (COPY ... TO): its Spark SQL form, INSERT OVERWRITE DIRECTORY ... USING text, is
-- in scripts/lib/aggregate/duckdbOnly.ts.
COPY (
  SELECT concat_ws(',',
    csv_text(t.id),
    csv_text(t.name),
    csv_text(t.name_en),
    csv_text(t.division),
    csv_text(t.municipality),
    csv_text(t.industry),
    csv_text(t.tier),
    csv_number(t.lat),
    csv_number(t.lon),
    csv_number(t.in_degree),
    csv_number(t.out_degree),
    csv_number(t.degree),
    csv_number(t.weighted_degree),
    csv_number(t.partner_divisions),
    csv_number(t.technology_partners),
    csv_number(t.technology_links),
    csv_number(t.technology_weight),
    csv_number(t.production_partners),
    csv_number(t.production_links),
    csv_number(t.production_weight),
    csv_number(t.sales_partners),
    csv_number(t.sales_links),
    csv_number(t.sales_weight),
    csv_number(t.other_partners),
    csv_number(t.other_links),
    csv_number(t.other_weight),
    csv_number(t.all_partners),
    csv_number(t.all_links),
    csv_number(t.all_weight),
    csv_number(t.score),
    CASE WHEN t.ego THEN 'true' ELSE 'false' END
  ) || chr(13) AS line
  FROM ({{companies}}) t
  ORDER BY t.score DESC, t.all_links DESC, t.id
) TO {{path}} (FORMAT csv, HEADER false, QUOTE '', ESCAPE '');
