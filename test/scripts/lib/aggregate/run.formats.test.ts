// Inputs in other forms read to the same summary: Parquet (written by DuckDB itself), semicolon
// and tab delimiters, CP949 bytes, headers only a column mapping explains.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { encodeCp949 } from "../../../../scripts/lib/cp949Encode.ts";
import { syntheticNetwork } from "../../../../scripts/lib/synthetic.ts";
import { InputError } from "../../../../scripts/lib/aggregate/run.ts";
import { SUMMARY_FILES } from "../../../../src/model/summary.ts";
import { aggregate, appBundle, appDataset, reportCounts, tempDir } from "./helpers.ts";

const TABLES = [SUMMARY_FILES.flows, SUMMARY_FILES.divisions, SUMMARY_FILES.companies, SUMMARY_FILES.companiesVintage("2026-07")];

/** A small network whose companies use several Korean division forms. */
function plainFiles(dir: string, sep = ","): { companies: string; links: string } {
  const net = syntheticNetwork({ companies: 80, links: 400, seed: 5 });
  const companiesText = net.companiesCsv + ["k-1,가나다,,서울특별시,,food,", "k-2,라마바,,전라남도,,food,", "k-3,사아자,,광주,,food,"].join("\n") + "\n";
  const linksText = net.linksCsv + ["k-1,k-2,생산,5,2023", "k-2,k-3,기술협력,6,2024", "k-3,k-1,판매,7,"].map((l) => `${l},`).join("\n") + "\n";
  const swap = (t: string) => (sep === "," ? t : t.split(",").join(sep));
  const companies = join(dir, "companies.csv");
  const links = join(dir, "links.csv");
  writeFileSync(companies, swap(companiesText));
  writeFileSync(links, swap(linksText));
  return { companies, links };
}

async function expectSameAsApp(files: { companies: string; links: string }, opts: { delimiter?: string } = {}) {
  const app = await appBundle(appDataset([files.companies, files.links]), 5);
  const { files: got } = await aggregate({ companies: [files.companies], links: [files.links], topK: 5, ...opts });
  for (const name of TABLES) expect(got[name], name).toBe(app[name]);
  return got;
}

// DuckDB and two aggregate runs a test: over vitest's 5 s when the machine is busy.
describe("aggregate input forms", { timeout: 60_000 }, () => {
  it.each([
    ["semicolon", ";", undefined],
    ["tab", "\t", undefined],
    ["tab, given with --delimiter", "\t", "\t"],
  ])("reads %s-separated files as the app does", async (_label, sep, given) => {
    const got = await expectSameAsApp(plainFiles(tempDir(), sep), given ? { delimiter: given } : {});
    expect(got[SUMMARY_FILES.companies]!.split("\r\n").length).toBeGreaterThan(80);
  });

  it("transcodes CP949 files with the app's decoder and reads them as the app does", async () => {
    const dir = tempDir();
    const files = plainFiles(dir);
    for (const path of [files.companies, files.links]) writeFileSync(path, encodeCp949(readFileSync(path, "utf8")));
    // Really CP949: not valid UTF-8.
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(files.companies))).toThrow();
    const got = await expectSameAsApp(files);
    expect(got[SUMMARY_FILES.companies]).toContain("가나다");
    expect(got[SUMMARY_FILES.report]).not.toContain("unknown-division");
  });

  it("reads Parquet written by DuckDB the same as the CSV it came from", async () => {
    const dir = tempDir();
    const files = plainFiles(dir);
    const db = await DuckDBInstance.create(":memory:");
    const conn = await db.connect();
    const parquet = { companies: join(dir, "companies.parquet"), links: join(dir, "links.parquet") };
    // Typed columns (weight and year as integers) as a database export writes them.
    await conn.run(`COPY (SELECT * FROM read_csv('${files.companies}', all_varchar = true)) TO '${parquet.companies}' (FORMAT parquet)`);
    await conn.run(`COPY (SELECT supplier, buyer, type, CAST(weight AS INTEGER) AS weight, CAST(year AS INTEGER) AS year, illustrative FROM read_csv('${files.links}', all_varchar = true)) TO '${parquet.links}' (FORMAT parquet)`);
    conn.closeSync();
    db.closeSync();
    const fromCsv = await aggregate({ companies: [files.companies], links: [files.links], topK: 5 });
    const fromParquet = await aggregate({ companies: [parquet.companies], links: [parquet.links], topK: 5 });
    expect(fromParquet.result.manifest.sources.map((s) => s.format)).toEqual(["parquet", "parquet"]);
    expect(fromParquet.result.manifest.rows.links).toBe(fromCsv.result.manifest.rows.links);
    for (const name of TABLES) expect(fromParquet.files[name], name).toBe(fromCsv.files[name]);
  });

  it("reads headers it does not know through a column mapping, as the app does", async () => {
    const dir = tempDir();
    const files = plainFiles(dir);
    const text = readFileSync(files.links, "utf8").replace(/^supplier,buyer,/, "납품업체,납품처,");
    writeFileSync(files.links, text);
    await expect(aggregate({ companies: [files.companies], links: [files.links], topK: 5 })).rejects.toThrow(InputError);
    const mappings = { "*": { supplier: "납품업체", buyer: "납품처" } };
    const app = await appBundle(appDataset([files.companies, files.links], mappings), 5);
    const { files: got, result } = await aggregate({ companies: [files.companies], links: [files.links], topK: 5, mappings });
    expect(result.manifest.rows.links).toBeGreaterThan(400);
    for (const name of TABLES) expect(got[name], name).toBe(app[name]);
  });

  it("rejects companies without an id (the app would key them by name) and says so", async () => {
    const dir = tempDir();
    const companies = join(dir, "c.csv");
    const links = join(dir, "l.csv");
    writeFileSync(companies, "id,name,division\na,가,서울\n,나,부산\nb,다,Busan\n");
    writeFileSync(links, "supplier,buyer\na,b\nb,나\n");
    const { files: got, result } = await aggregate({ companies: [companies], links: [links] });
    expect(result.manifest.rows.companies).toBe(2);
    expect(reportCounts(got[SUMMARY_FILES.report]!)).toEqual([["accepted", 3], ["missing-id", 1], ["unknown-company", 1]]);
    expect(got[SUMMARY_FILES.report]).toContain("c.csv,3,rejected,missing-id,나,");
  });
});
