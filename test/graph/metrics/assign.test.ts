import { describe, expect, it } from "vitest";
import { assignMetrics, clearMetrics, readMetric } from "../../../src/graph/metrics/assign.ts";
import { computeMetrics } from "../../../src/graph/metrics/computeMetrics.ts";
import { METRIC_KEYS } from "../../../src/graph/metrics/keys.ts";
import { LINK_TYPES } from "../../../src/model/types.ts";
import { company, link } from "../helpers.ts";
import { graphOf } from "./fixtures.ts";

const build = () =>
  graphOf(
    [company("a", "KR-29"), company("b", "KR-46"), company("c", "KR-11")],
    [link("1", "a", "b", "technology", { weight: 4 }), link("2", "c", "a", "sales", { weight: 6 }), link("3", "a", "b", "technology")],
  );

describe("graph/metrics assignMetrics", () => {
  it("describes every attribute once, all prefixed m_, with both labels", () => {
    const keys = METRIC_KEYS.map((k) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const info of METRIC_KEYS) {
      expect(info.key).toMatch(/^m_/);
      expect(info.labelKo.length).toBeGreaterThan(0);
      expect(info.labelEn.length).toBeGreaterThan(0);
    }
    expect(METRIC_KEYS.filter((k) => k.kind === "categorical").map((k) => k.key)).toEqual(["m_community"]);
    for (const type of LINK_TYPES) expect(keys).toContain(`m_crossPartners_${type}`);
  });

  it("writes flat numbers onto the nodes", () => {
    const graph = build();
    const result = computeMetrics(graph, { vintage: "2023" });
    assignMetrics(graph, result);
    const a = graph.getNodeAttributes("a") as unknown as Record<string, unknown>;
    expect(a).toMatchObject({
      m_degree: 3,
      m_inDegree: 1,
      m_outDegree: 2,
      m_weightedDegree: 10,
      m_partnerDivisions: 2,
      m_crossPartners: 2,
      m_crossLinks: 3,
      m_crossWeight: 10,
      m_crossPartnerShare: 1,
      m_crossWeightShare: 1,
      m_crossPartners_technology: 1,
      m_crossLinks_technology: 2,
      m_crossPartners_sales: 1,
      m_crossPartners_production: 0,
    });
    for (const info of METRIC_KEYS) expect(typeof a[info.key]).toBe("number");
    expect(readMetric(graph, "b", "m_pagerank")).toBe(result.companies.find((c) => c.id === "b")!.pagerank);
    // The data itself is untouched.
    expect(graph.getNodeAttribute("a", "division")).toBe("KR-29");
  });

  it("replaces metrics of another vintage and drops them from nodes the result does not cover", () => {
    const graph = build();
    assignMetrics(graph, computeMetrics(graph, { vintage: "2023" }));
    const merged = computeMetrics(graph, { vintage: "2026-07" });
    assignMetrics(graph, { ...merged, companies: merged.companies.filter((c) => c.id !== "c") });
    expect(readMetric(graph, "a", "m_crossPartners")).toBe(1);
    expect(readMetric(graph, "c", "m_degree")).toBeUndefined();
    clearMetrics(graph);
    expect(Object.keys(graph.getNodeAttributes("a")).filter((k) => k.startsWith("m_"))).toEqual([]);
  });
});
