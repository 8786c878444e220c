// Summary mode's panels answer for the nation: each figure computed from a summary bundle of a
// generated national set equals the same figure computed on the full data the bundle was made
// from, not on the few ego networks the bundle's graph holds (which the first test shows differ).
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { compileFilter } from "../../../src/graph/filters/compile.ts";
import { filterCounts } from "../../../src/graph/filters/counts.ts";
import { yearHistogram } from "../../../src/graph/filters/histogram.ts";
import { NO_FILTER, type FilterState } from "../../../src/graph/filters/types.ts";
import { divisionProfile, profileOfMatrix } from "../../../src/graph/profiles/divisionProfile.ts";
import type { DivisionProfile } from "../../../src/graph/profiles/types.ts";
import { crossRegionalStats } from "../../../src/graph/ranking/crossRegional.ts";
import { rankingLookups } from "../../../src/graph/ranking/lookups.ts";
import { scoreCompanies } from "../../../src/graph/ranking/score.ts";
import { summaryFacetCounts } from "../../../src/graph/summary/facets.ts";
import { summaryFlowMatrix } from "../../../src/graph/summary/flows.ts";
import { allStrings, type SummaryData } from "../../../src/graph/summary/columns.ts";
import { readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import { VINTAGES, type Vintage } from "../../../src/model/types.ts";
import { divisionsOf, toVintage } from "../../../src/regions/divisions.ts";
import { SummaryJob } from "../../../src/workers/summary/summaryJob.ts";
import { bundleOf, syntheticDataset } from "../../io/summaryHelpers.ts";

const full = syntheticDataset(600, 4000, 17);
const fullGraph = buildGraph(full, { positions: new Map() });

async function opened() {
  const made = await bundleOf(full, 4);
  const { dataset: ego, snapshots } = readFilesWithSnapshots([{ name: "national.zip", bytes: made.zip }]);
  const summary = snapshots[0]!.summary as SummaryData;
  return { summary, egoGraph: buildGraph(ego, { positions: new Map() }), made };
}
const bundle = opened();

const FILTERS: Array<Partial<FilterState>> = [
  {},
  { linkTypes: ["production", "technology"] },
  { yearFrom: 2021, yearTo: 2023 },
  { divisions: ["KR-11"], divisionRole: "supplier" },
  { divisions: ["KR-26", "KR-41"], divisionRole: "either" },
  { divisions: ["KR-48"], divisionRole: "both", crossOnly: true },
  { crossOnly: true, linkTypes: ["sales"] },
];

const flowsPart = ({ companies: _companies, ...rest }: DivisionProfile) => rest;

describe("summary mode: the division profile is the nation's", () => {
  it("differs on the ego networks alone (else these tests would prove nothing)", async () => {
    const { egoGraph } = await bundle;
    const differs = divisionsOf("2023").some((d) => {
      const a = divisionProfile(egoGraph, d.code, "2023");
      const b = divisionProfile(fullGraph, d.code, "2023");
      return a.inflow.count !== b.inflow.count || a.suppliers[0]?.division !== b.suppliers[0]?.division;
    });
    expect(differs).toBe(true);
  });

  it("has the full data's partners, shares, dependence and HHI for every division, vintage and filter", async () => {
    const { summary } = await bundle;
    for (const vintage of VINTAGES) {
      for (const patch of FILTERS) {
        const filter = { ...NO_FILTER, ...patch };
        const keepEdge = compileFilter(fullGraph, filter, vintage).keepEdge;
        const matrix = summaryFlowMatrix(summary, vintage, filter);
        for (const d of divisionsOf(vintage)) {
          const expected = flowsPart(divisionProfile(fullGraph, d.code, vintage, keepEdge));
          expect(profileOfMatrix(matrix, d.code, vintage), `${vintage} ${d.code} ${JSON.stringify(patch)}`).toEqual(expected);
        }
      }
    }
  });

  it("lists the division's companies with the most cross-division links from the national table, as the full graph ranks them", async () => {
    const { summary } = await bundle;
    const job = new SummaryJob(summary);
    for (const vintage of VINTAGES) {
      for (const d of divisionsOf(vintage)) {
        const expected = divisionProfile(fullGraph, d.code, vintage).companies;
        const got = job.divisionCompanies(d.code, vintage, 15);
        expect(got.companies, d.code).toBe(expected.length);
        expect(got.top.map(({ row: _row, ...c }) => c), `${vintage} ${d.code}`).toEqual(expected.slice(0, 15));
      }
    }
  });
});

describe("summary mode: a company outside the ego networks has its national figures", () => {
  it("reads degrees, cross-division numbers, partner divisions and the rank under any weights as the full graph gives them", async () => {
    const { summary } = await bundle;
    const job = new SummaryJob(summary);
    const ids = allStrings(summary.companies.text.id);
    const { tiers, labels } = rankingLookups(fullGraph);
    const outside = ids.map((id, row) => ({ id, row })).filter(({ row }) => summary.companies.ego[row] === 0 && row % 37 === 5);
    expect(outside.length).toBeGreaterThan(5);
    for (const vintage of VINTAGES as readonly Vintage[]) {
      const stats = crossRegionalStats(fullGraph, vintage);
      const statOf = new Map(stats.map((c) => [c.id, c]));
      for (const weights of [{}, { technology: 2, sales: 0, breadth: 0.9 }]) {
        const ranked = new Map(scoreCompanies(stats, tiers, labels, weights).map((r) => [r.id, r]));
        for (const { id, row } of outside) {
          const f = job.company(row, vintage, weights);
          const cross = statOf.get(id)!;
          expect(f.id).toBe(id);
          expect(f.ego).toBe(false);
          expect(f.division).toBe(toVintage(fullGraph.getNodeAttribute(id, "division"), vintage));
          expect([f.degree, f.inDegree, f.outDegree]).toEqual([fullGraph.degree(id), fullGraph.inDegree(id), fullGraph.outDegree(id)]);
          expect([f.crossLinks, f.crossPartners, f.crossWeight, f.partnerDivisions]).toEqual([cross.cross.all.links, cross.cross.all.partners, cross.cross.all.weight, cross.partnerDivisions]);
          expect([f.rank, f.score, f.companies]).toEqual([ranked.get(id)!.rank, ranked.get(id)!.score, fullGraph.order]);
        }
      }
    }
  });
});

describe("summary mode: the filter panel counts the nation", () => {
  it("has the full data's total, kept links, division and link-type options, cross-only count and year bars", async () => {
    const { summary } = await bundle;
    for (const vintage of VINTAGES) {
      for (const patch of [...FILTERS, { divisions: ["KR-11", "KR-26"], divisionRole: "buyer" as const, yearFrom: 2022 }]) {
        const filter = { ...NO_FILTER, ...patch };
        const got = summaryFacetCounts(summary, filter, vintage);
        const expected = filterCounts(fullGraph, filter, vintage);
        const label = `${vintage} ${JSON.stringify(patch)}`;
        expect(got.totals, label).toEqual({ links: expected.totals.links, linksKept: expected.totals.linksKept });
        expect(got.divisions, label).toEqual(expected.divisions.map(({ companies: _c, ...o }) => o));
        expect(got.linkTypes, label).toEqual(expected.linkTypes);
        expect(got.crossLinks, label).toBe(expected.crossLinks);
        expect(got.years, label).toEqual(yearHistogram(fullGraph, filter, vintage));
      }
    }
  });
});
