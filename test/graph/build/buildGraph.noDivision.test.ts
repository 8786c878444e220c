// Companies without a division (model/types.ts NO_DIVISION) are kept in the graph but are in
// no division: no flow, no cross-division link, no division's count, wherever it is counted.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { flowsOfDataset, flowsOfGraph, flowsOfRows } from "../../../src/graph/flows/divisionFlows.ts";
import { compileFilter } from "../../../src/graph/filters/compile.ts";
import { computeCrossRegional } from "../../../src/graph/metrics/computeMetrics.ts";
import { companyProfile } from "../../../src/graph/flows/partners.ts";
import { singleSupplierDivisions } from "../../../src/graph/resilience/singleSupplierDivisions.ts";
import { divisionProfile } from "../../../src/graph/profiles/divisionProfile.ts";
import { hasDivision, isCrossDivision, NO_DIVISION } from "../../../src/model/types.ts";
import { divisionLabel } from "../../../src/regions/divisions.ts";
import { divisionColor, NO_DIVISION_COLOR } from "../../../src/style/palette.ts";
import { filterOf } from "../filters/fixture.ts";
import { company, dataset, link } from "../helpers.ts";

// s (Seoul) supplies b (Busan) and x (no division); y (no division) supplies x and s.
const data = dataset(
  [company("s", "KR-11"), company("b", "KR-26"), company("x", NO_DIVISION), company("y", NO_DIVISION)],
  [link("1", "s", "b"), link("2", "s", "x", "sales"), link("3", "y", "x"), link("4", "y", "s", "technology")],
);
const graph = buildGraph(data, { positions: new Map() });

describe("companies without a division", () => {
  it("are one clear value in the model", () => {
    expect(hasDivision(NO_DIVISION)).toBe(false);
    expect(hasDivision("KR-11")).toBe(true);
    expect(isCrossDivision("KR-11", "KR-26")).toBe(true);
    expect(isCrossDivision("KR-11", NO_DIVISION)).toBe(false);
    expect(isCrossDivision(NO_DIVISION, NO_DIVISION)).toBe(false);
    expect(divisionLabel(NO_DIVISION, "ko")).toBe("시도 없음");
    expect(divisionLabel(NO_DIVISION, "en", "full")).toBe("No division");
  });

  it("form no flow and no division total, in every aggregation", () => {
    for (const matrix of [flowsOfDataset(data, "2023"), flowsOfGraph(graph, "2023"), flowsOfRows(graph, "2026-07", () => true)]) {
      expect(matrix.flows.map((f) => [f.from, f.to, f.count])).toEqual([["KR-11", "KR-26", 1]]);
      expect(matrix.divisions).not.toContain(NO_DIVISION);
      expect(matrix.totals[NO_DIVISION]).toBeUndefined();
      // Every link is counted (the status line's total), only the placed one crosses.
      expect(matrix.links).toBe(4);
      expect(matrix.crossLinks).toBe(1);
    }
  });

  it("never make a link cross-division: edges, the cross-only filter, metrics and partners", () => {
    const ends = (e: string) => graph.extremities(e).join(">");
    expect(graph.mapEdges((e, a) => [ends(e), a.cross]).sort()).toEqual([["s>b", true], ["s>x", false], ["y>s", false], ["y>x", false]]);
    const { keepEdge } = compileFilter(graph, filterOf({ crossOnly: true }), "2023");
    expect(graph.filterEdges((e, a) => keepEdge(e, a)).map(ends)).toEqual(["s>b"]);
    const cross = Object.fromEntries(computeCrossRegional(graph, "2023").map((m) => [m.id, [m.cross.all.links, m.partnerDivisions]]));
    expect(cross).toEqual({ s: [1, 1], b: [1, 1], x: [0, 0], y: [0, 0] });
    const profile = companyProfile(graph, "s")!;
    expect([profile.partners, profile.partnersElsewhere]).toEqual([3, 1]);
  });

  it("are left out of division profiles and single-supplier dependence", () => {
    expect(singleSupplierDivisions(graph, "2023").map((d) => [d.division, d.supplierDivision])).toEqual([["KR-26", "KR-11"]]);
    const seoul = divisionProfile(graph, "KR-11", "2023");
    expect(seoul.companies.map((c) => [c.id, c.crossLinks])).toEqual([["s", 1]]);
  });

  it("are drawn in a grey no division has", () => {
    expect(graph.getNodeAttribute("x", "color")).toBe(NO_DIVISION_COLOR);
    expect(NO_DIVISION_COLOR).not.toBe(divisionColor("KR-50"));
  });
});
