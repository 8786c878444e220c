// Property tests over the readers: whatever the bytes, encodings, line ends, number and year
// formats, header spellings and JSON shapes, the readers never throw, always report, never
// drop a row a plain reading keeps and never store a number that reading does not give
// without saying so.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { lookupHeader } from "../../../src/io/rows/headers.ts";
import { csvFile, sheetWorkbook } from "../../../scripts/lib/realFiles.ts";
import type { ColumnMapping } from "../../../src/io/mapping/columnMapping.ts";
import { ISSUE_REASONS, type Dataset } from "../../../src/model/types.ts";
import { cp949Syllables, encodeCp949 } from "../../../scripts/lib/cp949Encode.ts";
import { concatBytes } from "../../../src/io/text/bytes.ts";

const enc = new TextEncoder();
const REASONS = new Set<string>(ISSUE_REASONS);
const SYLLABLES = cp949Syllables();

function expectWellFormedReport(ds: Dataset, names: readonly string[]) {
  expect(ds.report.files.map((f) => f.name)).toEqual(names);
  for (const issue of [...ds.report.rejected, ...ds.report.warnings]) {
    expect(names).toContain(issue.file);
    expect(Number.isInteger(issue.row) && issue.row >= 0).toBe(true);
    expect(REASONS.has(issue.reason)).toBe(true);
    expect(issue.message.length).toBeGreaterThan(0);
  }
  expect(ds.report.companies).toBe(ds.companies.length);
  expect(ds.report.links).toBe(ds.links.length);
}

const concat = (parts: Uint8Array[]) => concatBytes(...parts);

