// Properties of the readers on generated tables: they never throw, whatever the headers and
// cells, and a valid row is never lost, whatever columns surround it. Modest run counts:
// the machine is shared.

import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readFiles } from "../../src/io/read/readFiles.ts";
import { lookupHeader } from "../../src/io/rows/headers.ts";
import { csvFile, sheetWorkbook } from "../../scripts/lib/realFiles.ts";
import type { ColumnMapping } from "../../src/io/mapping/columnMapping.ts";

const RUNS = { numRuns: 40 };
const cellText = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 }), fc.constantFrom("", " ", "Directed", "(주)", "1,234", "2023년", "경기"));
const headerText = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("공급기업ID", "구매기업ID", "Source", "Target", "Type", "회사명", "시도", "금액", "id", "name"));

// Headers with a delimiter or a line break in them would make the CSV reader guess another
// delimiter from the first line; that is csv.ts's concern, outside these properties.
const plainHeader = fc.string({ minLength: 1, maxLength: 10 }).filter((h) => !/[,;\t|\r\n"]/.test(h) && h.trim() !== "" && h.trim() !== "__proto__" && lookupHeader(h) === undefined);
const name = fc.string({ unit: "grapheme", minLength: 1, maxLength: 10 }).filter((s) => /[^\s]/.test(s) && !/[\r\n]/.test(s));
const extraCell = fc.string({ maxLength: 10 }).filter((s) => !/[\r\n]/.test(s));

const NAME_HEADERS = ["회사명", "기업명", "name", "Company", "상호"];
const DIVISION_HEADERS = ["시도", "division", "Province", "지역"];
const DIVISIONS = ["서울", "부산광역시", "경기도", "Busan", "KR-41", "전라북도", "강원특별자치도"];
const SUPPLIER_ID_HEADERS = ["공급기업ID", "supplier_id", "source_id", "seller_code", "공급기업코드", "Source"];
const BUYER_ID_HEADERS = ["구매기업ID", "buyer_id", "target_id", "customer_code", "수요기업번호", "Target"];

/** Rows with their columns shuffled into a random order given as a permutation. */
function arrange(headers: string[], rows: string[][], order: number[]): [string[], string[][]] {
  return [order.map((i) => headers[i]!), rows.map((r) => order.map((i) => r[i]!))];
}

const companiesTable = fc
  .record({
    nameHeader: fc.constantFrom(...NAME_HEADERS),
    divisionHeader: fc.constantFrom(...DIVISION_HEADERS),
    extras: fc.uniqueArray(plainHeader, { maxLength: 3, selector: (h) => h.trim().toLowerCase() }),
    rows: fc.array(fc.record({ name, division: fc.constantFrom(...DIVISIONS), extra: fc.array(extraCell, { minLength: 3, maxLength: 3 }) }), { minLength: 1, maxLength: 15 }),
    seed: fc.nat(),
  })
  .map(({ nameHeader, divisionHeader, extras, rows, seed }) => {
    const headers = ["id", nameHeader, divisionHeader, ...extras];
    const cells = rows.map((r, i) => [`C${i}`, r.name, r.division, ...r.extra.slice(0, extras.length)]);
    const order = headers.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
    return arrange(headers, cells, order);
  });

describe("io: readers never throw", () => {
  it("on arbitrary headers and cells, with or without an arbitrary mapping", () => {
    fc.assert(
      fc.property(
        fc.array(headerText, { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(cellText, { maxLength: 7 }), { maxLength: 8 }),
        fc.option(fc.dictionary(fc.constantFrom("supplier", "buyer", "type", "name", "division", "supplier_id"), headerText), { nil: undefined }),
        (headers, rows, mapping) => {
          const file = csvFile("x.csv", [headers, ...rows]);
          const opts = mapping ? { mappings: { "x.csv": mapping as ColumnMapping } } : {};
          const ds = readFiles([file], opts);
          expect(ds.report.files).toHaveLength(1);
        },
      ),
      RUNS,
    );
  });

  it("on arbitrary workbooks", () => {
    fc.assert(
      fc.property(fc.array(headerText, { minLength: 1, maxLength: 5 }), fc.array(fc.array(fc.oneof(cellText, fc.double({ noNaN: true }).map(String)), { maxLength: 5 }), { maxLength: 6 }), (headers, rows) => {
        const ds = readFiles([sheetWorkbook("x.xlsx", { 시트: [headers, ...rows] })]);
        expect(ds.report.files).toHaveLength(1);
      }),
      { numRuns: 15 },
    );
  });
});

describe("io: readers never lose a valid row", () => {
  it("loads every company of a companies table, whatever other columns and column order, from CSV and XLSX", () => {
    fc.assert(
      fc.property(companiesTable, ([headers, rows]) => {
        for (const file of [csvFile("c.csv", [headers, ...rows]), sheetWorkbook("c.xlsx", { 기업: [headers, ...rows] })]) {
          const ds = readFiles([file]);
          expect(ds.report.rejected).toEqual([]);
          expect(ds.companies.map((c) => c.id)).toEqual(rows.map((_, i) => `C${i}`));
        }
      }),
      { numRuns: 25 },
    );
  });

  it("loads every link of a links table named by id columns, whatever extra columns surround it", () => {
    const companies = csvFile("c.csv", [["id", "name", "division"], ...Array.from({ length: 6 }, (_, i) => [`C${i}`, `회사${i}`, "서울"])]);
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPLIER_ID_HEADERS),
        fc.constantFrom(...BUYER_ID_HEADERS),
        fc.uniqueArray(plainHeader, { maxLength: 3, selector: (h) => h.trim().toLowerCase() }),
        fc.array(fc.tuple(fc.nat(5), fc.nat(4), fc.array(extraCell, { minLength: 3, maxLength: 3 })), { minLength: 1, maxLength: 20 }),
        (supplierHeader, buyerHeader, extras, links) => {
          const headers = [...extras, supplierHeader, buyerHeader];
          const rows = links.map(([s, b, extra]) => [...extra.slice(0, extras.length), `C${s}`, `C${(s + 1 + b) % 6}`]);
          const ds = readFiles([companies, csvFile("l.csv", [headers, ...rows])]);
          expect(ds.report.rejected).toEqual([]);
          expect(ds.links.map((l) => [l.source, l.target])).toEqual(rows.map((r) => r.slice(-2)));
        },
      ),
      RUNS,
    );
  });
});
