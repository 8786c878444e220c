// Exports in summary mode: the workbook's division flows and ranking are the nation's (equal to
// the full data's), every file says it holds the ego networks, and the national company table and
// ranking download whole, as CSV and as an XLSX the app's own reader opens.
import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { nodeApp } from "../../app/nodeApp.ts";
import { runExport } from "../../../src/workers/export/exportJob.ts";
import { inProcessSummary } from "../../../src/workers/summary/summaryClient.ts";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { flowsOfGraph } from "../../../src/graph/flows/divisionFlows.ts";
import { crossRegionalStats } from "../../../src/graph/ranking/crossRegional.ts";
import { rankingLookups } from "../../../src/graph/ranking/lookups.ts";
import { scoreCompanies } from "../../../src/graph/ranking/score.ts";
import { readWorkbook } from "../../../src/io/formats/xlsxSheets.ts";
import Papa from "papaparse";
import { rankingToCsv } from "../../../src/io/write/rankingCsv.ts";
import { divisionLabel } from "../../../src/regions/divisions.ts";
import type { AtlasApp } from "../../../src/app/createApp.ts";
import type { SnapshotMetadata } from "../../../src/io/snapshot/types.ts";
import { bundleOf, syntheticDataset, type MadeBundle } from "../../io/summaryHelpers.ts";

const full = syntheticDataset(400, 2500, 11);
const fullGraph = buildGraph(full, { positions: new Map() });
const weights = { technology: 2, production: 0.5, sales: 1, other: 0, breadth: 0.7 };

async function opened(lang: "ko" | "en" = "ko"): Promise<{ app: AtlasApp; made: MadeBundle }> {
  const made = await bundleOf(full, 4);
  const app = nodeApp({ exportFn: runExport, summaryPort: inProcessSummary });
  await app.start(() => [], "none");
  await app.session.loadAndKeep([{ name: "national.zip", buffer: made.zip.slice().buffer }], "national.zip");
  for (let i = 0; i < 100 && app.store.getState().summary?.pending; i++) await new Promise((r) => setTimeout(r, 0));
  app.store.getState().setLang(lang);
  return { app, made };
}

/** A downloaded CSV: BOM first (for Excel), then a header and the rows. */
async function readCsv(blob: Blob): Promise<{ headers: string[]; rows: string[][] }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes.subarray(3)), { skipEmptyLines: true });
  return { headers: parsed.data[0]!, rows: parsed.data.slice(1) };
}

/** Sheet rows by name, through the app's own workbook reader. */
function sheets(bytes: Uint8Array): Map<string, string[][]> {
  return new Map(readWorkbook(bytes).map((s) => [s.name, s.rows]));
}

