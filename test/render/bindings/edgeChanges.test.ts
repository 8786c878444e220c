import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import type { CompanyNode, LinkEdge, SupplyGraph } from "../../../src/graph/types.ts";
import { edgesChangingVisibility } from "../../../src/render/bindings/edgeChanges.ts";

function graph(): SupplyGraph {
  const g = new MultiDirectedGraph<CompanyNode, LinkEdge>();
  for (const id of ["a", "b", "c"]) g.addNode(id, {} as CompanyNode);
  const types = ["production", "sales", "technology", "production"];
  types.forEach((type, i) => g.addEdgeWithKey(`e${i}`, i % 2 ? "a" : "b", "c", { link: { type } } as unknown as LinkEdge));
  return g;
}
const ofType = (type: string) => ({ keepEdge: (_e: string, a: LinkEdge) => (a as unknown as { link: { type: string } }).link.type === type });
const notType = (type: string) => ({ keepEdge: (_e: string, a: LinkEdge) => (a as unknown as { link: { type: string } }).link.type !== type });

describe("render/edgeChanges", () => {
  it("names the links that one filter keeps and the other does not, and no others", () => {
    const g = graph();
    expect(edgesChangingVisibility(g, null, notType("production"))).toEqual(["e0", "e3"]);
    expect(edgesChangingVisibility(g, notType("production"), null)).toEqual(["e0", "e3"]);
    expect(edgesChangingVisibility(g, ofType("sales"), ofType("technology"))).toEqual(["e1", "e2"]);
    expect(edgesChangingVisibility(g, notType("sales"), notType("sales"))).toEqual([]);
  });

  it("names nothing when the filter is the same object", () => {
    const f = ofType("sales");
    expect(edgesChangingVisibility(graph(), f, f)).toEqual([]);
    expect(edgesChangingVisibility(graph(), null, null)).toEqual([]);
  });
});
