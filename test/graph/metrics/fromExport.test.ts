import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../../src/graph/metrics/index.ts";
import { metricsFromExport } from "../../../src/graph/metrics/fromExport.ts";
import { company, link } from "../helpers.ts";
import { graphOf } from "./fixtures.ts";

// The worker path: graph.export() → structured clone → rebuild → compute.
const graph = graphOf(
  [company("a", "KR-29"), company("b", "KR-46"), company("c", "KR-11"), company("d", "KR-11")],
  [link("1", "a", "b", "technology", { weight: 4 }), link("2", "c", "a", "sales"), link("3", "b", "d", "production"), link("4", "a", "b", "sales")],
);

describe("graph/metrics from graph.export()", () => {
  it("gives the same result as on the original graph", () => {
    const serialized = structuredClone(graph.export());
    expect(metricsFromExport(serialized, { vintage: "2026-07" })).toEqual(computeMetrics(graph, { vintage: "2026-07" }));
  });

  it("reports progress in order, ending at 1", () => {
    const seen: Array<[number, string]> = [];
    metricsFromExport(graph.export(), { vintage: "2023", onProgress: (fraction, step) => seen.push([fraction, step]) });
    const fractions = seen.map(([f]) => f);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual([1, "done"]);
    expect(new Set(seen.map(([, step]) => step))).toEqual(new Set(["index", "degrees", "cross", "pagerank", "communities", "betweenness", "done"]));
  });
});
