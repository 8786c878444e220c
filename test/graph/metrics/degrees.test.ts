import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../../src/graph/metrics/computeMetrics.ts";
import { company, link } from "../helpers.ts";
import { byId, graphOf } from "./fixtures.ts";

// a supplies b twice (parallel contracts) and c once; c supplies a; d is alone.
const graph = graphOf(
  [company("a", "KR-11"), company("b", "KR-26"), company("c", "KR-11"), company("d", "KR-27")],
  [
    link("1", "a", "b", "technology", { weight: 10 }),
    link("2", "a", "b", "production", { weight: 5 }),
    link("3", "a", "c", "sales"),
    link("4", "c", "a", "sales", { weight: 2.5 }),
  ],
);
const m = byId(computeMetrics(graph, { vintage: "2023" }).companies);

describe("graph/metrics degrees", () => {
  it("counts every link, parallel ones too", () => {
    expect(m.get("a")).toMatchObject({ inDegree: 1, outDegree: 3, degree: 4 });
    expect(m.get("b")).toMatchObject({ inDegree: 2, outDegree: 0, degree: 2 });
    expect(m.get("c")).toMatchObject({ inDegree: 1, outDegree: 1, degree: 2 });
    expect(m.get("d")).toMatchObject({ inDegree: 0, outDegree: 0, degree: 0 });
  });

  it("sums link weights in and out, a link without a weight adding 0", () => {
    expect(m.get("a")!.weightedDegree).toBe(17.5);
    expect(m.get("b")!.weightedDegree).toBe(15);
    expect(m.get("c")!.weightedDegree).toBe(2.5);
    expect(m.get("d")!.weightedDegree).toBe(0);
  });

  it("returns one entry per company, in graph order", () => {
    const result = computeMetrics(graph, { vintage: "2023" });
    expect(result.companies.map((c) => c.id)).toEqual(graph.nodes());
    expect(result.vintage).toBe("2023");
  });

  it("handles an empty graph", () => {
    const result = computeMetrics(graphOf([], []), { vintage: "2023" });
    expect(result).toEqual({ companies: [], betweenness: { mode: "exact", samples: 0, expectedError: 0 }, communities: 0, vintage: "2023" });
  });
});
