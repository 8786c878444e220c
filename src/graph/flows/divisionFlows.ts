// Division flows: which divisions supply which, under a boundary vintage, and what switching
// vintage changes. Pure; runs in Node, workers and tests.

import { placeOf } from "../../model/place.ts";
import type { Dataset } from "../../model/types.ts";
import type { RegionScale } from "../../model/scale.ts";
import { unitOf } from "../../regions/units.ts";
import { FlowAccumulator } from "./accumulator.ts";
import { builtFilterColumns, filterColumns } from "../filters/filterColumns.ts";
import { companiesPerDivision } from "./inputs.ts";
import { materialiseFlows, type CompanyCounts } from "./matrix.ts";
import type { Flow, FlowInput, FlowMatrix, VintageChange } from "../../model/flows.ts";
import type { KeepEdge, SupplyGraph } from "../types.ts";

export { flowInputsOfDataset, flowInputsOfGraph, companiesPerDivision } from "./inputs.ts";
export type { CompanyCounts } from "./matrix.ts";

/**
 * One pass over the links. Each end's division is mapped through toVintage, so in "2026-07"
 * a Gwangju-Jeonnam link is internal to KR-GJN. Same-division links count as internal, never
 * as flows. `companies` is keyed by stored (2023-vintage) codes.
 */
export function aggregateFlows(inputs: Iterable<FlowInput>, companies: CompanyCounts, vintage: RegionScale): FlowMatrix {
  const acc = new FlowAccumulator(vintage);
  for (const input of inputs) {
    acc.add(acc.divisionIndex(input.sourceDivision), acc.divisionIndex(input.targetDivision), input.type, input.weight);
  }
  return materialiseFlows(acc, companies);
}

/** Same result as aggregateFlows(flowInputsOfDataset(dataset), ...) without an object per link. */
export function flowsOfDataset(dataset: Dataset, vintage: RegionScale): FlowMatrix {
  const acc = new FlowAccumulator(vintage);
  const divisionIndex = new Map<string, number>();
  for (const c of dataset.companies) if (!divisionIndex.has(c.id)) divisionIndex.set(c.id, acc.divisionIndex(placeOf(c)));
  for (const link of dataset.links) {
    const from = divisionIndex.get(link.source);
    const to = divisionIndex.get(link.target);
    // A dangling link (hand-made dataset) is skipped, as the graph builder skips it.
    if (from !== undefined && to !== undefined) acc.add(from, to, link.type, link.weight);
  }
  return materialiseFlows(acc, companiesPerDivision(dataset));
}

/** Flows of the drawn graph; `keepEdge` applies the current filters. Company counts ignore it. */
export function flowsOfGraph(graph: SupplyGraph, vintage: RegionScale, keepEdge?: KeepEdge): FlowMatrix {
  const acc = new FlowAccumulator(vintage);
  graph.forEachEdge((edge, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    if (keepEdge && !keepEdge(edge, attributes)) return;
    acc.add(acc.divisionIndex(sourceAttributes.place), acc.divisionIndex(targetAttributes.place), attributes.linkType, attributes.weight);
  });
  return materialiseFlows(acc, companiesPerDivision(graph));
}

/**
 * flowsOfGraph with the links kept read from columns, row by row (`keepRow`, graph/filters/visibility.ts):
 * the same matrix, without walking graphology's links (260 ms of a filter change at 500k).
 */
export function flowsOfRows(graph: SupplyGraph, vintage: RegionScale, keepRow: (e: number) => boolean): FlowMatrix {
  const acc = new FlowAccumulator(vintage);
  const { index, type, weight } = filterColumns(graph);
  const { nodes, source, target } = index;
  // Each company's display division; a code the registry does not know is added when one of
  // its links is first kept, so unknown codes join in the order flowsOfGraph meets them.
  const divisionOf = new Int32Array(nodes.length);
  let r = 0;
  // graphIndex numbered the rows in this walk's order.
  graph.forEachNode((_node, attributes) => void (divisionOf[r++] = acc.knownIndex(attributes.place) ?? -1));
  const unknown = (row: number) => (divisionOf[row] = acc.divisionIndex(graph.getNodeAttribute(nodes[row]!, "place")));
  for (let e = 0; e < source.length; e++) {
    if (!keepRow(e)) continue;
    const s = source[e]!;
    const t = target[e]!;
    // -1: a key not looked up yet; UNPLACED (-2) stays as it is and addIndexed drops it.
    const from = divisionOf[s]! !== -1 ? divisionOf[s]! : unknown(s);
    const to = divisionOf[t]! !== -1 ? divisionOf[t]! : unknown(t);
    acc.addIndexed(from, to, type[e]!, weight[e]!);
  }
  return materialiseFlows(acc, companiesPerDivision(graph));
}

const EVERY_ROW = () => true;

/**
 * Flows of every link of the graph: read from the filter columns when they are built (a level
 * switch at 50k links: a few ms instead of the 100 ms walk of graphology's links), else by that
 * walk, which builds nothing (a load's first matrix must not build the columns in its task).
 */
export function flowsOfAll(graph: SupplyGraph, vintage: RegionScale): FlowMatrix {
  return builtFilterColumns(graph) ? flowsOfRows(graph, vintage, EVERY_ROW) : flowsOfGraph(graph, vintage);
}

/** Cross flows of `matrix` whose two ends are one division in `vintage`. */
function collapsingIn(matrix: FlowMatrix, vintage: RegionScale): Flow[] {
  return matrix.flows.filter((f) => unitOf(f.from, vintage) === unitOf(f.to, vintage));
}

/** What switching from `before` to `after` changed; both must aggregate the same links. */
export function vintageChange(before: FlowMatrix, after: FlowMatrix): VintageChange {
  if (before.links !== after.links) {
    throw new Error(`graph/flows: vintageChange needs two matrices of the same links (${before.links} vs ${after.links})`);
  }
  return {
    from: before.vintage,
    to: after.vintage,
    crossToInternal: before.crossLinks - after.crossLinks,
    crossLinksBefore: before.crossLinks,
    crossLinksAfter: after.crossLinks,
    divisionsBefore: before.divisions.length,
    divisionsAfter: after.divisions.length,
    mergedFlows: [...collapsingIn(before, after.vintage), ...collapsingIn(after, before.vintage)],
  };
}
