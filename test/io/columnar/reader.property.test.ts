// The column-wise reading of typed links and companies tables (columnarLinks.ts,
// columnarCompanies.ts) against the row path. Links:
// small random tables full of bad rows (unknown companies, self links, negative or missing
// amounts, bad years, unknown link-type words, duplicate ids, names and other spellings in
// place of ids, empty cells, Korean text) read as Parquet and as Arrow give exactly what the
// row path gives, and what the same table read as CSV gives. Companies likewise: missing
// names, unknown divisions and addresses, duplicate ids, the same name in two divisions or
// twice without an id, coordinates out of range or swapped, tiers, Korean text.
//
// Typed columns differ from text where text has forms a type has not: a DOUBLE amount has no
// "1,234" or "₩500" and a CSV column's decimal mark is not inferred for it; NaN and infinities
// read as empty cells. The CSV comparison keeps to values both can write; the comparison with
// the row path takes any value, strings in number columns included.

import fc from "fast-check";
import Papa from "papaparse";
import { bool, float64, int32, tableFromArrays, tableToIPC, utf8, type DataType } from "@uwdata/flechette";
import { parquetWriteBuffer, type BasicType } from "hyparquet-writer";
import { afterEach, describe, expect, it } from "vitest";
import { columnarSettings } from "../../../src/io/columnar/reader.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { syntheticColumnarFiles } from "../../../scripts/lib/syntheticColumnar.ts";
import { syntheticFiles } from "../../../scripts/lib/syntheticDataset.ts";
import type { Dataset, InputFile } from "../../../src/model/types.ts";

type Kind = "string" | "double" | "int" | "bool";
type Cell = string | number | boolean | null;
interface Column {
  name: string;
  kind: Kind;
  values: Cell[];
}

const PARQUET: Record<Kind, BasicType> = { string: "STRING", double: "DOUBLE", int: "INT32", bool: "BOOLEAN" };
const ARROW: Record<Kind, () => DataType> = { string: utf8, double: float64, int: int32, bool };

function parquet(name: string, columns: readonly Column[]): InputFile {
  return { name, bytes: new Uint8Array(parquetWriteBuffer({ columnData: columns.map((c) => ({ name: c.name, type: PARQUET[c.kind], data: c.values })) })) };
}

function arrow(name: string, columns: readonly Column[]): InputFile {
  const types = Object.fromEntries(columns.map((c) => [c.name, ARROW[c.kind]()]));
  return { name, bytes: tableToIPC(tableFromArrays(columns.map((c) => [c.name, c.values] as [string, unknown[]]), { types }), { format: "file" })! };
}

function csv(name: string, columns: readonly Column[]): InputFile {
  const rows = columns[0]!.values.map((_, r) => columns.map((c) => (c.values[r] === null ? "" : String(c.values[r]))));
  return { name, bytes: new TextEncoder().encode(Papa.unparse({ fields: columns.map((c) => c.name), data: rows })) };
}

/** A CSV line of empty cells is a blank line, no record; a typed file's row of nulls is a record. */
const notBlank = (row: Record<string, Cell>) => Object.values(row).some((v) => v !== null && v !== "");

const NAMES = ["대한정밀", "세진테크", "한빛소재", "Acme Korea", "동양"];
const DIVISIONS = ["서울", "경기", "부산", "KR-26", "경남", "", "어딘가"];

const company = fc.record({
  id: fc.oneof(fc.constantFrom("c1", "c2", "c3", "c4"), fc.constant(null)),
  name: fc.oneof(fc.constantFrom(...NAMES), fc.constant(null)),
  division: fc.constantFrom(...DIVISIONS),
}).filter(notBlank);

/** What a link row names as a company: ids, names, other spellings, unknowns, blanks. */
const reference = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("c1", "c2", "c3", "c4") },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.constantFrom("(주)대한정밀", "세진 테크", " c1 ", "c9", "없는회사", "") },
  { weight: 1, arbitrary: fc.constant(null) },
);
const TYPE_WORDS = ["생산", "sales", "R&D", "기술 협력", "판매", "bogus", "Directed", "기타", "", " 생산 "];