describe("exports in summary mode", () => {
  it("writes the nation's flow matrix and ranking into the workbook, as the full data has them", async () => {
    const { app } = await opened("en");
    const s = app.store.getState();
    expect(s.summary).not.toBeNull();
    expect(s.graph!.size).toBeLessThan(fullGraph.size);
    s.setVintage("2026-07");
    s.setRankingWeights(weights);
    const [file] = await app.exports.snapshot({ format: "xlsx", scope: "network", metrics: false });
    const book = sheets(file!.data as Uint8Array);

    const expected = flowsOfGraph(fullGraph, "2026-07");
    const matrix = book.get("division flows")!;
    const label = (d: string) => `${divisionLabel(d, "en", "short")} (${d})`;
    expect(matrix[0]!.slice(1)).toEqual(expected.divisions.map(label));
    const cell = (from: string, to: string) =>
      from === to ? (expected.internal[from]?.count ?? 0) : (expected.flows.find((f) => f.from === from && f.to === to)?.count ?? 0);
    const want = expected.divisions.map((from) => [label(from), ...expected.divisions.map((to) => String(cell(from, to)))]);
    expect(matrix.slice(1)).toEqual(want);

    const { tiers, labels } = rankingLookups(fullGraph);
    const ranked = scoreCompanies(crossRegionalStats(fullGraph, "2026-07"), tiers, labels, weights);
    const ranking = book.get("ranking")!;
    const rows = ranking.slice(1);
    // At least as many rows as the file holds companies, each with its national rank.
    expect(rows.length).toBe(s.graph!.order);
    expect(rows.map((r) => [r[1], Number(r[0])])).toEqual(ranked.slice(0, rows.length).map((r) => [r.id, r.rank]));
    expect(rows.map((r) => r[5])).toEqual(ranked.slice(0, rows.length).map((r) => String(r.tier === "super-regional")));

    const meta = new Map(book.get("metadata")!.map((r) => [r[0], r[1]]));
    expect(meta.get("snapshot_scope_text")).toMatch(/^Division flows and ranking: the nation's \(400 companies, 2,500 links; ranking: top [\d,]+ rows\); Company links: the networks of the top 4 companies/);
    app.dispose();
  });

  it("says in every graph format's metadata that it holds the ego networks, Korean first", async () => {
    const { app, made } = await opened();
    const graph = app.store.getState().graph!;
    const [json] = await app.exports.snapshot({ format: "json", scope: "network", metrics: false });
    const meta = (JSON.parse(json!.data as string) as { attributes: { supplyAtlas: SnapshotMetadata } }).attributes.supplyAtlas;
    expect(meta.summary).toMatchObject({ graph: "ego-networks", nation: { companies: 400, links: 2500 }, ego: { top: 4, companies: graph.order, links: graph.size } });
    expect(meta.summary!.flows).toBeUndefined();
    expect(meta.summary!.text.ko).toBe(`기업 간 연결: 협력 상위 4개 기업의 연결망, 기업 ${graph.order.toLocaleString("ko-KR")}개, 전국 연결 2,500개 중 ${graph.size.toLocaleString("ko-KR")}개`);
    expect(made.summary.ego.length).toBeGreaterThan(0);
    for (const format of ["gexf", "graphml"] as const) {
      const [file] = await app.exports.snapshot({ format, scope: "network", metrics: false });
      expect(file!.data as string).toContain("ego-networks");
    }
    const [bundle] = await app.exports.snapshot({ format: "bundle", scope: "network", metrics: false });
    const readme = strFromU8(unzipSync(bundle!.data as Uint8Array)["README.txt"]!);
    expect(readme).toContain("scope: the ego networks of a national summary");
    expect(readme).not.toContain("the whole network");
    app.dispose();
  });

  it("downloads the national company table and ranking whole, as CSV and as XLSX", async () => {
    const { app } = await opened();
    app.store.getState().setRankingWeights(weights);
    const fractions: number[] = [];
    const csv = await app.summary.download("companies", "csv", (f) => fractions.push(f));
    expect(csv.rows).toBe(400);
    expect(fractions.at(-1)).toBe(1);
    const table = await readCsv(csv.blob);
    expect(table.rows).toHaveLength(400);
    expect(new Set(table.rows.map((r) => r[0]))).toEqual(new Set(full.companies.map((c) => c.id)));
    expect(table.headers[0]).toBe("기업ID");

    const { tiers, labels } = rankingLookups(fullGraph);
    const ranked = scoreCompanies(crossRegionalStats(fullGraph, "2023"), tiers, labels, weights);
    const rankBlob = (await app.summary.download("ranking", "csv")).blob;
    const rankCsv = await readCsv(rankBlob);
    expect(rankCsv.rows.map((r) => [r[1], Number(r[0])])).toEqual(ranked.map((r) => [r.id, r.rank]));
    // Cell for cell the app's own ranking CSV of the full data: parts, designation, names and all.
    expect(new TextDecoder().decode(new Uint8Array(await rankBlob.arrayBuffer()).subarray(3))).toBe(rankingToCsv(ranked, "ko"));

    const xlsx = await app.summary.download("ranking", "xlsx");
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const bytes = new Uint8Array(await xlsx.blob.arrayBuffer());
    const [sheet] = readWorkbook(bytes);
    expect(sheet!.name).toBe("전국 순위");
    expect(sheet!.rows.slice(1).map((r) => [r[1], Number(r[0])])).toEqual(ranked.map((r) => [r.id, r.rank]));
    const companies = readWorkbook(new Uint8Array(await (await app.summary.download("companies", "xlsx")).blob.arrayBuffer()))[0]!;
    expect(companies.rows).toHaveLength(401);
    app.dispose();
  });
});
