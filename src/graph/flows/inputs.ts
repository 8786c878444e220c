// Adapters from the two places links live (a Dataset, or the graph the app draws) to the
// division-level inputs of aggregateFlows. They make one small object per link, so the
// convenience functions in flows.ts skip them and feed the accumulator directly.

import { placeOf } from "../../model/place.ts";
import type { Dataset, DivisionCode } from "../../model/types.ts";
import type { FlowInput } from "../../model/flows.ts";
import type { KeepEdge, SupplyGraph } from "../types.ts";

/** Company id -> place key (model/place.ts); the first of duplicate ids wins, as in the graph builder. */
export function divisionById(dataset: Dataset): Map<string, DivisionCode> {
  const map = new Map<string, DivisionCode>();
  for (const c of dataset.companies) if (!map.has(c.id)) map.set(c.id, placeOf(c));
  return map;
}

/** One input per link; a link naming an unknown company is skipped, as the graph builder does. */
export function flowInputsOfDataset(dataset: Dataset): FlowInput[] {
  const division = divisionById(dataset);
  const inputs: FlowInput[] = [];
  for (const link of dataset.links) {
    const sourceDivision = division.get(link.source);
    const targetDivision = division.get(link.target);
    if (sourceDivision === undefined || targetDivision === undefined) continue;
    inputs.push({ sourceDivision, targetDivision, type: link.type, weight: link.weight });
  }
  return inputs;
}

export function flowInputsOfGraph(graph: SupplyGraph, keepEdge?: KeepEdge): FlowInput[] {
  const inputs: FlowInput[] = [];
  graph.forEachEdge((edge, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    if (keepEdge && !keepEdge(edge, attributes)) return;
    inputs.push({
      sourceDivision: sourceAttributes.place,
      targetDivision: targetAttributes.place,
      type: attributes.linkType,
      weight: attributes.weight,
    });
  });
  return inputs;
}

function isDataset(source: Dataset | SupplyGraph): source is Dataset {
  return Array.isArray((source as Partial<Dataset>).companies);
}

/** Companies per place key (municipality or stored division); aggregateFlows maps them to the scale's regions. */
export function companiesPerDivision(source: Dataset | SupplyGraph): Map<DivisionCode, number> {
  const counts = new Map<DivisionCode, number>();
  const add = (division: DivisionCode) => counts.set(division, (counts.get(division) ?? 0) + 1);
  if (isDataset(source)) for (const division of divisionById(source).values()) add(division);
  else source.forEachNode((_node, attributes) => add(attributes.place));
  return counts;
}