/** Values both text and a typed column can write. */
const commonLink = fc.record({
  supplier: reference,
  buyer: reference,
  type: fc.oneof(fc.constantFrom(...TYPE_WORDS), fc.constant(null)),
  weight: fc.oneof(fc.integer({ min: -50, max: 5000 }), fc.integer({ min: 0, max: 999 }).map((n) => n + 0.5), fc.constant(null)),
  year: fc.oneof(fc.constantFrom(2019, 2023, 1899, 1900, 2100, 2101, 0), fc.constant(null)),
  illustrative: fc.oneof(fc.boolean(), fc.constant(null)),
  id: fc.oneof(fc.constantFrom("L1", "L2", "L3"), fc.constant(null)),
  note: fc.oneof(fc.constantFrom("메모", "a,b", ' "q" ', ""), fc.constant(null)),
}).filter(({ id: _, ...cells }) => notBlank(cells)); // blank without its id, which a table may leave out

/** Any value a typed column can hold, and strings in number columns. */
const anyWeight = fc.oneof(fc.double(), fc.constantFrom(-0, 1e21, 1.234, 1e-7, -2.5, Number.MAX_VALUE, Infinity, -Infinity, NaN), fc.constant(null));
const weightText = fc.oneof(fc.constantFrom("1,234", "₩500", "-3", "abc", "12억원", "１２３", " 7 ", ""), fc.constant(null));
const yearText = fc.oneof(fc.constantFrom("2019년", "FY2023", "2023.0", "2019-05-01", "１９９９", "x", ""), fc.constant(null));

type LinkRow = { supplier: Cell; buyer: Cell; type: Cell; weight: Cell; year: Cell; illustrative: Cell; id: Cell; note: Cell; supplierName?: Cell; buyerName?: Cell };

function companyFileColumns(rows: ReadonlyArray<{ id: string | null; name: string | null; division: string }>): Column[] {
  return [
    { name: "id", kind: "string", values: rows.map((r) => r.id) },
    { name: "name", kind: "string", values: rows.map((r) => r.name) },
    { name: "division", kind: "string", values: rows.map((r) => r.division) },
  ];
}

/** With `pairs`, each end is named by an id column and a name column, as a single links file may do. */
function linkFileColumns(rows: readonly LinkRow[], kinds: { weight: Kind; year: Kind; id: boolean; pairs?: boolean }): Column[] {
  const col = (name: keyof LinkRow, kind: Kind, header: string = name): Column => ({ name: header, kind, values: rows.map((r) => r[name] ?? null) });
  const ends = kinds.pairs
    ? [col("supplier", "string", "supplier_id"), col("supplierName", "string", "supplier_name"), col("buyer", "string", "buyer_id"), col("buyerName", "string", "buyer_name")]
    : [col("supplier", "string"), col("buyer", "string")];
  return [
    ...ends, col("type", "string"), col("weight", kinds.weight),
    col("year", kinds.year), col("illustrative", "bool"), ...(kinds.id ? [col("id", "string")] : []), col("note", "string"),
  ];
}

/**
 * A CSV file numbers its rows by line, the header being line 1; a typed file numbers its
 * records from 1. Issues and generated link ids ("links#2") are put in the records' numbers.
 */
