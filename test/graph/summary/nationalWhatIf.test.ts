// The national what-if of a summary bundle against the same what-if on the full data: the
// bundle is made from generated data by the app's reference and read back as the app reads it,
// and every figure the panel and the map show must equal what the full graph says.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { flowsOfGraph } from "../../../src/graph/flows/divisionFlows.ts";
import { NO_FILTER, type FilterState } from "../../../src/graph/filters/types.ts";
import { rankingLookups } from "../../../src/graph/ranking/lookups.ts";
import { scoreCompanies } from "../../../src/graph/ranking/score.ts";
import { crossRegionalStats } from "../../../src/graph/ranking/crossRegional.ts";
import { removalImpact } from "../../../src/graph/resilience/removalImpact.ts";
import { singleSupplierDivisions } from "../../../src/graph/resilience/singleSupplierDivisions.ts";
import { soleSuppliers } from "../../../src/graph/resilience/soleSuppliers.ts";
import { flowChanges } from "../../../src/graph/resilience/flowChanges.ts";
import type { Removal } from "../../../src/graph/filters/whatIfRemoval.ts";
import { allStrings, type SummaryData } from "../../../src/graph/summary/columns.ts";
import { summaryFlowMatrix } from "../../../src/graph/summary/flows.ts";
import { visibility } from "../../../src/graph/filters/visibility.ts";
import type { SupplyGraph } from "../../../src/graph/types.ts";
import { readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import type { Dataset, Vintage } from "../../../src/model/types.ts";
import { knownLinksOf } from "../../../src/app/summary/summaryWhatIfService.ts";
import { loadSummaryTable, SummaryJob } from "../../../src/workers/summary/summaryJob.ts";
import type { FlowMatrix } from "../../../src/model/flows.ts";
import { bundleOf, syntheticDataset } from "../../io/summaryHelpers.ts";

interface Made {
  full: Dataset;
  graph: SupplyGraph;
  summary: SummaryData;
  job: SummaryJob;
  ids: string[];
  ego: Set<string>;
}

async function made(full: Dataset, topK: number): Promise<Made> {
  const bundle = await bundleOf(full, topK);
  const summary = readFilesWithSnapshots([{ name: "s.zip", bytes: bundle.zip }]).snapshots[0]!.summary as SummaryData;
  const table = loadSummaryTable(bundle.zip, "s.zip");
  expect(table.national, "the bundle carries the national tables").toBeDefined();
  const ids = allStrings(table.companies.text.id);
  return { full, graph: buildGraph(full, { positions: new Map() }), summary, job: new SummaryJob(table), ids, ego: new Set(bundle.summary.ego) };
}

/** Cells of a matrix, every link counted: what two matrices must share to be the same flows. */
function cells(m: FlowMatrix): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const f of m.flows) out[`${f.from}>${f.to}`] = [f.count, Math.round(f.weight * 1e6) / 1e6];
  for (const [d, c] of Object.entries(m.internal)) if (c && c.count > 0) out[`${d}=`] = [c.count, Math.round(c.weight * 1e6) / 1e6];
  return out;
}

/** The full data's ranking with the removed companies gone from the graph. */
function rankingWithout(graph: SupplyGraph, removal: Removal, vintage: Vintage): Array<[string, number]> {
  const copy = graph.copy() as SupplyGraph;
  const { keepNode } = visibility(graph, NO_FILTER, removal, vintage);
  graph.forEachNode((node) => {
    if (!keepNode(node)) copy.dropNode(node);
  });
  const { tiers, labels } = rankingLookups(copy);
  return scoreCompanies(crossRegionalStats(copy, vintage), tiers, labels, {}).map((r) => [r.id, r.rank]);
}

function whatIf(m: Made, removal: Removal, vintage: Vintage, shown = 40) {
  return m.job.whatIf({ companies: removal.companies, division: removal.division, vintage, weights: {}, shown, knownLinks: knownLinksOf(m.graph, removal.companies) });
}

/** The map's flows under a what-if and a filter, in the summary and in the full data. */
function flowsBoth(m: Made, removal: Removal, vintage: Vintage, filter: FilterState, impact: ReturnType<typeof whatIf>) {
  const national = summaryFlowMatrix(m.summary, vintage, filter, { division: removal.division, parts: impact.parts, companies: impact.companies });
  const v = visibility(m.graph, filter, removal, vintage);
  return { national: cells(national), full: cells(flowsOfGraph(m.graph, vintage, v.keepEdge)) };
}

