// Summary mode's flows come from the summary bundle and equal what the app computes from the
// full data: the map, choropleth and matrix show the nation, not the ego networks the graph holds.
import { describe, expect, it } from "vitest";
import { createDerived } from "../../src/app/derived.ts";
import { createAtlasStore } from "../../src/state/store.ts";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { flowsOfGraph } from "../../src/graph/flows/divisionFlows.ts";
import { compileFilter } from "../../src/graph/filters/compile.ts";
import { NO_FILTER, type FilterState } from "../../src/graph/filters/types.ts";
import { readFilesWithSnapshots } from "../../src/io/read/readFiles.ts";
import type { SummaryData } from "../../src/graph/summary/columns.ts";
import { VINTAGES } from "../../src/model/types.ts";
import { regionScale } from "../../src/model/scale.ts";
import type { FlowMatrix } from "../../src/model/flows.ts";
import { MUNICIPALITIES } from "../../src/regions/municipalities.ts";
import { bundleOf, syntheticDataset } from "../io/summaryHelpers.ts";

const full = syntheticDataset(400, 2500, 11);
const fullGraph = buildGraph(full, { positions: new Map() });

async function opened(dataset = full) {
  const made = await bundleOf(dataset, 4);
  const { dataset: ego, snapshots } = readFilesWithSnapshots([{ name: "national.zip", bytes: made.zip }]);
  const summary = snapshots[0]!.summary as SummaryData;
  const graph = buildGraph(ego, { positions: new Map() });
  const derived = createDerived();
  derived.seedSummary(graph, summary);
  const store = createAtlasStore();
  store.getState().setData(ego, graph, summary);
  return { derived, store, graph, ego };
}

/** The parts of a matrix the screen reads. */
const shape = (m: FlowMatrix) => ({ divisions: m.divisions, flows: m.flows, internal: m.internal, totals: m.totals, links: m.links, crossLinks: m.crossLinks });

describe("app/derived in summary mode", () => {
  it("draws the nation's flows and totals for every vintage, not the ego graph's", async () => {
    const { derived, store, graph } = await opened();
    expect(graph.size).toBeLessThan(fullGraph.size);
    for (const vintage of VINTAGES) {
      expect(shape(derived.flowMatrix(graph, vintage))).toEqual(shape(flowsOfGraph(fullGraph, vintage)));
    }
    expect(derived.allMatrices(graph, "2023").map(shape)).toEqual(VINTAGES.map((v) => shape(flowsOfGraph(fullGraph, v))));
    store.getState().setVintage("2026-07");
    const s = store.getState();
    expect(shape(derived.visibleMatrix(s)!)).toEqual(shape(flowsOfGraph(fullGraph, s.vintage)));
  });

  it("rolls the nation's division flows up to the super-regions and economic regions, as the full data gives them", async () => {
    const { derived, store, graph } = await opened();
    for (const level of ["super-region", "economic-region"] as const) {
      for (const vintage of VINTAGES) {
        const scale = regionScale(level, vintage);
        expect(shape(derived.flowMatrix(graph, scale))).toEqual(shape(flowsOfGraph(fullGraph, scale)));
      }
    }
    store.getState().setRegionLevel("super-region");
    const s = store.getState();
    expect(shape(derived.visibleMatrix(s)!)).toEqual(shape(flowsOfGraph(fullGraph, "super-region@2023")));
  });

  it("applies the link-type, year, division and cross-only filters to the summary's rows as the app applies them to links", async () => {
    const { derived, store } = await opened();
    const filters: Array<Partial<FilterState>> = [
      { linkTypes: ["production", "technology"] },
      { yearFrom: 2021, yearTo: 2023 },
      { yearFrom: 2022 },
      { divisions: ["KR-11"], divisionRole: "supplier" },
      { divisions: ["KR-26", "KR-41"], divisionRole: "both" },
      { crossOnly: true, linkTypes: ["sales"] },
    ];
    for (const patch of filters) {
      store.getState().resetFilter();
      store.getState().setFilter(patch);
      const s = store.getState();
      const filter = { ...NO_FILTER, ...patch };
      const compiled = compileFilter(fullGraph, filter, s.vintage);
      const expected = flowsOfGraph(fullGraph, s.vintage, compiled.keepEdge);
      const got = derived.visibleMatrix(s)!;
      // Company counts are the division's companies whatever the filter, as for a full graph.
      expect({ flows: got.flows, internal: got.internal, links: got.links, crossLinks: got.crossLinks }, JSON.stringify(patch))
        .toEqual({ flows: expected.flows, internal: expected.internal, links: expected.links, crossLinks: expected.crossLinks });
    }
  });
});

describe("app/derived in summary mode at the municipality level", () => {
  it("draws the nation's 시군구 flows from the bundle's place table, as the full data gives them", async () => {
    // Two companies in three placed in a 시군구 of their division; the rest stay at their division.
    const placed = {
      ...full,
      companies: full.companies.map((c, i) => {
        const here = MUNICIPALITIES.filter((m) => m.division === c.division);
        return i % 3 === 2 || here.length === 0 ? c : { ...c, municipalityCode: here[i % here.length]!.code };
      }),
    };
    const placedGraph = buildGraph(placed, { positions: new Map() });
    const { derived, store } = await opened(placed);
    store.getState().setRegionLevel("municipality");
    // Flows on purpose: on auto the national view rolls municipalities up to their provinces.
    store.getState().setLevel("divisions");
    const sorted = (m: FlowMatrix) => ({ ...shape(m), divisions: [...m.divisions].sort(), flows: [...m.flows].sort((a, b) => (a.from + a.to < b.from + b.to ? -1 : 1)) });
    for (const vintage of VINTAGES) {
      store.getState().setVintage(vintage);
      const s = store.getState();
      const got = derived.visibleMatrix(s)!;
      expect(sorted(got)).toEqual(sorted(flowsOfGraph(placedGraph, regionScale("municipality", vintage))));
      expect(got.flows.filter((f) => !f.from.startsWith("KR-")).length).toBeGreaterThan(100);
    }
  });
});

