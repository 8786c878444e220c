// keepEdge, filterCounts and yearHistogram against a plain reading of the FilterState
// comments, on random filters: the fast paths must agree with the obvious one.
import { describe, expect, it } from "vitest";
import { compileFilter } from "../../../src/graph/filters/compile.ts";
import { filterCounts } from "../../../src/graph/filters/counts.ts";
import { yearHistogram } from "../../../src/graph/filters/histogram.ts";
import type { EndRole, FilterState } from "../../../src/graph/filters/types.ts";
import type { SupplyGraph } from "../../../src/graph/types.ts";
import { Random } from "../../../src/geo/random.ts";
import type { Vintage } from "../../../src/model/types.ts";
import { toVintage } from "../../../src/regions/divisions.ts";
import { syntheticGraph } from "../../../scripts/lib/syntheticDataset.ts";
import { fixtureGraph, randomFilter } from "./fixture.ts";
import { graphIndex } from "../../../src/graph/filters/graphIndex.ts";
import { flowsOfGraph, flowsOfRows } from "../../../src/graph/flows/divisionFlows.ts";
import { visibility } from "../../../src/graph/filters/visibility.ts";
import { NO_FILTER } from "../../../src/graph/filters/types.ts";

function byEnds(role: EndRole, s: boolean, t: boolean): boolean {
  return role === "supplier" ? s : role === "buyer" ? t : role === "both" ? s && t : s || t;
}

function reference(graph: SupplyGraph, f: FilterState, vintage: Vintage, ignoreYears = false) {
  const divisions = new Set(f.divisions);
  const companyOk = (node: string) => {
    const { industry, tier } = graph.getNodeAttribute(node, "company");
    return (f.industries.length === 0 || (industry !== undefined && f.industries.includes(industry))) && (f.tiers.length === 0 || f.tiers.includes(tier ?? "none"));
  };
  return (edge: string): boolean => {
    const a = graph.getEdgeAttributes(edge);
    const s = toVintage(graph.getNodeAttribute(graph.source(edge), "division"), vintage);
    const t = toVintage(graph.getNodeAttribute(graph.target(edge), "division"), vintage);
    const byRole = byEnds(f.divisionRole, divisions.has(s), divisions.has(t));
    const byCompany = byEnds(f.companyRole, companyOk(graph.source(edge)), companyOk(graph.target(edge)));
    const open = f.yearFrom === null && f.yearTo === null;
    const inYears = a.year === undefined ? open : (f.yearFrom === null || a.year >= f.yearFrom) && (f.yearTo === null || a.year <= f.yearTo);
    return (
      byCompany &&
      (divisions.size === 0 || byRole) &&
      (f.linkTypes.length === 0 || f.linkTypes.includes(a.linkType)) &&
      (ignoreYears || inYears) &&
      (a.weight ?? 0) >= f.minWeight &&
      (!f.crossOnly || s !== t)
    );
  };
}


function synthetic(): SupplyGraph {
  return syntheticGraph(400, 3000, 11);
}

describe("graph/filters agree with a plain reading of the contract", () => {
  for (const [name, make] of [
    ["fixture", fixtureGraph],
    ["synthetic 400/3000", synthetic],
  ] as const) {
    it(name, () => {
      const graph = make();
      const industries = [...new Set(graph.mapNodes((_n, a) => a.company.industry ?? ""))].filter(Boolean);
      const rng = Random.fromString(name);
      for (let i = 0; i < 60; i++) {
        const vintage: Vintage = i % 2 ? "2026-07" : "2023";
        const filter = randomFilter(rng, vintage, industries);
        const expected = graph.filterEdges(reference(graph, filter, vintage));
        const { keepEdge, isEmpty } = compileFilter(graph, filter, vintage);
        expect(graph.filterEdges(keepEdge)).toEqual(expected);
        // Row by row from the columns: the same links.
        const { keepRow } = compileFilter(graph, filter, vintage);
        expect(graphIndex(graph).edges.filter((_edge, e) => keepRow(e))).toEqual(expected);
        // The division flows of what the filter keeps, through either path (with a what-if removal too).
        const removal = i % 3 === 0 ? { companies: [graph.nodes()[i]!], division: null } : null;
        const visible = visibility(graph, filter, removal, vintage);
        expect(flowsOfRows(graph, vintage, visible.keepRow)).toEqual(flowsOfGraph(graph, vintage, visible.keepEdge));
        if (isEmpty) expect(expected).toHaveLength(graph.size);
        const counts = filterCounts(graph, filter, vintage);
        expect(counts.totals.linksKept).toBe(expected.length);
        // Each type's count is what that type alone would keep.
        for (const option of counts.linkTypes) {
          const alone = graph.filterEdges(reference(graph, { ...filter, linkTypes: [option.value] }, vintage));
          expect(option.links).toBe(alone.length);
        }
        // So is each tier's, industry's and division's, by its role (two of each, at random).
        for (const key of ["tiers", "industries", "divisions"] as const) {
          for (let k = 0; k < 2; k++) {
            const option = rng.pick(counts[key]);
            const alone = graph.filterEdges(reference(graph, { ...filter, [key]: [option.value] }, vintage));
            expect(option.links, `${key} ${option.value}`).toBe(alone.length);
          }
        }
        // A kept link never loses an end to keepNode.
        const { keepNode } = compileFilter(graph, filter, vintage);
        for (const edge of expected) expect(keepNode(graph.source(edge)) && keepNode(graph.target(edge))).toBe(true);
        const years = graph.filterEdges(reference(graph, filter, vintage, true));
        const hist = yearHistogram(graph, filter, vintage);
        expect(hist.bins.reduce((sum, b) => sum + b.links, 0) + hist.undated).toBe(years.length);
      }
      // The plain reading walks every link per option: slow on a shared machine, not a speed test.
    }, 60_000);
  }
});

describe("graph/filters row by row", () => {
  it("treats a link type the readers never produce as keepEdge does, and the flows count it as other", () => {
    const graph = fixtureGraph();
    const [a, b] = graph.nodes();
    const { weight: _weight, year: _year, ...plain } = graph.getEdgeAttributes(graph.edges()[0]!);
    graph.addEdgeWithKey("odd", a!, b!, { ...plain, linkType: "licensing" as never });
    for (const filter of [{ ...NO_FILTER, linkTypes: ["production", "other"] }, { ...NO_FILTER, minWeight: 2 }, { ...NO_FILTER, yearFrom: 2021 }] as FilterState[]) {
      const { keepEdge, keepRow } = compileFilter(graph, filter, "2023");
      expect(graphIndex(graph).edges.filter((_edge, e) => keepRow(e))).toEqual(graph.filterEdges(keepEdge));
    }
    const all = visibility(graph, { ...NO_FILTER, crossOnly: false, minWeight: 0 }, { companies: [graph.nodes()[3]!], division: null }, "2023");
    expect(flowsOfRows(graph, "2023", all.keepRow)).toEqual(flowsOfGraph(graph, "2023", all.keepEdge));
  });
});
