import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import {
  aggregateFlows,
  companiesPerDivision,
  flowInputsOfDataset,
  flowInputsOfGraph,
  flowsOfDataset,
  flowsOfGraph,
  vintageChange,
} from "../../../src/graph/flows/divisionFlows.ts";
import type { Flow, FlowMatrix } from "../../../src/model/flows.ts";
import { LINK_TYPES, type Dataset, type LinkType } from "../../../src/model/types.ts";
import { MERGED_CODE } from "../../../src/regions/divisions.ts";
import { HAND, readSample } from "../flowsFixture.ts";
import { company, dataset, link } from "../helpers.ts";

const pairs = (m: FlowMatrix) => m.flows.map((f) => `${f.from}>${f.to} ${f.count} ${f.weight}`);
const MEMBERS = ["KR-29", "KR-46"];
const touchesMerger = (f: Flow) => MEMBERS.includes(f.from) || MEMBERS.includes(f.to);

/** Count and weight per link type straight from the dataset, for the conservation checks. */
function linkTotals(ds: Dataset) {
  const out = Object.fromEntries(LINK_TYPES.map((t) => [t, { count: 0, weight: 0 }])) as Record<LinkType, { count: number; weight: number }>;
  for (const l of ds.links) {
    out[l.type].count++;
    out[l.type].weight += l.weight ?? 0;
  }
  return out;
}

function matrixTotals(m: FlowMatrix) {
  const out = Object.fromEntries(LINK_TYPES.map((t) => [t, { count: 0, weight: 0 }])) as Record<LinkType, { count: number; weight: number }>;
  for (const cell of [...m.flows, ...Object.values(m.internal)]) {
    for (const t of LINK_TYPES) {
      out[t].count += cell!.byType[t].count;
      out[t].weight += cell!.byType[t].weight;
    }
  }
  return out;
}

