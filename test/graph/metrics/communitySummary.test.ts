import { describe, expect, it } from "vitest";
import { summariseCommunities } from "../../../src/graph/metrics/communitySummary.ts";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { company, dataset, link } from "../helpers.ts";

describe("graph/communitySummary", () => {
  it("names each community by its most linked companies and its dominant division and industry", () => {
    const companies = [
      company("a", "KR-26", { industry: "조선" }), company("b", "KR-26", { industry: "조선" }), company("c", "KR-31", { industry: "자동차" }),
      company("d", "KR-11"),
    ];
    const graph = buildGraph(dataset(companies, [link("1", "a", "b")]), { positions: new Map() });
    const out = summariseCommunities(graph, [
      { id: "a", community: 0, degree: 1 }, { id: "b", community: 0, degree: 5 }, { id: "c", community: 0, degree: 2 },
      { id: "d", community: 1, degree: 0 }, { id: "gone", community: 1, degree: 9 },
    ]);
    expect(out.map((c) => c.size)).toEqual([3, 1]);
    expect(out[0]).toMatchObject({ community: 0, top: ["b", "c", "a"], division: "KR-26", industry: "조선" });
    expect(out[0]!.divisionShare).toBeCloseTo(2 / 3);
    expect(out[1]).toMatchObject({ top: ["d"], industry: null });
  });
});