describe("graph/summary/nationalWhatIf: a summary answers as the full data does", () => {
  const full = syntheticDataset(400, 2600, 17);

  it("removing a division: links lost, stranded companies, flows and the whole ranking equal the full data's, under both vintages", async () => {
    const m = await made(full, 3);
    for (const [vintage, division] of [["2023", "KR-41"], ["2023", "KR-29"], ["2026-07", "KR-GJN"]] as const) {
      const removal: Removal = { companies: [], division };
      const expected = removalImpact(m.graph, removal, vintage);
      const got = whatIf(m, removal, vintage, 1000);
      expect(got.stranded.exact).toBe(true);
      expect(got.stranded.count).toBe(expected.stranded.length);
      const strandedIds = new Set(expected.stranded.map((s) => s.id));
      expect(got.stranded.rows).toHaveLength(Math.min(100, strandedIds.size));
      expect(got.stranded.rows.every((r) => strandedIds.has(m.ids[r]!))).toBe(true);
      expect(got.removed).toBe(expected.removed.length);
      const before = summaryFlowMatrix(m.summary, vintage);
      const after = summaryFlowMatrix(m.summary, vintage, NO_FILTER, { division, parts: got.parts, companies: got.companies });
      expect(before.links - after.links).toBe(expected.linksLost.count);
      expect(got.linksLost).toBe(expected.linksLost.count);
      expect(flowChanges(before, after).map((f) => [f.from, f.to, f.before.count, f.after.count])).toEqual(expected.flows.map((f) => [f.from, f.to, f.before.count, f.after.count]));
      const ranking = rankingWithout(m.graph, removal, vintage);
      expect(got.ranking.partnersAdjusted).toBe(true);
      expect(got.ranking.top.map((t) => [m.ids[t.row], t.rank])).toEqual(ranking.slice(0, 1000));
    }
  });

  it("removing a company whose links the bundle holds: stranded buyers, flows and the ranking equal the full data's", async () => {
    const m = await made(full, 12);
    const egoIds = [...m.ego].slice(0, 6);
    for (const id of egoIds) {
      for (const vintage of ["2023", "2026-07"] as const) {
        const removal: Removal = { companies: [id], division: null };
        const expected = removalImpact(m.graph, removal, vintage);
        const got = whatIf(m, removal, vintage, 400);
        expect(got.stranded).toMatchObject({ count: expected.stranded.length, exact: true });
        expect(got.linksLost).toBe(expected.linksLost.count);
        expect(got.stranded.rows.map((r) => m.ids[r]).sort()).toEqual(expected.stranded.map((s) => s.id).sort().slice(0, 100).sort());
        const both = flowsBoth(m, removal, vintage, NO_FILTER, got);
        expect(both.national).toEqual(both.full);
        expect(got.ranking.partnersAdjusted).toBe(true);
        expect(got.ranking.top.map((t) => [m.ids[t.row], t.rank])).toEqual(rankingWithout(m.graph, removal, vintage).slice(0, 400));
      }
    }
  });

  it("removing a company outside the ego networks: flows and stranded buyers are exact; the ranking drops it and says its partners were not rescored", async () => {
    const m = await made(full, 2);
    const outside = m.ids.filter((id) => !m.ego.has(id) && m.graph.degree(id) > 3).slice(0, 4);
    expect(outside.length).toBeGreaterThan(0);
    // A bundle's graph holds only the ego networks: the full graph's links must not be offered for them.
    const egoGraph = buildGraph({ ...full, links: full.links.filter((l) => m.ego.has(l.source) || m.ego.has(l.target)) }, { positions: new Map() });
    for (const id of outside) {
      const removal: Removal = { companies: [id], division: null };
      const expected = removalImpact(m.graph, removal, "2023");
      const got = m.job.whatIf({ companies: [id], division: null, vintage: "2023", weights: {}, shown: 50, knownLinks: knownLinksOf(egoGraph, [id]) });
      expect(got.stranded.count).toBe(expected.stranded.length);
      const both = flowsBoth(m, removal, "2023", NO_FILTER, got);
      expect(both.national).toEqual(both.full);
      expect(got.ranking.partnersAdjusted).toBe(false);
      expect(got.ranking.top.some((t) => m.ids[t.row] === id)).toBe(false);
    }
  });

  it("the map's flows under a what-if follow the link-type, division and cross-only filters as the full data's do", async () => {
    const m = await made(full, 12);
    const id = [...m.ego][1]!;
    const filters: FilterState[] = [
      { ...NO_FILTER, linkTypes: ["production", "sales"] },
      { ...NO_FILTER, crossOnly: true },
      { ...NO_FILTER, divisions: ["KR-41", "KR-11"], divisionRole: "supplier" },
      { ...NO_FILTER, divisions: ["KR-26"], divisionRole: "either", linkTypes: ["technology"] },
    ];
    for (const filter of filters) {
      for (const removal of [{ companies: [id], division: null }, { companies: [], division: "KR-47" }] satisfies Removal[]) {
        const got = whatIf(m, removal, "2023");
        const both = flowsBoth(m, removal, "2023", filter, got);
        expect(both.national).toEqual(both.full);
      }
    }
  });

  it("several companies at once: the stranded count is marked as a lower bound, never above the truth", async () => {
    const m = await made(full, 12);
    const ids = [...m.ego].slice(0, 3);
    const removal: Removal = { companies: ids, division: null };
    const got = whatIf(m, removal, "2023");
    expect(got.stranded.exact).toBe(false);
    expect(got.stranded.count).toBeLessThanOrEqual(removalImpact(m.graph, removal, "2023").stranded.length);
  });

  it("leaves the company numbers as they were: a what-if never changes the ranking the tab shows", async () => {
    const m = await made(full, 5);
    const before = m.job.rank({}, "2023", 50).top.map((r) => [r.id, r.rank, r.score]);
    whatIf(m, { companies: [], division: "KR-11" }, "2023");
    whatIf(m, { companies: [[...m.ego][0]!], division: null }, "2023");
    expect(m.job.rank({}, "2023", 50).top.map((r) => [r.id, r.rank, r.score])).toEqual(before);
  });
});

