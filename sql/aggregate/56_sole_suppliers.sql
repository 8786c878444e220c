-- sole-suppliers.csv (model/summary.ts SummarySoleSupplierRow): every buyer all of whose
-- incoming links, of any type and year, come from one supplier, with that supplier and the
-- number of those links. A company without incoming links is nobody's buyer and is not listed.
-- Self-links are rejected on reading (22_links.sql), so the supplier is never the buyer.
-- As the reference, src/graph/summary/summarise.ts soleSupplierRows; 78_out_sole_suppliers.sql
-- orders and writes the rows.
--
-- Spark SQL: plain SELECT, GROUP BY and HAVING; runs as written.
CREATE TABLE sole_suppliers AS
SELECT tid AS buyer, MIN(sid) AS supplier, COUNT(*) AS links
FROM links
GROUP BY tid
HAVING MIN(sid) = MAX(sid);
