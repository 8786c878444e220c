-- The distinct company references of the links files, so that each is resolved once rather
-- than once per link: a national file has tens of millions of links but about a million
-- distinct references.
--
-- Input: links_in, every record of every links file (file_ord, file, row, blank, overflow and
-- the raw cells id, supplier, supplier_id, buyer, buyer_id, type, weight, year, illustrative).

CREATE TABLE link_refs AS
SELECT DISTINCT id_raw, name_raw
FROM (
  SELECT supplier_id AS id_raw, supplier AS name_raw FROM links_in WHERE NOT blank
  UNION ALL
  SELECT buyer_id AS id_raw, buyer AS name_raw FROM links_in WHERE NOT blank
) refs;
