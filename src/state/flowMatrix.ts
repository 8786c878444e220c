import type { SupplyGraph } from "../graph/types.ts";
import type { FlowMatrix } from "../model/flows.ts";
import type { Vintage } from "../model/types.ts";
import { flowsOfGraph } from "../graph/flows.ts";

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