describe("graph/flows on a dataset worked out by hand", () => {
  const y2023 = flowsOfDataset(HAND, "2023");
  const y2026 = flowsOfDataset(HAND, "2026-07");

  it("splits links into flows and internal cells, largest flow first", () => {
    expect(y2023).toMatchObject({ vintage: "2023", links: 10, crossLinks: 8 });
    expect(pairs(y2023)).toEqual([
      "KR-11>KR-26 2 12",
      "KR-29>KR-46 1 20",
      "KR-29>KR-11 1 8",
      "KR-46>KR-29 1 3",
      "KR-46>KR-11 1 2",
      "KR-27>KR-29 1 1",
      "KR-26>KR-11 1 0",
    ]);
    expect(y2023.flows[0]!.byType).toEqual({
      technology: { count: 1, weight: 5 },
      production: { count: 1, weight: 7 },
      sales: { count: 0, weight: 0 },
      other: { count: 0, weight: 0 },
    });
    expect(Object.keys(y2023.internal).sort()).toEqual(["KR-11", "KR-46"]);
    expect(y2023.internal["KR-46"]).toMatchObject({ count: 1, weight: 4, byType: { sales: { count: 1, weight: 4 } } });
    expect(y2023.flows.some((f) => f.from === f.to)).toBe(false);
  });

  it("gives every division its totals, with crossShare and partner divisions", () => {
    expect(y2023.divisions).toHaveLength(17);
    expect(Object.keys(y2023.totals)).toHaveLength(17);
    expect(y2023.totals["KR-11"]).toEqual({
      division: "KR-11",
      companies: 2,
      outgoing: { count: 2, weight: 12 },
      incoming: { count: 3, weight: 10 },
      internal: { count: 1, weight: 10 },
      partnerDivisions: 3,
      crossShare: 5 / 6,
    });
    expect(y2023.totals["KR-29"]).toMatchObject({ outgoing: { count: 2, weight: 28 }, incoming: { count: 2, weight: 4 }, partnerDivisions: 3, crossShare: 1 });
    expect(y2023.totals["KR-46"]).toMatchObject({ companies: 2, partnerDivisions: 2, crossShare: 3 / 4 });
    expect(y2023.totals["KR-49"]).toMatchObject({ companies: 1, partnerDivisions: 0, crossShare: 0, internal: { count: 0, weight: 0 } });
    expect(y2023.totals["KR-41"]).toMatchObject({ companies: 0, outgoing: { count: 0, weight: 0 } });
  });

  it("in vintage 2026-07 shows 16 divisions and makes the Gwangju-Jeonnam links internal", () => {
    expect(y2026.divisions).toHaveLength(16);
    expect(y2026.divisions).toContain(MERGED_CODE);
    expect(y2026.divisions).not.toContain("KR-29");
    expect(y2026).toMatchObject({ links: 10, crossLinks: 6 });
    expect(pairs(y2026)).toEqual(["KR-11>KR-26 2 12", "KR-GJN>KR-11 2 10", "KR-27>KR-GJN 1 1", "KR-26>KR-11 1 0"]);
    expect(y2026.internal[MERGED_CODE]).toMatchObject({
      count: 3,
      weight: 27,
      byType: { technology: { count: 1, weight: 3 }, production: { count: 1, weight: 20 }, sales: { count: 1, weight: 4 } },
    });
    expect(y2026.totals[MERGED_CODE]).toEqual({
      division: MERGED_CODE,
      companies: 3,
      outgoing: { count: 2, weight: 10 },
      incoming: { count: 1, weight: 1 },
      internal: { count: 3, weight: 27 },
      partnerDivisions: 2,
      crossShare: 0.5,
    });
    // Seoul's numbers stay; only its partners Gwangju and Jeonnam became one.
    expect(y2026.totals["KR-11"]).toEqual({ ...y2023.totals["KR-11"], partnerDivisions: 2 });
  });

  it("reports what the vintage switch changed, both ways", () => {
    const change = vintageChange(y2023, y2026);
    expect(change).toMatchObject({
      from: "2023",
      to: "2026-07",
      crossToInternal: 2,
      crossLinksBefore: 8,
      crossLinksAfter: 6,
      divisionsBefore: 17,
      divisionsAfter: 16,
    });
    expect(change.mergedFlows.map((f) => `${f.from}>${f.to}`)).toEqual(["KR-29>KR-46", "KR-46>KR-29"]);
    const back = vintageChange(y2026, y2023);
    expect(back).toMatchObject({ crossToInternal: -2, divisionsBefore: 16, divisionsAfter: 17 });
    expect(back.mergedFlows).toEqual(change.mergedFlows);
    expect(vintageChange(y2023, y2023)).toMatchObject({ crossToInternal: 0, mergedFlows: [] });
    expect(() => vintageChange(y2023, flowsOfDataset(dataset(HAND.companies, HAND.links.slice(1)), "2026-07"))).toThrow(/^graph\/flows: /);
  });

  it("gives the same matrix from the inputs, the dataset and the graph", () => {
    const graph = buildGraph(HAND, { positions: new Map() });
    for (const vintage of ["2023", "2026-07"] as const) {
      const fromInputs = aggregateFlows(flowInputsOfDataset(HAND), companiesPerDivision(HAND), vintage);
      expect(fromInputs).toEqual(flowsOfDataset(HAND, vintage));
      expect(flowsOfGraph(graph, vintage)).toEqual(fromInputs);
      expect(aggregateFlows(flowInputsOfGraph(graph), companiesPerDivision(graph), vintage)).toEqual(fromInputs);
    }
    // A plain record of company counts works as well as a Map.
    expect(aggregateFlows(flowInputsOfDataset(HAND), Object.fromEntries(companiesPerDivision(HAND)), "2023")).toEqual(y2023);
  });

  it("applies an edge filter to flows but not to company counts", () => {
    const graph = buildGraph(HAND, { positions: new Map() });
    const production = flowsOfGraph(graph, "2023", (_e, attrs) => attrs.linkType === "production");
    expect(production).toMatchObject({ links: 5, crossLinks: 4 });
    expect(pairs(production)).toEqual(["KR-29>KR-46 1 20", "KR-29>KR-11 1 8", "KR-11>KR-26 1 7", "KR-46>KR-11 1 2"]);
    expect(production.totals["KR-11"]!.companies).toBe(2);
  });

  it("skips dangling links, counts unknown types as other and keeps unknown divisions", () => {
    const odd = dataset(
      [company("a", "KR-11"), company("x", "XX-1")],
      [link("1", "a", "ghost"), link("2", "a", "x", "weird" as LinkType, { weight: Number.NaN })],
    );
    const m = flowsOfDataset(odd, "2023");
    expect(m.links).toBe(1);
    expect(m.divisions).toHaveLength(18);
    expect(m.divisions.at(-1)).toBe("XX-1");
    expect(m.flows).toEqual([
      expect.objectContaining({ from: "KR-11", to: "XX-1", count: 1, weight: 0, byType: expect.objectContaining({ other: { count: 1, weight: 0 } }) }),
    ]);
    expect(m.totals["XX-1"]).toMatchObject({ companies: 1, incoming: { count: 1, weight: 0 } });
  });

  it("survives more unknown divisions than the registry has (the cell arrays grow)", () => {
    const inputs = Array.from({ length: 40 }, (_, i) => ({ sourceDivision: `U${i}`, targetDivision: "KR-11", type: "sales" as const, weight: i }));
    const m = aggregateFlows([...inputs, { sourceDivision: "KR-11", targetDivision: "KR-26", type: "sales" }], {}, "2023");
    expect(m.divisions).toHaveLength(57);
    expect(m.crossLinks).toBe(41);
    expect(m.flows.find((f) => f.from === "U39")).toMatchObject({ to: "KR-11", count: 1, weight: 39 });
    expect(m.flows.find((f) => f.from === "KR-11")).toMatchObject({ to: "KR-26", count: 1 });
    expect(m.totals["KR-11"]).toMatchObject({ incoming: { count: 40, weight: 780 }, partnerDivisions: 41 });
  });

  it("handles an empty dataset", () => {
    const m = flowsOfDataset(dataset([], []), "2026-07");
    expect(m).toMatchObject({ links: 0, crossLinks: 0, flows: [], internal: {} });
    expect(m.divisions).toHaveLength(16);
    expect(m.totals["KR-GJN"]).toMatchObject({ companies: 0, crossShare: 0 });
  });
});

