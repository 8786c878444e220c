import { describe, expect, it } from "vitest";
import { limitFlows } from "../../src/graph/flows/limit.ts";
import { categoricalColumns, attributeValue, MAX_CATEGORIES } from "../../src/graph/build/categories.ts";
import { summariseCommunities } from "../../src/graph/metrics/communitySummary.ts";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { company, dataset, link } from "./helpers.ts";

describe("graph/flowLimit", () => {
  const flows = [5, 1, 30, 10, 4, 50].map((v, i) => ({ id: i, v }));
  it("top N keeps the N largest, largest first, and states their share", () => {
    const r = limitFlows(flows, (f) => f.v, "top2");
    expect(r.kept.map((f) => f.v)).toEqual([50, 30]);
    expect(r.candidates).toBe(6);
    expect(r.share).toBeCloseTo(80 / 100);
  });
  it("a share keeps the fewest largest flows reaching it", () => {
    expect(limitFlows(flows, (f) => f.v, "share80").kept.map((f) => f.v)).toEqual([50, 30]);
    expect(limitFlows(flows, (f) => f.v, "share50").kept.map((f) => f.v)).toEqual([50]);
  });
  it("all keeps everything, and fewer flows than N are all kept", () => {
    expect(limitFlows(flows, (f) => f.v, "all").kept).toHaveLength(6);
    expect(limitFlows(flows, (f) => f.v, "top40")).toMatchObject({ candidates: 6, share: 1 });
    expect(limitFlows([], (f: { v: number }) => f.v, "share80")).toMatchObject({ kept: [], share: 1 });
  });
});

describe("graph/categories", () => {
  const companies = Array.from({ length: 40 }, (_, i) =>
    company(`c${i}`, "KR-11", { attributes: { size: ["대", "중", "소"][i % 3]!, code: `x${i}`, one: "same", rare: i === 0 ? "a" : "" } }),
  );
  const graph = buildGraph(dataset(companies, []), { positions: new Map() });
  it("offers columns with 2..12 distinct values that enough companies fill", () => {
    expect(categoricalColumns(graph).map((c) => c.key)).toEqual(["size"]);
    expect(categoricalColumns(graph)[0]).toMatchObject({ values: 3, filled: 40 });
    expect(MAX_CATEGORIES).toBeLessThan(40);
  });
  it("reads trimmed values, empty as none", () => {
    expect(attributeValue({ a: " 대 " }, "a")).toBe("대");
    expect(attributeValue({ a: "  " }, "a")).toBeUndefined();
    expect(attributeValue({}, "a")).toBeUndefined();
  });
});

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
