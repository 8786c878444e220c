// The link columns a filter's flows and the map's links in sight read: one row per link in
// graphIndex's order, the same whether built at once or a slice at a time.
import { describe, expect, it } from "vitest";
import { graphIndex } from "../../../src/graph/filters/graphIndex.ts";
import { builtFilterColumns, filterColumns, filterColumnsBuilder } from "../../../src/graph/filters/filterColumns.ts";
import { LINK_TYPES } from "../../../src/model/types.ts";
import { syntheticGraph } from "../../../scripts/lib/syntheticDataset.ts";

describe("graph/filters/filterColumns", () => {
  it("holds each link's type, year, weight and crossing by graphIndex row", () => {
    const graph = syntheticGraph(300, 2000, 3);
    const columns = filterColumns(graph);
    const { edges } = graphIndex(graph);
    edges.forEach((edge, e) => {
      const a = graph.getEdgeAttributes(edge);
      expect(LINK_TYPES[columns.type[e]!]).toBe(a.linkType);
      expect(columns.weight[e]).toBe(a.weight ?? 0);
      expect(Number.isNaN(columns.year[e]!) ? undefined : columns.year[e]).toBe(a.year);
      expect(columns.cross[e]).toBe(a.cross ? 1 : 0);
    });
    expect(filterColumns(graph)).toBe(columns);
  });

  it("built a slice at a time, gives the same columns and is remembered; a changed graph gets new ones", () => {
    const graph = syntheticGraph(300, 2000, 4);
    const builder = filterColumnsBuilder(graph);
    let slices = 1;
    while (!builder.step(150)) slices++;
    expect(slices).toBeGreaterThan(10);
    const sliced = builder.result();
    expect(filterColumns(graph)).toBe(sliced);
    const [a, b] = graph.nodes();
    graph.addEdgeWithKey("new", a!, b!, { ...graph.getEdgeAttributes(graph.edges()[0]!), weight: 7 });
    const after = filterColumns(graph);
    expect(after).not.toBe(sliced);
    expect(after.weight[graphIndex(graph).edges.indexOf("new")]).toBe(7);
  });

  it("builtFilterColumns gives the columns only while they are current, and never builds them", () => {
    const graph = syntheticGraph(300, 2000, 5);
    expect(builtFilterColumns(graph)).toBeNull();
    expect(builtFilterColumns(graph)).toBeNull();
    const columns = filterColumns(graph);
    expect(builtFilterColumns(graph)).toBe(columns);
    const [a, b] = graph.nodes();
    graph.addEdgeWithKey("new", a!, b!, graph.getEdgeAttributes(graph.edges()[0]!));
    expect(builtFilterColumns(graph)).toBeNull();
    expect(builtFilterColumns(graph)).toBeNull();
  });
});