describe("graph/summary/nationalWhatIf: the nation's resilience lists", () => {
  it("sole suppliers and single-supplier divisions equal the full data's, under both vintages", async () => {
    const m = await made(syntheticDataset(300, 1500, 5), 2);
    for (const vintage of ["2023", "2026-07"] as const) {
      const got = m.job.resilience(vintage, 1000);
      const sole = soleSuppliers(m.graph);
      expect(got.soleSuppliers).toBe(sole.length);
      expect(got.topSole.map((s) => [m.ids[s.row], s.buyers]).sort()).toEqual(sole.map((s) => [s.supplier, s.buyers.length]).sort());
      const single = singleSupplierDivisions(m.graph, vintage);
      expect(got.single.map((d) => [d.division, d.type, m.ids[d.supplier], d.supplierDivision, d.links])).toEqual(
        single.map((d) => [d.division, d.type, d.supplier, d.supplierDivision, d.links]),
      );
    }
  });
});

describe("workers/summaryJob: national tables read on first use", () => {
  it("a job whose national tables are left for later answers the what-if exactly as one that read them at once", async () => {
    const full = syntheticDataset(300, 1500, 9);
    const bundle = await bundleOf(full, 3);
    const later = loadSummaryTable(bundle.zip, "s.zip", "later");
    expect(later.national).toBeUndefined();
    expect(later.readNational).toBeTypeOf("function");
    const now = new SummaryJob(loadSummaryTable(bundle.zip, "s.zip"));
    const lazy = new SummaryJob(later);
    const request = { companies: [], division: "KR-11", vintage: "2023" as const, weights: {}, shown: 30 };
    expect(lazy.whatIf(request)).toEqual(now.whatIf(request));
    expect(lazy.resilience("2023", 10)).toEqual(now.resilience("2023", 10));
  });

  it("a bundle without them says so when asked, and still searches", async () => {
    const { rezip } = await import("../../io/summaryHelpers.ts");
    const bundle = await bundleOf(syntheticDataset(200, 900, 4), 2);
    const zip = rezip(bundle.zip, { "company-flows.csv": null, "sole-suppliers.csv": null });
    const job = new SummaryJob(loadSummaryTable(zip, "old.zip", "later"));
    expect(() => job.whatIf({ companies: [], division: "KR-11", vintage: "2023", weights: {}, shown: 5 })).toThrow(/national tables/);
    const first = bundle.summary.companies[0]!;
    expect(job.search(first.name, 3).map((h) => h.id)).toContain(first.id);
  });
});

describe("graph/summary/nationalWhatIf: companies without a division", () => {
  it("a removed company's links with an unplaced partner leave no flow and no cross numbers, as in the full data", async () => {
    const { company, dataset, link } = await import("../helpers.ts");
    const full = dataset(
      [company("a", "KR-11"), company("b", "KR-26"), company("c", "KR-41"), company("u", ""), company("d", "KR-26")],
      [
        link("1", "a", "b", "technology", { weight: 5 }), link("2", "a", "u", "sales", { weight: 2 }), link("3", "u", "a", "production"),
        link("4", "c", "a", "production", { weight: 7 }), link("5", "b", "d", "other"), link("6", "c", "u"), link("7", "d", "c", "sales"),
      ],
    );
    const m = await made(full, 5);
    for (const removal of [{ companies: ["a"], division: null }, { companies: ["c"], division: null }, { companies: [], division: "KR-26" }] satisfies Removal[]) {
      const got = whatIf(m, removal, "2023");
      const both = flowsBoth(m, removal, "2023", NO_FILTER, got);
      expect(both.national).toEqual(both.full);
      const expected = removalImpact(m.graph, removal, "2023");
      expect(got.stranded.count).toBe(expected.stranded.length);
      expect(got.linksLost).toBe(expected.linksLost.count);
      expect(got.ranking.top.map((t) => [m.ids[t.row], t.rank])).toEqual(rankingWithout(m.graph, removal, "2023"));
    }
  });
});
