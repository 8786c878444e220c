// Places in the aggregate: each company's 시군구 resolved by the app's own resolver (once per
// distinct text), so the aggregate's place-flows.csv and places.csv, and every table a resolved
// municipality can change (a division it gives), equal the app's reference on the same files.
import { describe, expect, it } from "vitest";
import { SUMMARY_FILES } from "../../../../src/model/summary.ts";
import { getMunicipality } from "../../../../src/regions/municipalities.ts";
import { readFiles } from "../../../../src/io/read/readFiles.ts";
import { readFileSync } from "node:fs";
import { aggregate, appBundle, appDataset, municipalFiles, tempDir } from "./helpers.ts";

const TABLES = [
  SUMMARY_FILES.placeFlows, SUMMARY_FILES.places, SUMMARY_FILES.flows, SUMMARY_FILES.divisions, SUMMARY_FILES.companies,
  SUMMARY_FILES.companiesVintage("2026-07"), SUMMARY_FILES.companyFlows, SUMMARY_FILES.soleSuppliers,
];

describe("aggregate with a 시군구 column, codes and addresses equals the app", async () => {
  const dir = tempDir();
  const files = municipalFiles(dir);
  const dataset = appDataset([files.companies, ...files.links]);
  const expected = await appBundle(dataset, 5);
  const { files: got, result, out } = await aggregate({ companies: [files.companies], links: files.links, topK: 5 });

  it("has data where names resolve, are ambiguous, conflict or are missing, and where a municipality gives the division", () => {
    expect(result.written).toBe(true);
    const placed = dataset.companies.filter((c) => c.municipalityCode !== undefined);
    expect(placed.length).toBeGreaterThan(40);
    expect(placed.length).toBeLessThan(dataset.companies.length - 40);
    const reasons = new Set(dataset.report.warnings.map((w) => w.reason));
    for (const r of ["ambiguous-municipality", "conflicting-municipality", "unknown-municipality"]) expect(reasons, r).toContain(r);
    const byId = new Map(dataset.companies.map((c) => [c.id, c]));
    expect(byId.get("p-01")).toMatchObject({ division: "KR-11", municipalityCode: "11680" });
    expect(byId.get("p-02")).toMatchObject({ division: "KR-26", municipalityCode: "26350" });
    expect(byId.get("p-03")?.division).toBe("KR-48");
    expect(byId.get("p-04")?.municipalityCode).toBeUndefined();
  });

  it.each(TABLES)("writes %s exactly as the app's summary", (name) => {
    expect(got[name]).toBeDefined();
    expect(got[name]!.split("\r\n").length).toBeGreaterThan(2);
    expect(got[name]).toBe(expected[name]);
  });

  it("keys places by municipality where one was resolved and by division elsewhere", () => {
    const places = got[SUMMARY_FILES.places]!.trim().split("\r\n").slice(1).map((l) => l.split(",")[0]!);
    expect(places.filter((p) => getMunicipality(p)).length).toBeGreaterThan(20);
    expect(places).toEqual(expect.arrayContaining(["KR-11", "11680", "26350"]));
    const companies = got[SUMMARY_FILES.places]!.trim().split("\r\n").slice(1).reduce((n, l) => n + Number(l.split(",")[1]), 0);
    expect(companies).toBe(dataset.companies.filter((c) => c.division !== "").length);
    // Every link between placed companies is in one place cell; p-04 (서구, no province) is unplaced.
    const links = got[SUMMARY_FILES.placeFlows]!.trim().split("\r\n").slice(1).reduce((n, l) => n + Number(l.split(",")[4]), 0);
    const division = new Map(dataset.companies.map((c) => [c.id, c.division]));
    const placed = dataset.links.filter((l) => division.get(l.source) !== "" && division.get(l.target) !== "").length;
    expect(placed).toBeLessThan(result.manifest.rows.links);
    expect(links).toBe(placed);
  });

  it("writes the ego companies' 시군구 codes into graph.json as the app's snapshot does", () => {
    const back = readFiles([{ name: "summary.zip", bytes: new Uint8Array(readFileSync(out)) }]);
    const app = readFiles([{ name: "graph.json", bytes: new TextEncoder().encode(expected[SUMMARY_FILES.ego]!) }]);
    const key = (d: typeof back) => d.companies.map((c) => [c.id, c.division, c.municipality ?? "", c.municipalityCode ?? ""].join("|")).sort();
    expect(key(back).filter((k) => !k.endsWith("|")).length).toBeGreaterThan(0);
    expect(key(back)).toEqual(key(app));
  });
});
