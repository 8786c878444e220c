// The metrics worker receives `graph.export()`: rebuild the graph there, then compute.
// Kept out of the worker entry so Node tests can run the same path.
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { CompanyNode, LinkEdge, SupplyGraph } from "../types.ts";
import { computeMetrics } from "./computeMetrics.ts";
import type { MetricsOptions } from "./options.ts";
import type { MetricsResult } from "./types.ts";

export type SerializedSupplyGraph = SerializedGraph<CompanyNode, LinkEdge>;

export function metricsFromExport(serialized: SerializedSupplyGraph, options: MetricsOptions): MetricsResult {
  const graph: SupplyGraph = new MultiDirectedGraph<CompanyNode, LinkEdge>();
  graph.import(serialized);
  return computeMetrics(graph, options);
}