function csvRowsAsRecords(ds: Dataset): Dataset {
  const record = (row: number) => (row > 0 ? row - 1 : row);
  const issue = <T extends { row: number }>(i: T) => ({ ...i, row: record(i.row) });
  const links = ds.links.map((l) => ({ ...l, id: l.id.replace(/#(\d+)$/, (_, n: string) => `#${record(Number(n))}`) }));
  return { ...ds, links, report: { ...ds.report, rejected: ds.report.rejected.map(issue), warnings: ds.report.warnings.map(issue) } };
}

/** The dataset without the file summaries, which name the format. */
const loaded = (ds: Dataset) => ({ companies: ds.companies, links: ds.links, rejected: ds.report.rejected, warnings: ds.report.warnings, cross: ds.report.crossProvinceLinks });

function rowPath(files: InputFile[]): Dataset {
  columnarSettings.columnwiseLinks = false;
  columnarSettings.columnwiseCompanies = false;
  try {
    return readFiles(files);
  } finally {
    columnarSettings.columnwiseLinks = true;
    columnarSettings.columnwiseCompanies = true;
  }
}

afterEach(() => {
  columnarSettings.columnwiseLinks = true;
  columnarSettings.columnwiseCompanies = true;
});

const companies = fc.array(company, { minLength: 1, maxLength: 6 });

describe("typed links tables read column-wise", () => {
  it("read exactly as the row path reads them, whatever the values", () => {
    const link = fc.record({
      supplier: reference, buyer: reference,
      type: fc.oneof(fc.constantFrom(...TYPE_WORDS), fc.constant(null)),
      weight: anyWeight, weightText, year: fc.oneof(fc.integer({ min: -5, max: 2200 }), fc.constant(null)), yearText,
      illustrative: fc.oneof(fc.boolean(), fc.constant(null)),
      id: fc.oneof(fc.constantFrom("L1", "L2", "links#3", " L1", ""), fc.constant(null)),
      note: fc.oneof(fc.string({ maxLength: 4 }), fc.constant(null)),
      supplierName: reference, buyerName: reference,
    });
    const kinds = fc.record({ weight: fc.constantFrom<Kind>("double", "string"), year: fc.constantFrom<Kind>("int", "string"), id: fc.boolean(), pairs: fc.boolean() });
    fc.assert(
      fc.property(companies, fc.array(link, { minLength: 1, maxLength: 12 }), kinds, fc.constantFrom(parquet, arrow), (cs, ls, k, write) => {
        const rows: LinkRow[] = ls.map((l) => ({ ...l, weight: k.weight === "string" ? l.weightText : l.weight, year: k.year === "string" ? l.yearText : l.year }));
        const files = [write("companies", companyFileColumns(cs)), write("links", linkFileColumns(rows, k))];
        const fast = readFiles(files);
        // Every table was recognised: the issues are about rows, not whole files.
        expect(fast.report.rejected.every((i) => i.row > 0)).toBe(true);
        expect(fast.links.length + fast.report.rejected.length).toBeGreaterThan(0);
        expect(loaded(fast)).toEqual(loaded(rowPath(files)));
        // Same field order too, so exports serialise alike.
        expect(JSON.stringify(fast.links)).toBe(JSON.stringify(rowPath(files).links));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("read as the same table written as CSV", () => {
    fc.assert(
      fc.property(companies, fc.array(commonLink, { minLength: 1, maxLength: 12 }), fc.boolean(), (cs, ls, withIds) => {
        const kinds = { weight: "double" as const, year: "int" as const, id: withIds };
        const [c, l] = [companyFileColumns(cs), linkFileColumns(ls, kinds)];
        const fromCsv = loaded(csvRowsAsRecords(readFiles([csv("companies", c), csv("links", l)])));
        expect(loaded(readFiles([parquet("companies", c), parquet("links", l)]))).toEqual(fromCsv);
        expect(loaded(readFiles([arrow("companies", c), arrow("links", l)]))).toEqual(fromCsv);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("reject and warn about the bad rows of a table by row number", () => {
    const c = companyFileColumns([{ id: "c1", name: "대한정밀", division: "경기" }, { id: "c2", name: "세진테크", division: "부산" }]);
    const rows: LinkRow[] = [
      { supplier: "c1", buyer: "c2", type: "생산", weight: 10, year: 2020, illustrative: null, id: null, note: null },
      { supplier: "c1", buyer: "c1", type: "생산", weight: 10, year: 2020, illustrative: null, id: null, note: null },
      { supplier: "c9", buyer: "c2", type: "생산", weight: 10, year: 2020, illustrative: null, id: null, note: null },
      { supplier: "c1", buyer: "c2", type: "생산", weight: -3, year: 2020, illustrative: null, id: null, note: null },
      { supplier: "c1", buyer: "c2", type: "생산", weight: 1, year: 1800, illustrative: null, id: null, note: null },
      { supplier: "(주)대한정밀", buyer: null, type: "생산", weight: 1, year: 2020, illustrative: null, id: null, note: null },
      { supplier: "(주)대한정밀", buyer: "세진테크", type: "물물교환", weight: null, year: null, illustrative: true, id: null, note: null },
    ];
    for (const write of [parquet, arrow]) {
      const ds = readFiles([write("companies", c), write("links", linkFileColumns(rows, { weight: "double", year: "int", id: false }))]);
      expect(ds.report.rejected.map((i) => [i.row, i.reason, i.detail])).toEqual([
        [2, "self-link", "c1"], [3, "unknown-company", "c9"], [4, "bad-number", "-3"], [5, "bad-year", "1800"], [6, "missing-id", "buyer"],
      ]);
      expect(ds.report.warnings.map((i) => [i.row, i.reason])).toEqual([[7, "unknown-link-type"], [7, "merged-company"]]);
      expect(ds.links.map((l) => [l.id, l.source, l.target, l.type, l.weight, l.illustrative])).toEqual([
        ["links#1", "c1", "c2", "production", 10, undefined], ["links#7", "c1", "c2", "other", undefined, true],
      ]);
    }
  });

  it("report progress while the links load, forward only, and read the synthetic network as its CSV", () => {
    for (const format of ["parquet", "arrow"] as const) {
      const seen: number[] = [];
      const ds = readFiles(syntheticColumnarFiles(500, 20_000, format), { onProgress: (f) => seen.push(f) });
      expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
      expect(new Set(seen.filter((f) => f > 0 && f < 1)).size).toBeGreaterThan(5);
      expect(seen.at(-1)).toBe(1);
      const fromCsv = csvRowsAsRecords(readFiles(syntheticFiles(500, 20_000)));
      expect(ds.links.map((l) => [l.source, l.target, l.type, l.weight, l.year, l.illustrative])).toEqual(fromCsv.links.map((l) => [l.source, l.target, l.type, l.weight, l.year, l.illustrative]));
      expect(ds.report.crossProvinceLinks).toBe(fromCsv.report.crossProvinceLinks);
    }
  }, 60_000);
});

/** A company row of every kind the checks tell apart. */
const fullCompany = fc.record({
  id: fc.oneof(fc.constantFrom("c1", "c2", "c3", " c1", "c 4"), fc.constant(null)),
  name: fc.oneof(fc.constantFrom(...NAMES, "  대한정밀 ", "(주)대한정밀", "", "c1"), fc.constant(null)),
  division: fc.oneof(fc.constantFrom(...DIVISIONS, "경기도 성남시 분당구 판교로 1", "서울특별시 강남구", "강원도", "Gyeonggi-do", " 부산 ", "41"), fc.constant(null)),
  municipality: fc.oneof(fc.constantFrom("수원시", "", " 중구 ", "창원시 성산구", "고성군", "군위군", "없는구", "Jongno-gu"), fc.constant(null)),
  municipality_code: fc.oneof(fc.constantFrom("48123", "4772025000", "99999", ""), fc.constant(null)),
  address: fc.oneof(fc.constantFrom("경상북도 군위군 군위읍 1", "부산광역시 해운대구 센텀로 1", "경기도 어딘가 1", "151 Jungang-daero, Seongsan-gu, Changwon-si, Gyeongsangnam-do", ""), fc.constant(null)),
  name_en: fc.oneof(fc.constantFrom("Daehan", "", "Sejin Tech"), fc.constant(null)),
  industry: fc.oneof(fc.constantFrom("자동차", "반도체", ""), fc.constant(null)),
  tier: fc.oneof(fc.constantFrom("선도기업", "초광역 선도기업", "협력기업", "leading", "기타", ""), fc.constant(null)),
  // In Korea, swapped, out of range, on the edge.
  lat: fc.oneof(fc.constantFrom(37.5, 127.0, 35.1, 0, 38.9, 45, -37.5), fc.double({ min: 30, max: 40, noNaN: true }), fc.constant(null)),
  lon: fc.oneof(fc.constantFrom(127.0, 37.5, 129.0, 0, 132, 200), fc.constant(null)),
  note: fc.oneof(fc.constantFrom("메모", "a,b", ' "q" ', ""), fc.constant(null)),
}).filter(notBlank);

type CompanyRowCells = { [K in "id" | "name" | "division" | "municipality" | "municipality_code" | "address" | "name_en" | "industry" | "tier" | "note"]: string | null } & { lat: number | null; lon: number | null };

function fullCompanyColumns(rows: readonly CompanyRowCells[], latKind: Kind): Column[] {
  const text = (name: keyof CompanyRowCells): Column => ({ name, kind: "string", values: rows.map((r) => r[name]) });
  const coordinate = (name: "lat" | "lon"): Column => ({ name, kind: latKind, values: rows.map((r) => (latKind === "string" && r[name] !== null ? String(r[name]) : r[name])) });
  return [text("id"), text("name"), text("division"), text("municipality"), text("municipality_code"), text("address"), text("name_en"), text("industry"), text("tier"), coordinate("lat"), coordinate("lon"), text("note")];
}

describe("typed companies tables read column-wise", () => {
  it("read exactly as the row path reads them, with links naming them", () => {
    fc.assert(
      fc.property(fc.array(fullCompany, { minLength: 1, maxLength: 14 }), fc.array(commonLink, { maxLength: 6 }), fc.constantFrom<Kind>("double", "string"), fc.constantFrom(parquet, arrow), (cs, ls, latKind, write) => {
        const files = [write("companies", fullCompanyColumns(cs, latKind))];
        if (ls.length > 0) files.push(write("links", linkFileColumns(ls, { weight: "double", year: "int", id: false })));
        const fast = readFiles(files);
        expect(fast.report.rejected.every((i) => i.row > 0)).toBe(true);
        expect(loaded(fast)).toEqual(loaded(rowPath(files)));
        // Same field order too, so exports serialise alike.
        expect(JSON.stringify(fast.companies)).toBe(JSON.stringify(rowPath(files).companies));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("read as the same table written as CSV", () => {
    fc.assert(
      fc.property(fc.array(fullCompany, { minLength: 1, maxLength: 14 }), (cs) => {
        const c = fullCompanyColumns(cs, "double");
        const fromCsv = loaded(csvRowsAsRecords(readFiles([csv("companies", c)])));
        expect(loaded(readFiles([parquet("companies", c)]))).toEqual(fromCsv);
        expect(loaded(readFiles([arrow("companies", c)]))).toEqual(fromCsv);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("reject and warn about the bad rows of a companies table by row number", () => {
    const row = (id: string | null, name: string | null, division: string | null, lat: number | null = null, lon: number | null = null): CompanyRowCells =>
      ({ id, name, division, municipality: null, municipality_code: null, address: null, name_en: null, industry: null, tier: null, lat, lon, note: null });
    const rows = [
      row("c1", "대한정밀", "경기", 37.3, 127.1),
      row("c2", null, "경기"),
      row("c3", "세진테크", "어딘가"),
      row("c1", "한빛소재", "부산"),
      row(null, "대한정밀", "부산"),
      row(null, "동양", "서울", 127.0, 37.5),
      row(null, "동양", "서울"),
      row("c5", "Acme Korea", "서울", 10, 10),
    ];
    for (const write of [parquet, arrow]) {
      const ds = readFiles([write("companies", fullCompanyColumns(rows, "double"))]);
      // The second 동양 without an id is the first, whose id is its name: a duplicate.
      expect(ds.report.rejected.map((i) => [i.row, i.reason, i.detail])).toEqual([[2, "missing-name", "c2"], [4, "duplicate-id", "c1"], [7, "duplicate-id", "동양"]]);
      expect(ds.report.warnings.map((i) => [i.row, i.reason])).toEqual([
        [3, "unknown-division"], [5, "same-name"], [6, "bad-coordinate"], [8, "bad-coordinate"],
      ]);
      expect(ds.companies.map((c) => [c.id, c.name, c.division, c.lat, c.lon])).toEqual([
        ["c1", "대한정밀", "KR-41", 37.3, 127.1], ["c3", "세진테크", "", undefined, undefined], ["대한정밀", "대한정밀", "KR-26", undefined, undefined],
        ["동양", "동양", "KR-11", 37.5, 127.0], ["c5", "Acme Korea", "KR-11", undefined, undefined],
      ]);
    }
  });
});
