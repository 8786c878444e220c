// The DuckDB aggregate against the app's own computation on the same files: flows, division
// totals and company numbers must be the same, cell for cell, as written by the same writer.
import { describe, expect, it } from "vitest";
import { DEFAULT_EGO_LINKS, SUMMARY_FILES, type SummaryManifest } from "../../../../src/model/summary.ts";
import { summariseDataset } from "../../../../src/graph/summary/summarise.ts";
import { readFiles } from "../../../../src/io/read/readFiles.ts";
import { aggregate, appBundle, appDataset, messyFiles, reasonCounts, reportCounts, tempDir } from "./helpers.ts";
import { readFileSync } from "node:fs";

const TABLES = [
  SUMMARY_FILES.flows, SUMMARY_FILES.divisions, SUMMARY_FILES.companies, SUMMARY_FILES.companiesVintage("2026-07"),
  SUMMARY_FILES.companyFlows, SUMMARY_FILES.soleSuppliers, SUMMARY_FILES.placeFlows, SUMMARY_FILES.places,
];

describe("aggregate on messy data equals the app", async () => {
  const dir = tempDir();
  const files = messyFiles(dir);
  const dataset = appDataset([files.companies, ...files.links]);
  const expected = await appBundle(dataset, 7, ["m-13", "m-12", "no-such-id"]);
  const { files: got, result, out } = await aggregate({ companies: [files.companies], links: files.links, topK: 7, focus: ["m-13", "m-12", "no-such-id"] });

  it("accepts exactly the rows the app accepts, and rejects the rest for the same reasons", () => {
    expect(result.written).toBe(true);
    expect(result.manifest.rows.companies).toBe(dataset.companies.length);
    expect(result.manifest.rows.links).toBe(dataset.links.length);
    expect(result.manifest.rows.crossLinks).toBe(dataset.report.crossProvinceLinks);
    const counts = reportCounts(got[SUMMARY_FILES.report]!).filter(([r]) => r !== "accepted" && r !== "unknown-link-type");
    expect(counts).toEqual(reasonCounts(dataset.report.rejected.map((i) => i.reason)));
    // Every row read is accepted or rejected once.
    const m = result.manifest;
    const rejected = counts.reduce((n, [, c]) => n + c, 0);
    expect(m.rows.companiesRead + m.rows.linksRead).toBe(m.rows.companies + m.rows.links + rejected);
    // The data really is messy: every kind of problem occurs.
    expect(counts.map(([r]) => r)).toEqual(expect.arrayContaining(["bad-number", "bad-year", "duplicate-id", "missing-id", "missing-name", "self-link", "unknown-company"]));
    // A division no vintage places keeps its company, without a division, as in the app.
    expect(dataset.companies.some((c) => c.division === "")).toBe(true);
    expect(dataset.report.warnings.some((w) => w.reason === "unknown-division")).toBe(true);
  });

  it("lists problems with the app's file, row, reason and message", () => {
    const lines = got[SUMMARY_FILES.report]!.split("\r\n");
    for (const issue of dataset.report.rejected) {
      const line = lines.find((l) => l.startsWith(`${issue.file},${issue.row},rejected,${issue.reason},`));
      expect(line, `${issue.file} row ${issue.row} ${issue.reason}`).toBeDefined();
      expect(line).toContain(issue.message.includes(",") ? `"${issue.message.replace(/"/g, '""')}"` : issue.message);
    }
    // Amounts read by another row's decimal mark: the same note, on the same row.
    const decimal = dataset.report.warnings.filter((w) => w.reason === "decimal-mark");
    expect(decimal.map((w) => [w.file, w.row])).toEqual([["euro-links.csv", 3]]);
    for (const w of decimal) {
      const line = lines.find((l) => l.startsWith(`${w.file},${w.row},warning,decimal-mark,`));
      expect(line).toContain(w.message.replace(/"/g, '""'));
    }
    const unknownTypes = dataset.report.warnings.filter((w) => w.reason === "unknown-link-type");
    expect(unknownTypes.length).toBeGreaterThan(0);
    for (const w of unknownTypes) expect(lines.some((l) => l.startsWith(`${w.file},${w.row},warning,unknown-link-type,`))).toBe(true);
  });

  it.each(TABLES)("writes %s exactly as the app's summary", (name) => {
    expect(got[name]).toBeDefined();
    expect(got[name]!.split("\r\n").length).toBeGreaterThan(2);
    expect(got[name]).toBe(expected[name]);
  });

  it("names the same years, ego companies and ego links as the app", () => {
    const mine = JSON.parse(got[SUMMARY_FILES.manifest]!) as SummaryManifest;
    const app = JSON.parse(expected[SUMMARY_FILES.manifest]!) as SummaryManifest;
    expect(mine.years).toEqual(app.years);
    expect(mine.linksWithoutYear).toBe(app.linksWithoutYear);
    expect(mine.ego).toEqual(app.ego);
    // The default budget is far above this data's links: it takes all K asked for.
    expect(mine.ego).toMatchObject({ topK: 7, requestedTop: 7, linkBudget: DEFAULT_EGO_LINKS });
  });

  it("writes graph.json the app's bundle reader loads as the ego networks", () => {
    const back = readFiles([{ name: "summary.zip", bytes: new Uint8Array(readFileSync(out)) }]);
    const app = readFiles([{ name: "app.zip", bytes: new TextEncoder().encode(expected[SUMMARY_FILES.ego]!) }].map((f) => ({ ...f, name: "graph.json" })));
    expect(back.report.rejected).toEqual([]);
    expect(back.links.length).toBeGreaterThan(0);
    const key = (d: typeof back) => ({
      companies: d.companies.map((c) => [c.id, c.name, c.division, c.tier ?? ""].join("|")).sort(),
      links: d.links.map((l) => [l.id, l.source, l.target, l.type, l.weight ?? "", l.year ?? ""].join("|")).sort(),
    });
    expect(key(back)).toEqual(key(app));
  });
});

// An aggregate run a case: over vitest's 5 s when the machine is busy.
describe("aggregate with an ego link budget takes the same ranking prefix as the app", { timeout: 60_000 }, async () => {
  const dir = tempDir();
  const files = messyFiles(dir);
  const dataset = appDataset([files.companies, ...files.links]);
  const ranking = summariseDataset(dataset, { topK: 0 }).companies.map((c) => c.id);
  const unionOf = (ids: string[]) => {
    const chosen = new Set(ids);
    return dataset.links.filter((l) => chosen.has(l.source) || chosen.has(l.target)).length;
  };
  // One link short of what the first three hold together: the first two fit, the third not.
  const cutting = unionOf(ranking.slice(0, 3)) - 1;
  const firstAlone = unionOf(ranking.slice(0, 1));
  const focus = ["m-13"];

  const cases = [
    { name: "a budget the third company would exceed", budget: cutting, taken: ranking.slice(0, 2) },
    { name: "a budget the first company alone exceeds", budget: firstAlone - 1, taken: ranking.slice(0, 1) },
  ];

  it("has data where the cut falls inside the ranking", () => {
    expect(unionOf(ranking.slice(0, 2))).toBeLessThanOrEqual(cutting);
    expect(unionOf(ranking.slice(0, 2))).toBeLessThan(unionOf(ranking.slice(0, 3)));
    expect(firstAlone).toBeGreaterThan(0);
  });

  it.each(cases)("$name", async ({ budget, taken }) => {
    const expected = await appBundle(dataset, 7, focus, budget);
    const { files: got } = await aggregate({ companies: [files.companies], links: files.links, topK: 7, egoLinks: budget, focus });
    const mine = JSON.parse(got[SUMMARY_FILES.manifest]!) as SummaryManifest;
    const app = JSON.parse(expected[SUMMARY_FILES.manifest]!) as SummaryManifest;
    expect(mine.ego).toEqual(app.ego);
    expect(mine.ego).toMatchObject({ topK: taken.length, requestedTop: 7, linkBudget: budget, focus });
    // The focus company comes on top of the budget.
    expect(mine.ego.links).toBe(unionOf([...taken, ...focus]));
    expect(got[SUMMARY_FILES.companies]).toBe(expected[SUMMARY_FILES.companies]);
    const egoFlags = got[SUMMARY_FILES.companies]!.split("\r\n").slice(1).filter((l) => l.endsWith(",true")).map((l) => l.split(",")[0]);
    expect(egoFlags.sort()).toEqual([...taken, ...focus].sort());
  });
});
