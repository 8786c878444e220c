// Divisions that get all of one link type from other divisions through a single company:
// lose that company and the division's whole inflow of that type is gone.
import type { RegionScale } from "../../model/scale.ts";
import { isCrossDivision, LINK_TYPES, type DivisionCode, type LinkType } from "../../model/types.ts";
import { unitOf } from "../../regions/units.ts";
import type { KeepEdge, SupplyGraph } from "../types.ts";

export interface SingleSupplierDependence {
  /** The buying division (a display code of the vintage). */
  division: DivisionCode;
  type: LinkType;
  supplier: string;
  supplierDivision: DivisionCode;
  /** The division's whole inflow of this type: all from `supplier`. */
  links: number;
  weight: number;
}

interface Tally {
  supplier: string;
  supplierDivision: DivisionCode;
  several: boolean;
  links: number;
  weight: number;
}

/**
 * Inflow is what the flow matrix calls it: links from companies in another division of
 * `vintage`; links inside the division are not inflow. Ordered by division code, then type.
 */
export function singleSupplierDivisions(graph: SupplyGraph, vintage: RegionScale, keepEdge?: KeepEdge): SingleSupplierDependence[] {
  const tallies = new Map<DivisionCode, Partial<Record<LinkType, Tally>>>();
  graph.forEachEdge((edge, link, source, _target, sourceAttributes, targetAttributes) => {
    if (keepEdge && !keepEdge(edge, link)) return;
    const from = unitOf(sourceAttributes.place, vintage);
    const to = unitOf(targetAttributes.place, vintage);
    if (!isCrossDivision(from, to)) return;
    let byType = tallies.get(to);
    if (!byType) tallies.set(to, (byType = {}));
    const tally = byType[link.linkType];
    if (!tally) {
      byType[link.linkType] = { supplier: source, supplierDivision: from, several: false, links: 1, weight: link.weight ?? 0 };
      return;
    }
    tally.links++;
    tally.weight += link.weight ?? 0;
    if (tally.supplier !== source) tally.several = true;
  });
  const out: SingleSupplierDependence[] = [];
  for (const division of [...tallies.keys()].sort()) {
    const byType = tallies.get(division)!;
    for (const type of LINK_TYPES) {
      const t = byType[type];
      if (t && !t.several) out.push({ division, type, supplier: t.supplier, supplierDivision: t.supplierDivision, links: t.links, weight: t.weight });
    }
  }
  return out;
}
