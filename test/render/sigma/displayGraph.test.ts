import { describe, expect, it } from "vitest";
import { syntheticGraph } from "../../../scripts/lib/syntheticDataset.ts";
import { displayGraphs } from "../../../src/render/sigma/displayGraph.ts";
import { assignMetrics } from "../../../src/graph/metrics/assign.ts";
import { computeMetrics } from "../../../src/graph/metrics/computeMetrics.ts";
import { applyPositions } from "../../../src/layout/forceInput.ts";

describe("display graphs (level of detail for sigma)", () => {
  it("hands sigma the data graph's companies alone, once per data graph", () => {
    const data = syntheticGraph(200, 800);
    const display = displayGraphs();
    const companies = display.of(data);
    expect(companies).not.toBe(data);
    expect(companies.order).toBe(data.order);
    // Company links go into this graph when the level shows them (linksInSightView.ts).
    expect(companies.size).toBe(0);
    expect(display.of(data)).toBe(companies);
    expect(display.of(syntheticGraph(50, 100, 3))).not.toBe(companies);
  });

  it("shares the data graph's attribute objects, so metrics written there are what sigma reads", () => {
    const data = syntheticGraph(120, 400);
    const companies = displayGraphs().of(data);
    const node = data.nodes()[0]!;
    expect(companies.getNodeAttributes(node)).toBe(data.getNodeAttributes(node));
    assignMetrics(data, computeMetrics(data, { vintage: "2023" }));
    expect((companies.getNodeAttributes(node) as unknown as Record<string, unknown>)["m_pagerank"]).toBeTypeOf("number");
  });

  it("passes bulk position updates on to the companies graph, and metric writes not", () => {
    const data = syntheticGraph(100, 300);
    const display = displayGraphs();
    const companies = display.of(data);
    const heard: unknown[] = [];
    companies.on("eachNodeAttributesUpdated", (event) => heard.push(event.hints?.attributes));
    const nodes = data.nodes();
    applyPositions(data, nodes, new Float32Array(nodes.length * 2).fill(0.5));
    expect(heard).toEqual([["x", "y"]]);
    expect(companies.getNodeAttribute(nodes[3]!, "x")).toBe(0.5);
    assignMetrics(data, computeMetrics(data, { vintage: "2023" }));
    expect(heard).toHaveLength(1);
    // After clean() nothing is passed on any more.
    display.clean();
    applyPositions(data, nodes, new Float32Array(nodes.length * 2).fill(0.25));
    expect(heard).toHaveLength(1);
  });
});
