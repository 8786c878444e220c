// What-if removal: what the network loses if some companies, or a whole division, drop out.
// Computed through a keepEdge filter, so the graph the app draws is never touched and "undo"
// is just forgetting the answer.
import type { RegionScale } from "../../model/scale.ts";
import { LINK_TYPES, type LinkType } from "../../model/types.ts";
import { unitsOf } from "../../regions/units.ts";
import { flowsOfGraph } from "../flows/divisionFlows.ts";
import type { FlowStat } from "../../model/flows.ts";
import { removalTest, type Removal } from "../filters/whatIfRemoval.ts";
import type { KeepEdge, SupplyGraph } from "../types.ts";
import { flowChanges, type FlowChange } from "./flowChanges.ts";

export interface StrandedCompany {
  id: string;
  /** The removed companies that supplied it. */
  lostSuppliers: string[];
}

export interface RemovalImpact {
  vintage: RegionScale;
  /** Companies taken out, by id. */
  removed: string[];
  /** Requested ids the graph does not hold (ignored). */
  unknown: string[];
  linksLost: FlowStat & { byType: Record<LinkType, FlowStat> };
  /** Companies left in that had a supplier and have none once the removed ones are gone. */
  stranded: StrandedCompany[];
  /** Cross-division flows that vanish or shrink, biggest loss first. */
  flows: FlowChange[];
  crossLinks: { before: number; after: number };
}

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Every link touching a removed company is lost. `keepEdge` (the app's filters) limits what
 * counts before and after alike. Throws for a division the vintage does not show.
 */
export function removalImpact(graph: SupplyGraph, target: Partial<Removal>, vintage: RegionScale, keepEdge?: KeepEdge): RemovalImpact {
  const division = target.division ?? null;
  if (division !== null && !unitsOf(vintage).some((d) => d.code === division)) {
    throw new Error(`graph/resilience: '${division}' is not a division of vintage ${vintage}`);
  }
  const requested = target.companies ?? [];
  const isRemoved = removalTest(graph, { companies: requested, division }, vintage);
  const removed = graph.filterNodes((node) => isRemoved(node)).sort(byId);
  const unknown = requested.filter((id) => !graph.hasNode(id));

  const lost = new Set<string>();
  const linksLost = { count: 0, weight: 0, byType: Object.fromEntries(LINK_TYPES.map((t) => [t, { count: 0, weight: 0 }])) as Record<LinkType, FlowStat> };
  const lostSuppliers = new Map<string, Set<string>>();
  for (const node of removed) {
    graph.forEachEdge(node, (edge, link, source, target) => {
      if (lost.has(edge) || (keepEdge && !keepEdge(edge, link))) return;
      lost.add(edge);
      const weight = link.weight ?? 0;
      linksLost.count++;
      linksLost.weight += weight;
      linksLost.byType[link.linkType].count++;
      linksLost.byType[link.linkType].weight += weight;
      if (isRemoved(target)) return;
      let suppliers = lostSuppliers.get(target);
      if (!suppliers) lostSuppliers.set(target, (suppliers = new Set()));
      suppliers.add(source);
    });
  }

  const kept: KeepEdge = (edge, link) => !lost.has(edge) && (!keepEdge || keepEdge(edge, link));
  const stranded: StrandedCompany[] = [];
  for (const [id, suppliers] of lostSuppliers) {
    // It had a supplier (the lost link); stranded when no kept link still comes in.
    if (!graph.someInEdge(id, (edge, link) => kept(edge, link))) stranded.push({ id, lostSuppliers: [...suppliers].sort(byId) });
  }
  stranded.sort((x, y) => byId(x.id, y.id));

  const before = flowsOfGraph(graph, vintage, keepEdge);
  const after = flowsOfGraph(graph, vintage, kept);
  return {
    vintage,
    removed,
    unknown,
    linksLost,
    stranded,
    flows: flowChanges(before, after),
    crossLinks: { before: before.crossLinks, after: after.crossLinks },
  };
}
