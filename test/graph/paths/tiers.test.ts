import { describe, expect, it } from "vitest";
import { supplyFocus, supplyTiers, tierEdges } from "../../../src/graph/paths/tiers.ts";
import { asObject, handGraph } from "./fixture.ts";

const graph = handGraph();
const sorted = (edges: string[]) => [...edges].sort((a, b) => Number(a) - Number(b));

describe("supplyTiers", () => {
  it("walks suppliers upstream: -1 direct, -2 their suppliers ...", () => {
    expect(asObject(supplyTiers(graph, "F", { depth: 1, direction: "upstream" }))).toEqual({ A: -1, B: -1, F: 0, K: -1 });
    expect(asObject(supplyTiers(graph, "F", { depth: 3, direction: "upstream" }))).toEqual({
      A: -1, B: -1, C: -2, D: -3, F: 0, G: -2, K: -1, N: -2,
    });
  });

  it("walks buyers downstream", () => {
    expect(asObject(supplyTiers(graph, "F", { depth: 2, direction: "downstream" }))).toEqual({ A: 2, F: 0, G: 1, H: 2, K: 1, N: 1 });
    expect(asObject(supplyTiers(graph, "F", { depth: 3, direction: "downstream" }))).toEqual({ A: 2, F: 0, G: 1, H: 2, I: 3, K: 1, N: 1 });
  });

  it("keeps the smaller absolute tier both ways; a tie counts as a supplier", () => {
    // A: -1 vs +2; G and N: -2 vs +1; K: -1 vs +1 (the cycle F -> K -> F), a tie.
    expect(asObject(supplyTiers(graph, "F", { depth: 3, direction: "both" }))).toEqual({
      A: -1, B: -1, C: -2, D: -3, F: 0, G: 1, H: 2, I: 3, K: -1, N: 1,
    });
    expect(asObject(supplyTiers(graph, "F", { depth: 1, direction: "both" }))).toEqual({ A: -1, B: -1, F: 0, G: 1, K: -1, N: 1 });
  });

  it("lists the focus first and is the same every time", () => {
    const tiers = supplyTiers(graph, "F", { depth: 3, direction: "both" });
    expect([...tiers.keys()][0]).toBe("F");
    expect([...supplyTiers(graph, "F", { depth: 3, direction: "both" })]).toEqual([...tiers]);
  });

  it("does not follow links keepEdge hides; a parallel link still counts", () => {
    const without1 = supplyTiers(graph, "F", { depth: 3, direction: "upstream", keepEdge: (edge) => edge !== "1" });
    expect(without1.get("A")).toBe(-1);
    const withoutA = supplyTiers(graph, "F", { depth: 3, direction: "upstream", keepEdge: (edge) => edge !== "1" && edge !== "2" });
    expect(asObject(withoutA)).toEqual({ B: -1, F: 0, K: -1 });
    // Production links only: link 2 is the one technology link.
    const production = supplyFocus(graph, "F", { depth: 1, direction: "upstream", keepEdge: (_e, a) => a.linkType === "production" });
    expect(sorted(production.edges)).toEqual(["1", "3", "12"]);
  });

  it("neither reaches nor passes through companies keepNode hides, but always keeps the focus", () => {
    const tiers = supplyTiers(graph, "F", { depth: 3, direction: "upstream", keepNode: (node) => node !== "A" && node !== "F" });
    expect(asObject(tiers)).toEqual({ B: -1, F: 0, K: -1 });
    const noC = supplyTiers(graph, "F", { depth: 3, direction: "both", keepNode: (node) => node !== "C" });
    expect(noC.has("D")).toBe(false);
  });

  it("is empty for a company not in the graph and only the focus for one without links", () => {
    expect(supplyTiers(graph, "nope", { depth: 2, direction: "both" }).size).toBe(0);
    expect(asObject(supplyTiers(graph, "Z", { depth: 3, direction: "both" }))).toEqual({ Z: 0 });
  });
});

describe("tier edges", () => {
  it("are the links whose buyer is one tier after its supplier, parallel links included", () => {
    const focus = supplyFocus(graph, "F", { depth: 3, direction: "both" });
    // Not: 6 (E beyond depth), 10 (J beyond), 11 (F -> K, K counted as supplier),
    // 14 and 15 (buyers at +1 supplying A at -1), 16 (self-loop).
    expect(sorted(focus.edges)).toEqual(["1", "2", "3", "4", "5", "7", "8", "9", "12", "13"]);
  });

  it("follow the direction asked for", () => {
    expect(sorted(supplyFocus(graph, "F", { depth: 1, direction: "upstream" }).edges)).toEqual(["1", "2", "3", "12"]);
    expect(sorted(supplyFocus(graph, "F", { depth: 2, direction: "downstream" }).edges)).toEqual(["7", "8", "11", "13", "14", "15"]);
  });

  it("skip links keepEdge hides", () => {
    const tiers = supplyTiers(graph, "F", { depth: 1, direction: "upstream" });
    expect(sorted(tierEdges(graph, tiers, { keepEdge: (edge) => edge !== "2" }))).toEqual(["1", "3", "12"]);
  });
});