describe("graph/flows on the sample data", () => {
  const sample = readSample();
  const y2023 = flowsOfDataset(sample, "2023");
  const y2026 = flowsOfDataset(sample, "2026-07");

  it("conserves links: flows + internal equal the link totals by type, in both vintages", () => {
    expect(sample.links.length).toBeGreaterThan(300);
    const expected = linkTotals(sample);
    for (const m of [y2023, y2026]) {
      expect(matrixTotals(m)).toEqual(expected);
      expect(m.links).toBe(sample.links.length);
      expect(m.flows.reduce((n, f) => n + f.count, 0)).toBe(m.crossLinks);
    }
    expect(y2023.crossLinks).toBe(sample.report.crossProvinceLinks);
    const totals = Object.values(y2023.totals);
    expect(totals.reduce((n, d) => n + d.outgoing.count, 0)).toBe(y2023.crossLinks);
    expect(totals.reduce((n, d) => n + d.incoming.count, 0)).toBe(y2023.crossLinks);
    expect(totals.reduce((n, d) => n + d.companies, 0)).toBe(sample.companies.length);
  });

  it("moves exactly the Gwangju-Jeonnam links to internal and leaves every other number equal", () => {
    const between = y2023.flows.filter((f) => MEMBERS.includes(f.from) && MEMBERS.includes(f.to));
    const moved = between.reduce((n, f) => n + f.count, 0);
    expect(moved).toBeGreaterThan(0);
    expect(vintageChange(y2023, y2026)).toMatchObject({ crossToInternal: moved, mergedFlows: between });

    // Flows that do not touch the merger are identical, in the same relative order.
    expect(y2026.flows.filter((f) => f.from !== MERGED_CODE && f.to !== MERGED_CODE)).toEqual(y2023.flows.filter((f) => !touchesMerger(f)));
    // Flows that touch it merge by summing, type by type.
    const merged = (code: string) => (MEMBERS.includes(code) ? MERGED_CODE : code);
    const expected = new Map<string, Flow>();
    for (const f of y2023.flows.filter(touchesMerger)) {
      if (merged(f.from) === merged(f.to)) continue;
      const key = `${merged(f.from)}>${merged(f.to)}`;
      const into = expected.get(key) ?? { from: merged(f.from), to: merged(f.to), count: 0, weight: 0, byType: Object.fromEntries(LINK_TYPES.map((t) => [t, { count: 0, weight: 0 }])) as Flow["byType"] };
      into.count += f.count;
      into.weight += f.weight;
      for (const t of LINK_TYPES) {
        into.byType[t].count += f.byType[t].count;
        into.byType[t].weight += f.byType[t].weight;
      }
      expected.set(key, into);
    }
    const actual = y2026.flows.filter((f) => f.from === MERGED_CODE || f.to === MERGED_CODE);
    expect(new Map(actual.map((f) => [`${f.from}>${f.to}`, f]))).toEqual(expected);

    // Internal cells: the others unchanged, the merged one the sum of both plus the moved links.
    for (const code of y2023.divisions.filter((c) => !MEMBERS.includes(c))) {
      expect(y2026.internal[code]).toEqual(y2023.internal[code]);
      const { partnerDivisions: _a, ...before } = y2023.totals[code]!;
      const { partnerDivisions: _b, ...after } = y2026.totals[code]!;
      expect(after).toEqual(before);
    }
    const own = (code: string) => y2023.internal[code]?.count ?? 0;
    expect(y2026.internal[MERGED_CODE]!.count).toBe(own("KR-29") + own("KR-46") + moved);
    expect(y2026.totals[MERGED_CODE]!.companies).toBe(y2023.totals["KR-29"]!.companies + y2023.totals["KR-46"]!.companies);
  });

  it("agrees with the graph the app builds", () => {
    const graph = buildGraph(sample, { positions: new Map() });
    expect(flowsOfGraph(graph, "2023")).toEqual(y2023);
    expect(flowsOfGraph(graph, "2026-07")).toEqual(y2026);
  });
});