describe("readers: arbitrary input", () => {
  it("never throw on arbitrary bytes, whatever the file is called", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom("x.csv", "x.json", "x.txt", "x"), (bytes, name) => {
        expectWellFormedReport(readFiles([{ name, bytes }]), [name]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("never throw on text made of the characters that matter to CSV", () => {
    const chars = fc.constantFrom(",", ";", "\t", "|", '"', "\n", "\r", "\u0000", "\ufffd", "회사명", "시도", "공급기업", "수요기업", "서울", "1,000", "1.000", "a", " ");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }), (parts) => {
        expectWellFormedReport(readFiles([{ name: "t.csv", bytes: enc.encode(parts.join("")) }]), ["t.csv"]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("never throw on JSON of any shape or depth", () => {
    const deep = fc.integer({ min: 1, max: 2000 }).map((d) => "[".repeat(d) + "]".repeat(d));
    const attributes = fc.dictionary(fc.constantFrom("name", "division", "label", "x", "__proto__", "constructor", "weight"), fc.oneof(fc.jsonValue({ maxDepth: 4 }), deep.map((d) => JSON.parse(d) as unknown)));
    const node = fc.record({ key: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), attributes }, { requiredKeys: [] });
    const edge = fc.record({ source: fc.string({ maxLength: 3 }), target: fc.string({ maxLength: 3 }), attributes }, { requiredKeys: [] });
    const graph = fc.record({ nodes: fc.array(fc.oneof(node, fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }), edges: fc.array(edge, { maxLength: 6 }) }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(graph, fc.jsonValue({ maxDepth: 5 })), (value) => {
        expectWellFormedReport(readFiles([{ name: "g.json", bytes: enc.encode(JSON.stringify(value)) }]), ["g.json"]);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

const NAME_HEADERS = ["회사명", "기업명", "업체명", "name", "Company", "상호"];
const DIVISION_HEADERS = ["시도", "지역", "division", "Province", "소재지"];
// Korean spellings only: every one has a syllable whose CP949 bytes are no UTF-8, so a CP949
// line can never pass for UTF-8 (see decode.ts on lines both encodings accept).
const DIVISIONS: Record<string, string> = {
  서울: "KR-11", 서울특별시: "KR-11", 부산광역시: "KR-26", 대구: "KR-27", 경기도: "KR-41", 경기: "KR-41", 제주특별자치도: "KR-49", 강원도: "KR-42",
};
const syllable = fc.integer({ min: 0, max: SYLLABLES.length - 1 }).map((i) => SYLLABLES[i]!);

describe("readers: encodings, line ends and header spellings", () => {
  it("keep every row of a companies file whose lines mix UTF-8, CP949 and CR/CRLF/LF", () => {
    const row = fc.record({
      name: fc.array(syllable, { minLength: 2, maxLength: 5 }).map((s) => s.join("")),
      division: fc.constantFrom(...Object.keys(DIVISIONS)),
      cp949: fc.boolean(),
      end: fc.constantFrom("\n", "\r\n", "\r"),
    });
    const file = fc.record({
      rows: fc.array(row, { minLength: 1, maxLength: 12 }),
      nameHeader: fc.constantFrom(...NAME_HEADERS),
      divisionHeader: fc.constantFrom(...DIVISION_HEADERS),
      delimiter: fc.constantFrom(",", ";", "\t", "|"),
      headerCp949: fc.boolean(),
      bom: fc.boolean(),
    });
    fc.assert(
      fc.property(file, (f) => {
        const rows = f.rows.map((r, i) => ({ ...r, name: `${r.name}${i}` }));
        const header = `${f.nameHeader}${f.delimiter}${f.divisionHeader}\n`;
        const parts = [f.bom && !f.headerCp949 ? new Uint8Array([0xef, 0xbb, 0xbf]) : new Uint8Array(), f.headerCp949 ? encodeCp949(header) : enc.encode(header)];
        for (const r of rows) {
          const line = `${r.name}${f.delimiter}${r.division}${r.end}`;
          parts.push(r.cp949 ? encodeCp949(line) : enc.encode(line));
        }
        const ds = readFiles([{ name: "c.csv", bytes: concat(parts) }]);
        expectWellFormedReport(ds, ["c.csv"]);
        expect(ds.companies.map((c) => [c.name, c.division])).toEqual(rows.map((r) => [r.name, DIVISIONS[r.division]]));
        expect(ds.report.rejected).toEqual([]);
        // At most the one note that the file mixes encodings.
        expect(ds.report.warnings.filter((w) => w.row !== 0)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

type Style = "korean" | "european";

function formatNumber(value: number, decimals: number, style: Style, grouped: boolean): string {
  const [int, frac] = value.toFixed(decimals).split(".") as [string, string | undefined];
  const group = style === "korean" ? "," : ".";
  const mark = style === "korean" ? "." : ",";
  const intText = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, group) : int;
  return frac === undefined ? intText : `${intText}${mark}${frac}`;
}

const YEAR_FORMS = [(y: number) => `${y}`, (y: number) => `${y}년`, (y: number) => `FY${y}`, (y: number) => `${y}.0`, (y: number) => String(y).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))];
const WEIGHT_HEADERS: Array<[string, number]> = [["금액", 1], ["weight", 1], ["거래금액(백만원)", 1], ["금액(억원)", 100], ["Amount", 1]];

describe("readers: numbers and years as people type them", () => {
  const link = fc.record({
    units: fc.integer({ min: 0, max: 1_000_000_000 }),
    decimals: fc.constantFrom(0, 0, 1, 2),
    grouped: fc.boolean(),
    year: fc.integer({ min: 1990, max: 2030 }),
    yearForm: fc.integer({ min: 0, max: YEAR_FORMS.length - 1 }),
  });
  const file = fc.record({
    links: fc.array(link, { minLength: 1, maxLength: 15 }),
    style: fc.constantFrom<Style>("korean", "european"),
    header: fc.constantFrom(...WEIGHT_HEADERS),
    evidence: fc.boolean(),
  });

  it("store each amount and year as written, or report the row; with a decimal in the column, every row loads", () => {
    fc.assert(
      fc.property(file, ({ links, style, header: [weightHeader, factor], evidence }) => {
        const rows = links.map((l) => ({ ...l, value: l.units / 10 ** l.decimals }));
        // One value with a decimal mark the column cannot mistake.
        if (evidence) rows.push({ units: 123, decimals: 1, grouped: false, year: 2020, yearForm: 0, value: 12.3 });
        const delimiter = style === "korean" ? "," : ";";
        const quote = (s: string) => (s.includes(delimiter) ? `"${s}"` : s);
        const lines = [`supplier${delimiter}buyer${delimiter}${weightHeader}${delimiter}연도`];
        for (const r of rows) lines.push(["A", "B", quote(formatNumber(r.value, r.decimals, style, r.grouped)), YEAR_FORMS[r.yearForm]!(r.year)].join(delimiter));
        const ds = readFiles([
          { name: "c.csv", bytes: enc.encode("id,name,division\nA,가,서울\nB,나,부산\n") },
          { name: "l.csv", bytes: enc.encode(lines.join("\n")) },
        ]);
        expectWellFormedReport(ds, ["c.csv", "l.csv"]);
        const byRow = new Map(ds.links.map((l) => [Number(l.id.split("#")[1]), l]));
        const rejected = new Set(ds.report.rejected.map((i) => i.row));
        rows.forEach((r, i) => {
          const row = i + 2;
          const stored = byRow.get(row);
          if (!stored) {
            expect(rejected.has(row), `row ${row} neither loaded nor reported`).toBe(true);
            expect(evidence, `row ${row} dropped although the column shows its decimal mark`).toBe(false);
            return;
          }
          expect(stored.weight).toBeCloseTo(r.value * factor, 9);
          expect(stored.year).toBe(r.year);
        });
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

// On generated tables the readers never throw, whatever the headers and
// cells, and a valid row is never lost, whatever columns surround it. Modest run counts:
// the machine is shared.
const RUNS = { numRuns: 40 };
const cellText = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 }), fc.constantFrom("", " ", "Directed", "(주)", "1,234", "2023년", "경기"));
const headerText = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom("공급기업ID", "구매기업ID", "Source", "Target", "Type", "회사명", "시도", "금액", "id", "name"));

// Headers with a delimiter or a line break in them would make the CSV reader guess another
// delimiter from the first line; that is csv.ts's concern, outside these properties.
const plainHeader = fc.string({ minLength: 1, maxLength: 10 }).filter((h) => !/[,;\t|\r\n"]/.test(h) && h.trim() !== "" && h.trim() !== "__proto__" && lookupHeader(h) === undefined);
const name = fc.string({ unit: "grapheme", minLength: 1, maxLength: 10 }).filter((s) => /[^\s]/.test(s) && !/[\r\n]/.test(s));
const extraCell = fc.string({ maxLength: 10 }).filter((s) => !/[\r\n]/.test(s));

const TABLE_NAME_HEADERS = ["회사명", "기업명", "name", "Company", "상호"];
const TABLE_DIVISION_HEADERS = ["시도", "division", "Province", "지역"];
const TABLE_DIVISIONS = ["서울", "부산광역시", "경기도", "Busan", "KR-41", "전라북도", "강원특별자치도"];
const SUPPLIER_ID_HEADERS = ["공급기업ID", "supplier_id", "source_id", "seller_code", "공급기업코드", "Source"];
const BUYER_ID_HEADERS = ["구매기업ID", "buyer_id", "target_id", "customer_code", "수요기업번호", "Target"];

/** Rows with their columns shuffled into a random order given as a permutation. */
function arrange(headers: string[], rows: string[][], order: number[]): [string[], string[][]] {
  return [order.map((i) => headers[i]!), rows.map((r) => order.map((i) => r[i]!))];
}

const companiesTable = fc
  .record({
    nameHeader: fc.constantFrom(...TABLE_NAME_HEADERS),
    divisionHeader: fc.constantFrom(...TABLE_DIVISION_HEADERS),
    extras: fc.uniqueArray(plainHeader, { maxLength: 3, selector: (h) => h.trim().toLowerCase() }),
    rows: fc.array(fc.record({ name, division: fc.constantFrom(...TABLE_DIVISIONS), extra: fc.array(extraCell, { minLength: 3, maxLength: 3 }) }), { minLength: 1, maxLength: 15 }),
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
