// Writes metrics onto the nodes as flat numbers (see keys.ts), the graphology way
// (`compute(graph)` returns, `assign` writes), so reducers and exports read plain attributes.
import type { SupplyGraph } from "../types.ts";
import { METRIC_KEYS, METRIC_PREFIX } from "./keys.ts";
import type { CompanyMetrics, MetricsResult } from "./types.ts";

type Attributes = Record<string, unknown>;

// Said with every metric write: a renderer listening to the graph (sigma) then knows positions
// did not move, and redraws colours and sizes without re-indexing every node and edge
// (about 3 s at 500k links under software WebGL).
const METRIC_HINTS = { attributes: METRIC_KEYS.map((info) => info.key) } as unknown as Parameters<SupplyGraph["updateEachNodeAttributes"]>[1];

function dropMetrics(attr: Attributes): void {
  for (const key of Object.keys(attr)) if (key.startsWith(METRIC_PREFIX)) delete attr[key];
}

/**
 * Sets every METRIC_KEYS attribute on the nodes the result covers. Nodes it does not cover
 * lose their old metric attributes: stale numbers from another graph or vintage would be
 * worse than none. One graphology update, so listeners see one event.
 */
export function assignMetrics(graph: SupplyGraph, result: MetricsResult): void {
  const byId = new Map<string, CompanyMetrics>(result.companies.map((m) => [m.id, m]));
  graph.updateEachNodeAttributes((id, attr) => {
    const flat = attr as unknown as Attributes;
    dropMetrics(flat);
    const m = byId.get(id);
    if (m) for (const info of METRIC_KEYS) flat[info.key] = info.read(m);
    return attr;
  }, METRIC_HINTS);
}

/** Removes all metric attributes, e.g. when the data changes before new metrics arrive. */
export function clearMetrics(graph: SupplyGraph): void {
  graph.updateEachNodeAttributes((_id, attr) => {
    dropMetrics(attr as unknown as Attributes);
    return attr;
  }, METRIC_HINTS);
}

/** Reads one metric attribute; undefined before assignMetrics ran. */
export function readMetric(graph: SupplyGraph, node: string, key: string): number | undefined {
  const value = (graph.getNodeAttributes(node) as unknown as Attributes)[key];
  return typeof value === "number" ? value : undefined;
}
