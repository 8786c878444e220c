import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { supplyPath } from "../../../src/graph/paths/path.ts";
import { company, dataset, link } from "../helpers.ts";
import { handGraph } from "./fixture.ts";

const graph = handGraph();

describe("supplyPath", () => {
  it("finds the shortest chain from supplier to buyer, the smaller link id among parallel ones", () => {
    expect(supplyPath(graph, "D", "F")).toEqual({ nodes: ["D", "C", "A", "F"], edges: ["5", "4", "1"], directionIgnored: false });
    expect(supplyPath(graph, "E", "J")).toEqual({
      nodes: ["E", "D", "C", "A", "F", "G", "H", "I", "J"],
      edges: ["6", "5", "4", "1", "7", "8", "9", "10"],
      directionIgnored: false,
    });
  });

  it("breaks ties by the smaller company id", () => {
    // F -> G -> A and F -> N -> A are both two links.
    expect(supplyPath(graph, "F", "A")).toEqual({ nodes: ["F", "G", "A"], edges: ["7", "15"], directionIgnored: false });
  });

  it("is null without a supply chain, unless asked to ignore direction", () => {
    expect(supplyPath(graph, "F", "E")).toBeNull();
    const expected = { nodes: ["F", "A", "C", "D", "E"], edges: ["1", "4", "5", "6"], directionIgnored: true };
    expect(supplyPath(graph, "F", "E", { undirectedFallback: true })).toEqual(expected);
    expect(supplyPath(graph, "F", "E", { directed: false })).toEqual(expected);
  });

  it("is null when the companies are not connected at all", () => {
    expect(supplyPath(graph, "F", "Z", { undirectedFallback: true })).toBeNull();
    expect(supplyPath(graph, "F", "missing", { directed: false })).toBeNull();
  });

  it("does not follow hidden links or pass through hidden companies", () => {
    expect(supplyPath(graph, "D", "F", { keepEdge: (edge) => edge !== "1" })?.edges).toEqual(["5", "4", "2"]);
    expect(supplyPath(graph, "D", "F", { keepEdge: (edge) => edge !== "4" })).toBeNull();
    expect(supplyPath(graph, "D", "F", { keepEdge: (edge) => edge !== "4", undirectedFallback: true })).toBeNull();
    expect(supplyPath(graph, "F", "A", { keepNode: (node) => node !== "G" })?.nodes).toEqual(["F", "N", "A"]);
    // The two ends are what the user picked: keepNode is not asked about them.
    expect(supplyPath(graph, "F", "A", { keepNode: (node) => node !== "F" && node !== "A" })?.nodes).toEqual(["F", "G", "A"]);
  });

  it("is the company alone from a company to itself", () => {
    expect(supplyPath(graph, "F", "F")).toEqual({ nodes: ["F"], edges: [], directionIgnored: false });
  });

  it("walks against the supply direction as little as it can", () => {
    // s to t: via a (a -> s, t -> a: twice against) or via m (s -> m, t -> m: once).
    const g = buildGraph(
      dataset(
        ["s", "t", "a", "m"].map((id) => company(id, "KR-11")),
        [link("1", "a", "s"), link("2", "t", "a"), link("3", "s", "m"), link("4", "t", "m")],
      ),
      { positions: new Map() },
    );
    expect(supplyPath(g, "s", "t", { directed: false })).toEqual({ nodes: ["s", "m", "t"], edges: ["3", "4"], directionIgnored: true });
    expect(supplyPath(g, "t", "s", { directed: false })).toEqual({ nodes: ["t", "a", "s"], edges: ["2", "1"], directionIgnored: false });
  });
});
