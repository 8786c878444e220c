import type { RegionScale } from "../../model/scale.ts";
import type { DivisionCode } from "../../model/types.ts";
import { unitOf } from "../../regions/units.ts";
import type { SupplyGraph } from "../types.ts";

/** A what-if removal: companies, or a whole division, taken out of the network (never out of the data). */
export interface Removal {
  companies: readonly string[];
  /** A display division of `vintage` (KR-GJN under 2026-07). */
  division: DivisionCode | null;
}

/** Whether a company is taken out by a what-if removal; one rule for the map, flows and numbers. */
export function removalTest(graph: SupplyGraph, removal: Removal, vintage: RegionScale): (node: string) => boolean {
  const companies = new Set(removal.companies);
  const division = removal.division;
  return (node) => {
    if (companies.has(node)) return true;
    if (division === null || !graph.hasNode(node)) return false;
    return unitOf(graph.getNodeAttribute(node, "place"), vintage) === division;
  };
}
