import type { SupplyGraph } from "../graph/types.ts";
import type { FlowMatrix } from "../graph/flowTypes.ts";
import type { Vintage } from "../model/types.ts";
import { flowsOfGraph } from "../graph/flows.ts";
import { removalTest, type RemovalSpec } from "../graph/removal.ts";

// The map, the matrix and the legends all read the same matrix: compute it once per graph and vintage.
const cache = new WeakMap<SupplyGraph, Map<Vintage, FlowMatrix>>();

export function flowMatrixOf(graph: SupplyGraph, vintage: Vintage): FlowMatrix {
  let byVintage = cache.get(graph);
  if (!byVintage) cache.set(graph, (byVintage = new Map()));
  let matrix = byVintage.get(vintage);
  if (!matrix) byVintage.set(vintage, (matrix = flowsOfGraph(graph, vintage)));
  return matrix;
}

/** The parse worker aggregates flows off the main thread; the result stands for the graph built from the same dataset. */
export function seedFlowMatrix(graph: SupplyGraph, matrix: FlowMatrix): void {
  let byVintage = cache.get(graph);
  if (!byVintage) cache.set(graph, (byVintage = new Map()));
  byVintage.set(matrix.vintage, matrix);
}

// One what-if at a time is enough: keep the last removal's matrix per vintage.
let removed: { graph: SupplyGraph; removal: RemovalSpec; byVintage: Map<Vintage, FlowMatrix> } | null = null;

/** Flows with the removed companies' links taken out; the plain matrix when nothing is removed. */
export function flowMatrixWith(graph: SupplyGraph, vintage: Vintage, removal: RemovalSpec | null): FlowMatrix {
  if (!removal) return flowMatrixOf(graph, vintage);
  if (!removed || removed.graph !== graph || removed.removal !== removal) removed = { graph, removal, byVintage: new Map() };
  let matrix = removed.byVintage.get(vintage);
  if (!matrix) {
    const gone = removalTest(graph, removal, vintage);
    matrix = flowsOfGraph(graph, vintage, (edge) => !gone(graph.source(edge)) && !gone(graph.target(edge)));
    removed.byVintage.set(vintage, matrix);
  }
  return matrix;
}
