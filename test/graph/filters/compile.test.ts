import { describe, expect, it } from "vitest";
import { compileFilter } from "../../../src/graph/filters/compile.ts";
import type { FilterState } from "../../../src/graph/filters/types.ts";
import { divisionsOf } from "../../../src/regions/divisions.ts";
import type { Vintage } from "../../../src/model/types.ts";
import { filterOf, fixtureGraph } from "./fixture.ts";

const graph = fixtureGraph();

function kept(changes: Partial<FilterState>, vintage: Vintage = "2023"): string[] {
  const { keepEdge } = compileFilter(graph, filterOf(changes), vintage);
  return graph.filterEdges((edge, attributes) => keepEdge(edge, attributes)).sort();
}

describe("graph/filters compileFilter", () => {
  it("keeps everything without a filter and says so", () => {
    const c = compileFilter(graph, filterOf(), "2023");
    expect(c.isEmpty).toBe(true);
    expect(kept({})).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(graph.nodes().every(c.keepNode)).toBe(true);
  });

  it("link types", () => {
    expect(kept({ linkTypes: ["production"] })).toEqual(["1", "4", "6"]);
    expect(kept({ linkTypes: ["production", "technology"] })).toEqual(["1", "2", "4", "5", "6"]);
    // All four types drop nothing.
    expect(compileFilter(graph, filterOf({ linkTypes: ["technology", "production", "sales", "other"] }), "2023").isEmpty).toBe(true);
  });

  it("industries with role both: a link needs both ends, companies without one fail", () => {
    const both = { companyRole: "both" } as const;
    const c = compileFilter(graph, filterOf({ industries: ["batteries"], ...both }), "2023");
    expect(graph.filterNodes((n) => c.keepNode(n)).sort()).toEqual(["a1", "g1", "j1"]);
    expect(kept({ industries: ["batteries"], ...both })).toEqual(["1", "2", "3"]);
    expect(kept({ industries: ["chips"], ...both })).toEqual(["5"]);
    // b2 has no industry, so listing both industries still drops link 7.
    expect(kept({ industries: ["batteries", "chips"], ...both })).toEqual(["1", "2", "3", "4", "5", "6", "8"]);
    expect(compileFilter(graph, filterOf({ industries: ["batteries", "chips"] }), "2023").isEmpty).toBe(false);
  });

  it("tiers with role both, with none for untiered companies", () => {
    const both = { companyRole: "both" } as const;
    expect(kept({ tiers: ["super-regional"], ...both })).toEqual(["8"]);
    expect(kept({ tiers: ["none"], ...both })).toEqual([]);
    expect(kept({ tiers: ["super-regional", "none"], ...both })).toEqual(["4", "5", "6", "7", "8"]);
    const c = compileFilter(graph, filterOf({ tiers: ["none"], ...both }), "2023");
    expect(graph.filterNodes((n) => c.keepNode(n)).sort()).toEqual(["a2", "b2", "j1"]);
    // Every tier of the data selected drops nothing.
    expect(compileFilter(graph, filterOf({ tiers: ["super-regional", "regional-innovation", "none"] }), "2023").isEmpty).toBe(true);
  });

  it("tiers and industries by role: either end is the default, and a kept link keeps both its companies", () => {
    const nodes = (changes: Partial<FilterState>) => {
      const c = compileFilter(graph, filterOf(changes), "2023");
      return graph.filterNodes((n) => c.keepNode(n)).sort();
    };
    const sr = { tiers: ["super-regional"] };
    // Super-regional: a1 and b1. Links touching one: 1, 4, 5, 6, 7, 8.
    expect(kept(sr)).toEqual(["1", "4", "5", "6", "7", "8"]);
    expect(nodes(sr)).toEqual(["a1", "a2", "b1", "b2", "g1", "j1"]);
    expect(kept({ ...sr, companyRole: "supplier" })).toEqual(["1", "5", "8"]);
    expect(nodes({ ...sr, companyRole: "supplier" })).toEqual(["a1", "a2", "b1", "g1"]);
    expect(kept({ ...sr, companyRole: "buyer" })).toEqual(["4", "6", "7", "8"]);
    expect(nodes({ ...sr, companyRole: "buyer" })).toEqual(["a1", "a2", "b1", "b2", "j1"]);
    expect(kept({ ...sr, companyRole: "both" })).toEqual(["8"]);
    expect(nodes({ ...sr, companyRole: "both" })).toEqual(["a1", "b1"]);
    // Chips companies a2 and b1; tier and industry must hold for the same company (b1 only).
    expect(kept({ industries: ["chips"] })).toEqual(["4", "5", "6", "7", "8"]);
    expect(kept({ ...sr, industries: ["chips"] })).toEqual(["5", "6", "7", "8"]);
  });

  it("divisions with role both keep links inside the selection", () => {
    expect(kept({ divisions: ["KR-26"], divisionRole: "both" })).toEqual(["7"]);
    expect(kept({ divisions: ["KR-11", "KR-26"], divisionRole: "both" })).toEqual(["4", "5", "7", "8"]);
  });

  it("divisions by role; divisions never hide companies", () => {
    expect(kept({ divisions: ["KR-26"], divisionRole: "supplier" })).toEqual(["5", "7"]);
    expect(kept({ divisions: ["KR-26"], divisionRole: "buyer" })).toEqual(["6", "7", "8"]);
    expect(kept({ divisions: ["KR-26"], divisionRole: "either" })).toEqual(["5", "6", "7", "8"]);
    expect(kept({ divisions: ["KR-29"], divisionRole: "supplier" })).toEqual(["2"]);
    expect(kept({ divisions: ["KR-29"], divisionRole: "buyer" })).toEqual(["1", "3"]);
    expect(kept({ divisions: ["KR-11", "KR-29"], divisionRole: "buyer" })).toEqual(["1", "3", "4", "5"]);
    const c = compileFilter(graph, filterOf({ divisions: ["KR-26"] }), "2023");
    expect(graph.nodes().every(c.keepNode)).toBe(true);
    const all = divisionsOf("2023").map((d) => d.code);
    expect(compileFilter(graph, filterOf({ divisions: all, divisionRole: "supplier" }), "2023").isEmpty).toBe(true);
  });

  it("reads divisions in the vintage: KR-GJN holds Gwangju and Jeonnam in 2026-07", () => {
    expect(kept({ divisions: ["KR-GJN"], divisionRole: "supplier" }, "2026-07")).toEqual(["2", "3", "6"]);
    // A code chosen under the other vintage selects the division that shows it.
    expect(kept({ divisions: ["KR-29"], divisionRole: "supplier" }, "2026-07")).toEqual(["2", "3", "6"]);
    expect(kept({ divisions: ["KR-GJN"], divisionRole: "supplier" }, "2023")).toEqual(["2", "3", "6"]);
    expect(kept({ divisions: ["KR-99"] })).toEqual([]);
  });

  it("cross only follows the vintage", () => {
    expect(kept({ crossOnly: true })).toEqual(["1", "2", "3", "5", "6", "8"]);
    expect(kept({ crossOnly: true }, "2026-07")).toEqual(["1", "5", "6", "8"]);
  });

  it("year range is inclusive; undated links only while both ends are open", () => {
    expect(kept({ yearFrom: 2021 })).toEqual(["2", "3", "6", "7", "8"]);
    expect(kept({ yearTo: 2020 })).toEqual(["1", "5"]);
    expect(kept({ yearFrom: 2022, yearTo: 2022 })).toEqual(["3", "8"]);
    expect(kept({ yearFrom: 2019, yearTo: 2030 })).toEqual(["1", "2", "3", "5", "6", "7", "8"]);
    expect(kept({ yearFrom: 2024 })).toEqual([]);
  });

  it("minimum weight; a link without weight counts as 0", () => {
    expect(kept({ minWeight: 8 })).toEqual(["1", "5", "6", "8"]);
    expect(kept({ minWeight: 0.5 })).toEqual(["1", "2", "4", "5", "6", "7", "8"]);
    expect(kept({ minWeight: 0 })).toHaveLength(8);
    expect(compileFilter(graph, filterOf({ minWeight: -3 }), "2023").isEmpty).toBe(true);
  });

  it("combines every rule", () => {
    expect(kept({ industries: ["batteries", "chips"], companyRole: "both", linkTypes: ["production", "sales"], crossOnly: true }, "2026-07")).toEqual(["1", "6", "8"]);
    expect(kept({ divisions: ["KR-11"], yearFrom: 2020, yearTo: 2021, minWeight: 5 })).toEqual(["1", "5"]);
    expect(kept({ divisions: ["KR-GJN"], divisionRole: "either", tiers: ["none", "regional-innovation"], companyRole: "both", crossOnly: true }, "2026-07")).toEqual([]);
    expect(kept({ divisions: ["KR-GJN"], divisionRole: "either", tiers: ["none", "regional-innovation"], companyRole: "both" }, "2026-07")).toEqual(["2", "3"]);
  });

  it("plugs into KeepEdge consumers and stays consistent for companies it never saw", async () => {
    const { flowsOfGraph } = await import("../../../src/graph/flows/divisionFlows.ts");
    const { keepEdge } = compileFilter(graph, filterOf({ linkTypes: ["production"], crossOnly: true }), "2023");
    const flows = flowsOfGraph(graph, "2023", keepEdge);
    expect(flows.flows.map((f) => `${f.from}>${f.to}`).sort()).toEqual(["KR-11>KR-29", "KR-46>KR-26"]);
    const copy = graph.copy();
    const c = compileFilter(copy, filterOf({ industries: ["chips"] }), "2023");
    copy.addNode("late", { ...copy.getNodeAttributes("a2") });
    copy.addDirectedEdgeWithKey("9", "late", "a2", { ...copy.getEdgeAttributes("5") });
    expect(c.keepNode("late")).toBe(false);
    expect(c.keepEdge("9", copy.getEdgeAttributes("9"))).toBe(false);
    expect(compileFilter(copy, filterOf({ linkTypes: ["technology"] }), "2023").keepNode("nobody")).toBe(true);
  });
  it("gives the same answers whatever order callers ask in", () => {
    const filter = filterOf({ divisions: ["KR-26"], linkTypes: ["production", "other", "technology"] });
    const expected = kept({ divisions: ["KR-26"], linkTypes: ["production", "other", "technology"] });
    expect(expected).toEqual(["5", "6", "7"]);
    const { keepEdge } = compileFilter(graph, filter, "2023");
    const ask = (edges: string[]) => edges.filter((e) => keepEdge(e, graph.getEdgeAttributes(e))).sort();
    expect(ask(graph.edges().reverse())).toEqual(expected);
    expect(ask(["7", "7", "5", "1", "6", "6"])).toEqual(["5", "6", "6", "7", "7"]);
    expect(ask(graph.nodes().flatMap((n) => graph.inEdges(n)))).toEqual(expected);
    expect(ask(graph.edges())).toEqual(expected);
  });

  it("sees links and companies added or dropped before it is compiled again", () => {
    const copy = graph.copy();
    const filter = filterOf({ divisions: ["KR-26"], divisionRole: "buyer" });
    const keptIn = (g: typeof graph) => {
      const { keepEdge } = compileFilter(g, filter, "2023");
      return g.filterEdges(keepEdge).sort();
    };
    expect(keptIn(copy)).toEqual(["6", "7", "8"]);
    copy.dropEdge("8");
    copy.addNode("b3", { ...copy.getNodeAttributes("b2") });
    copy.addDirectedEdgeWithKey("9", "a2", "b3", { ...copy.getEdgeAttributes("4") });
    expect(keptIn(copy)).toEqual(["6", "7", "9"]);
    copy.dropNode("b1");
    expect(keptIn(copy)).toEqual(["9"]);
  });
});
