// Parquet with a real client on the other side: what DuckDB writes we read with the right
// values, what we write DuckDB reads with the same rows and column types, the sample goes
// out and back unchanged, and broken files are rejected with a message naming them.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDataset } from "../../../scripts/lib/inspectExport.ts";
import { tableHeads } from "../../../src/io/mapping/tables.ts";
import { readFiles, readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import type { InputFile } from "../../../src/model/types.ts";
import { fixture } from "../helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "supply-atlas-parquet-"));
let db: DuckDBInstance;
let conn: DuckDBConnection;
beforeAll(async () => {
  db = await DuckDBInstance.create(":memory:");
  conn = await db.connect();
});
afterAll(() => {
  conn.closeSync();
  db.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

const file = (path: string, name = path.split("/").pop()!): InputFile => ({ name, bytes: new Uint8Array(readFileSync(path)) });
const sample = () => [fixture("../../data/sample/companies.csv"), fixture("../../data/sample/links.csv")].map((f) => ({ ...f, name: f.name.split("/").pop()! }));

async function duckCopy(select: string, name: string, options = ""): Promise<string> {
  const path = join(dir, name);
  await conn.run(`COPY (${select}) TO '${path}' (FORMAT parquet${options})`);
  return path;
}

const COMPANIES = `SELECT * FROM (VALUES
  ('c1', '한빛정밀', '경기', 37.25::DOUBLE, 127.5::DOUBLE, 120::INTEGER, true, DATE '2019-03-01', 'auto parts'),
  ('c2', '세진테크', 'KR-11', NULL, NULL, NULL, false, NULL, NULL),
  ('c3', '동양소재', '전라남도', 34.8::DOUBLE, 126.4::DOUBLE, 7::INTEGER, NULL, DATE '2021-12-31', 'materials'),
  ('c4', '', '부산', NULL, NULL, 1::INTEGER, true, NULL, NULL)
) t(id, name, division, lat, lon, staff, listed, founded, industry)`;

const LINKS = `SELECT * FROM (VALUES
  ('c1', 'c2', '생산', 12.5::DOUBLE, 2023::BIGINT, TIMESTAMP '2023-05-01 10:00:00', false),
  ('c2', 'c3', '기술협력', NULL, NULL, NULL, true),
  ('c3', 'c1', 'sales', 0.25::DOUBLE, 2024::BIGINT, NULL, NULL),
  ('c3', 'nobody', '판매', 1::DOUBLE, 2022::BIGINT, NULL, false),
  ('c1', 'c3', '생산', -4::DOUBLE, 2022::BIGINT, NULL, false)
) t(supplier, buyer, type, weight, year, signed_at, illustrative)`;

describe("Parquet written by DuckDB", () => {
  it("reads Korean text, integers, doubles, booleans, nulls and dates as the cells the row readers expect", async () => {
    const files = [file(await duckCopy(COMPANIES, "companies.parquet")), file(await duckCopy(LINKS, "links.parquet"))];
    const ds = readFiles(files);
    expect(ds.report.files.map((f) => [f.name, f.kind, f.encoding, f.rows])).toEqual([
      ["companies.parquet", "companies", "parquet", 4],
      ["links.parquet", "links", "parquet", 5],
    ]);
    const byId = new Map(ds.companies.map((c) => [c.id, c]));
    expect(byId.get("c1")).toMatchObject({ name: "한빛정밀", division: "KR-41", lat: 37.25, lon: 127.5, industry: "auto parts", attributes: { staff: "120", listed: "true", founded: "2019-03-01" } });
    expect(byId.get("c2")).toMatchObject({ name: "세진테크", division: "KR-11", attributes: { staff: "", listed: "false", founded: "" } });
    expect(byId.get("c2")!.lat).toBeUndefined();
    expect(byId.get("c3")).toMatchObject({ division: "KR-46", attributes: { listed: "", founded: "2021-12-31" } });
    // A row with a bad value is reported like a CSV row: the company without a name, the link
    // to no known company, the negative amount; everything else is loaded.
    expect(ds.report.rejected.map((i) => [i.file, i.row, i.reason])).toEqual([
      ["companies.parquet", 4, "missing-name"],
      ["links.parquet", 4, "unknown-company"],
      ["links.parquet", 5, "bad-number"],
    ]);
    const links = ds.links.map((l) => [l.source, l.target, l.type, l.weight, l.year, l.illustrative === true, l.attributes.signed_at]);
    expect(links).toEqual([
      ["c1", "c2", "production", 12.5, 2023, false, "2023-05-01T10:00:00.000Z"],
      ["c2", "c3", "technology", undefined, undefined, true, ""],
      ["c3", "c1", "sales", 0.25, 2024, false, ""],
    ]);
  });

  it("reads dictionary-encoded strings and ZSTD, GZIP and uncompressed files alike", async () => {
    // 3,000 rows over 17 divisions: DuckDB writes the division column as a dictionary.
    const many = `SELECT 'k' || i AS id, '회사' || i AS name, (['서울','부산','대구','인천','광주','대전','울산','세종','경기','강원','충북','충남','전북','전남','경북','경남','제주'])[1 + i % 17] AS division, i::INTEGER AS rank FROM range(3000) r(i)`;
    const snappy = await duckCopy(many, "snappy.parquet");
    const encodings = (await conn.runAndReadAll(`SELECT encodings FROM parquet_metadata('${snappy}') WHERE path_in_schema = 'division'`)).getRows();
    expect(String(encodings[0]![0])).toContain("DICTIONARY");
    const plain = readFiles([file(snappy)]);
    expect(plain.companies).toHaveLength(3000);
    expect(plain.companies[16]).toMatchObject({ id: "k16", name: "회사16", division: "KR-49", attributes: { rank: "16" } });
    for (const codec of ["zstd", "gzip", "uncompressed"]) {
      const ds = readFiles([file(await duckCopy(many, `${codec}.parquet`, `, COMPRESSION ${codec}`))]);
      expect(ds.companies.map((c) => [c.id, c.division]), codec).toEqual(plain.companies.map((c) => [c.id, c.division]));
    }
    // Row groups: DuckDB splits at ROW_GROUP_SIZE; the pieces are joined in order.
    const grouped = readFiles([file(await duckCopy(many, "groups.parquet", ", ROW_GROUP_SIZE 1000"))]);
    expect(grouped.companies.map((c) => c.id)).toEqual(plain.companies.map((c) => c.id));
  });

  it("reads version 2 data pages, with and without nulls, as version 1 pages", async () => {
    // Nulls every seventh row in text, numbers and a dictionary column, none in the ids.
    const gappy = `SELECT 'k' || i AS id, CASE WHEN i % 7 = 3 THEN NULL ELSE '회사' || i END AS name,
      CASE WHEN i % 7 = 5 THEN NULL ELSE (['서울','부산','경기'])[1 + i % 3] END AS division,
      CASE WHEN i % 7 = 1 THEN NULL ELSE 35 + (i % 3)::DOUBLE END AS lat, 127.5::DOUBLE AS lon FROM range(5000) r(i)`;
    const v1 = readFiles([file(await duckCopy(gappy, "v1.parquet", ", ROW_GROUP_SIZE 2048"))]);
    const v2 = readFiles([file(await duckCopy(gappy, "v2.parquet", ", ROW_GROUP_SIZE 2048, PARQUET_VERSION V2"))]);
    expect(v1.companies.length).toBe(5000 - Math.ceil((5000 - 3) / 7));
    expect(v1.companies.find((c) => c.id === "k1")).toMatchObject({ name: "회사1", division: "KR-26" });
    expect(v1.companies.find((c) => c.id === "k1")!.lat).toBeUndefined();
    expect(v1.companies.find((c) => c.id === "k2")).toMatchObject({ division: "KR-41", lat: 37, lon: 127.5 });
    expect(v1.companies.find((c) => c.id === "k5")!.division).toBe("");
    expect(v2.companies).toEqual(v1.companies);
    expect(v2.report.rejected).toEqual(v1.report.rejected.map((i) => ({ ...i, file: "v2.parquet" })));
  });

  it("finds a single links-with-companies table by its column names, as in a CSV file", async () => {
    const single = `SELECT * FROM (VALUES ('한빛정밀', '경기', '세진테크', '서울', '생산', 3::INTEGER)) t("공급기업", "공급기업 시도", "수요기업", "수요기업 시도", "거래유형", "금액")`;
    const ds = readFiles([file(await duckCopy(single, "single.parquet"))]);
    expect(ds.report.files[0]!.kind).toBe("links-with-companies");
    expect(ds.companies.map((c) => [c.name, c.division])).toEqual([["한빛정밀", "KR-41"], ["세진테크", "KR-11"]]);
    expect(ds.links.map((l) => [l.type, l.weight])).toEqual([["production", 3]]);
  });

  it("skips a nested column with a warning and rejects a table whose name column is one", async () => {
    const nested = `SELECT 'c1' AS id, '한빛' AS name, '경기' AS division, [1, 2] AS scores, {'a': 1} AS info`;
    const ds = readFiles([file(await duckCopy(nested, "nested.parquet"))]);
    expect(ds.companies.map((c) => [c.id, Object.keys(c.attributes)])).toEqual([["c1", []]]);
    expect(ds.report.warnings.map((w) => [w.file, w.reason, w.detail])).toEqual([["nested.parquet", "unknown-format", "scores"], ["nested.parquet", "unknown-format", "info"]]);
    expect(ds.report.warnings[0]!.message).toBe("Parquet file: column 'scores' skipped: a list, not a plain value");
    const nameless = `SELECT 'c1' AS id, ['한빛'] AS name, '경기' AS division`;
    const bad = readFiles([file(await duckCopy(nameless, "listname.parquet"))]);
    expect(bad.companies).toEqual([]);
    expect(bad.report.rejected.map((i) => [i.file, i.row, i.reason])).toEqual([["listname.parquet", 0, "missing-column"]]);
  });
});

describe("Parquet with headers nobody foresaw", () => {
  it("shows its first records in the mapping preview and loads with a mapping, reporting progress", async () => {
    const odd = `SELECT * FROM (VALUES ('c1', '한빛정밀', '경기'), ('c2', '세진테크', '서울')) t("코드", "거래처", "본사 위치")`;
    const f = file(await duckCopy(odd, "odd.parquet"));
    const detected = readFiles([f]);
    expect(detected.report.rejected.map((i) => [i.file, i.reason])).toEqual([["odd.parquet", "unknown-format"]]);
    expect(tableHeads(f, 10)).toEqual([{ file: "odd.parquet", rows: [["코드", "거래처", "본사 위치"], ["c1", "한빛정밀", "경기"], ["c2", "세진테크", "서울"]], firstRow: 0 }]);
    const progress: number[] = [];
    const mapped = readFiles([f], { mappings: { "odd.parquet": { id: "코드", name: "거래처", division: "본사 위치" } }, onProgress: (p) => progress.push(p) });
    expect(mapped.companies.map((c) => [c.id, c.name, c.division])).toEqual([["c1", "한빛정밀", "KR-41"], ["c2", "세진테크", "KR-11"]]);
    expect(mapped.report.files[0]!.mapping).toBe("given");
    expect(progress.at(-1)).toBe(1);
    expect(progress.some((p) => p > 0 && p < 1)).toBe(true);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });
});

describe("Parquet we write", () => {
  const written = () => exportDataset(sample(), readFiles(sample()), { format: "parquet", vintage: "2023", created: new Date("2026-01-02T03:04:05Z") });

  it("writes nodes.parquet and edges.parquet that DuckDB reads with our column types and the same rows", async () => {
    const files = written();
    expect(files.map((f) => f.name)).toEqual(["nodes.parquet", "edges.parquet"]);
    for (const f of files) writeFileSync(join(dir, f.name), f.data);
    const describe = async (name: string) =>
      Object.fromEntries((await conn.runAndReadAll(`DESCRIBE SELECT * FROM '${join(dir, name)}'`)).getRowObjects().map((r) => [r.column_name, r.column_type]));
    const edges = await describe("edges.parquet");
    expect(edges).toEqual({ Source: "VARCHAR", Target: "VARCHAR", Id: "VARCHAR", link_type: "VARCHAR", amount: "DOUBLE", year: "INTEGER", cross_division: "BOOLEAN", illustrative: "BOOLEAN" });
    const nodes = await describe("nodes.parquet");
    expect(nodes).toMatchObject({ Id: "VARCHAR", Label: "VARCHAR", division: "VARCHAR", lat: "DOUBLE", lon: "DOUBLE", m_degree: "INTEGER", m_pagerank: "DOUBLE", viz_x: "DOUBLE" });

    // The same rows as the CSV pair, value for value.
    const csv = exportDataset(sample(), readFiles(sample()), { format: "csv", vintage: "2023", created: new Date("2026-01-02T03:04:05Z") });
    writeFileSync(join(dir, "edges.csv"), csv[1]!.data);
    const q = async (sql: string) => (await conn.runAndReadAll(sql)).getRows().map((r) => r.map(String).join("|")).sort();
    const fromParquet = await q(`SELECT Source, Target, Id, link_type, amount, year, cross_division, illustrative FROM '${join(dir, "edges.parquet")}'`);
    const fromCsv = await q(`SELECT Source, Target, Id, link_type, amount::DOUBLE, year::INTEGER, cross_division::BOOLEAN, illustrative::BOOLEAN FROM read_csv('${join(dir, "edges.csv")}', all_varchar = true)`);
    expect(fromParquet.length).toBe(380);
    expect(fromParquet).toEqual(fromCsv);
    const korean = await q(`SELECT Label FROM '${join(dir, "nodes.parquet")}' WHERE Label LIKE '%정밀%'`);
    expect(korean.length).toBeGreaterThan(0);

    // metadata.json's text rides in the key-value metadata.
    const kv = (await conn.runAndReadAll(`SELECT decode(value) AS v FROM parquet_kv_metadata('${join(dir, "nodes.parquet")}') WHERE decode(key) = 'supply_atlas_metadata'`)).getRows();
    expect(JSON.parse(String(kv[0]![0]))).toMatchObject({ app: "Supply Atlas", created: "2026-01-02T03:04:05.000Z", exported: { companies: 87, links: 380 } });
  });

  it("writes nulls where a value is absent", async () => {
    const ds = readFiles([fixture("companies-ko.csv"), fixture("links-ko.csv")]);
    const files = exportDataset([], ds, { format: "parquet", vintage: "2023" });
    writeFileSync(join(dir, "n2.parquet"), files[0]!.data);
    writeFileSync(join(dir, "e2.parquet"), files[1]!.data);
    const nullLat = (await conn.runAndReadAll(`SELECT count(*) FROM '${join(dir, "n2.parquet")}' WHERE lat IS NULL`)).getRows()[0]![0];
    expect(Number(nullLat)).toBe(ds.companies.filter((c) => c.lat === undefined).length);
    const nullWeight = (await conn.runAndReadAll(`SELECT count(*) FROM '${join(dir, "e2.parquet")}' WHERE amount IS NULL`)).getRows()[0]![0];
    expect(Number(nullWeight)).toBe(ds.links.filter((l) => l.weight === undefined).length);
  });

  it("reads the export back to the same companies and links, with its metadata", () => {
    const original = readFiles(sample());
    const { dataset: back, snapshots } = readFilesWithSnapshots(written().map((f) => ({ name: f.name, bytes: f.data as Uint8Array })));
    expect(back.report.rejected).toEqual([]);
    const company = (c: (typeof original.companies)[number]) => [c.id, c.name, c.nameEn, c.division, c.municipality, c.industry, c.tier, c.lat, c.lon];
    expect(back.companies.map(company).sort()).toEqual(original.companies.map(company).sort());
    const link = (l: (typeof original.links)[number]) => [l.id, l.source, l.target, l.type, l.weight, l.year, l.illustrative === true];
    expect(back.links.map(link).sort()).toEqual(original.links.map(link).sort());
    expect(snapshots.map((s) => s.file)).toEqual(["nodes.parquet", "edges.parquet"]);
    expect(snapshots[0]!.metadata).toMatchObject({ app: "Supply Atlas", exported: { companies: 87 } });
  });
});

describe("broken Parquet files", () => {
  const good = () => written0 ??= exportDataset([], readFiles([fixture("companies-ko.csv")]), { format: "parquet", vintage: "2023" })[0]!.data as Uint8Array;
  let written0: Uint8Array | undefined;
  const reject = (bytes: Uint8Array, name = "bad.parquet") => {
    const ds = readFiles([{ name, bytes }]);
    expect(ds.companies).toEqual([]);
    expect(ds.report.rejected.map((i) => [i.file, i.row, i.reason])).toEqual([[name, 0, "unreadable-file"]]);
    return ds.report.rejected[0]!.message;
  };

  it("rejects a truncated file, wrong magic and a huge declared footer with a clear message", () => {
    const bytes = good();
    expect(reject(bytes.slice(0, Math.floor(bytes.length / 2)))).toMatch(/^Parquet file could not be read: /);
    const wrong = bytes.slice();
    wrong.set([0x50, 0x41, 0x52, 0x32], 0);
    expect(reject(wrong)).toContain("PAR1");
    const huge = bytes.slice();
    new DataView(huge.buffer).setUint32(huge.length - 8, 0x7fffffff, true);
    expect(reject(huge)).toMatch(/^Parquet file could not be read: .*metadata/);
    // Nothing but the magic: a file named .parquet that is text is not read as CSV.
    expect(reject(new TextEncoder().encode("id,name,division\nc1,A,서울\n"), "renamed.parquet")).toContain("PAR1");
  });

  it("refuses a small file that declares millions of rows instead of allocating them", async () => {
    const path = await duckCopy("SELECT NULL::VARCHAR AS name, NULL::VARCHAR AS division FROM range(3000000)", "nulls.parquet");
    const bytes = new Uint8Array(readFileSync(path));
    expect(bytes.length).toBeLessThan(100_000);
    expect(reject(bytes, "nulls.parquet")).toMatch(/declares 3000000 rows in \d+ bytes/);
  });

  it("rejects a column chunk that lies outside the file or garbage in the pages, never throwing", () => {
    const bytes = good();
    // Overwrite the pages (between the magic and the footer) with noise.
    const footer = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 8, true);
    const noisy = bytes.slice();
    for (let i = 4; i < noisy.length - footer - 8; i++) noisy[i] = (i * 131) & 0xff;
    expect(reject(noisy)).toMatch(/^Parquet file could not be read: /);
  });
});
