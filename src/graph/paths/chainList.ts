// A supply chain as the company panel lists it: its tiers (1st-tier suppliers, 2nd-tier ...,
// 1st-tier buyers ...), each with its companies and the links that reach it. Read from the
// tiers and links the map lights (supplyFocus), never found again, so the list and the map
// cannot disagree.

import type { RegionScale } from "../../model/scale.ts";
import type { DivisionCode } from "../../model/types.ts";
import { unitOf } from "../../regions/units.ts";
import type { SupplyGraph } from "../types.ts";

export interface ChainCompany {
  id: string;
  name: string;
  /** The English name where the data has one (the English UI shows it). */
  nameEn: string | undefined;
  /** Display division under the vintage shown. */
  division: DivisionCode;
}

export interface ChainTier {
  /** As in supplyTiers: -k the suppliers k steps up, +k the buyers k steps down. */
  tier: number;
  /** By name. */
  companies: ChainCompany[];
  /** Links of the chain that join this tier to the tier one step nearer the company. */
  links: number;
}

export interface ChainList {
  focus: string;
  /** Suppliers nearest first (-1, -2, ...), then buyers nearest first (1, 2, ...); no empty tier. */
  tiers: ChainTier[];
  /** Companies in the chain, the focus company included. */
  companies: number;
  /** Links in the chain: the sum of the tiers' links. */
  links: number;
}

// One collator for every comparison: localeCompare with a locale builds one per call, which a
// hub's chain (thousands of companies at three steps) would feel.
const collator = new Intl.Collator("ko");
const byName = (a: ChainCompany, b: ChainCompany) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const tierOrder = (a: number, b: number) => (a < 0 === b < 0 ? Math.abs(a) - Math.abs(b) : a < 0 ? -1 : 1);

/**
 * The chain around `focus` from its tiers (company -> tier, 0 the focus) and the links lit
 * between them. Each link runs from a tier to the next one down (supplyFocus' tierEdges): it
 * counts for the tier farther from the focus, so an upstream link -2 -> -1 is a 2nd-tier
 * supplier's and a downstream link 1 -> 2 a 2nd-tier buyer's.
 */
export function chainList(graph: SupplyGraph, focus: string, tiers: ReadonlyMap<string, number>, edges: Iterable<string>, vintage: RegionScale): ChainList {
  const byTier = new Map<number, ChainTier>();
  const tierOf = (tier: number) => {
    let entry = byTier.get(tier);
    if (!entry) byTier.set(tier, (entry = { tier, companies: [], links: 0 }));
    return entry;
  };
  for (const [id, tier] of tiers) {
    if (tier === 0 || !graph.hasNode(id)) continue;
    const node = graph.getNodeAttributes(id);
    tierOf(tier).companies.push({ id, name: node.company.name, nameEn: node.company.nameEn, division: unitOf(node.place, vintage) });
  }
  let links = 0;
  for (const edge of edges) {
    links++;
    const target = tiers.get(graph.target(edge));
    const source = tiers.get(graph.source(edge));
    if (target === undefined || source === undefined) continue;
    tierOf(target <= 0 ? source : target).links++;
  }
  const list = [...byTier.values()].filter((t) => t.companies.length > 0).sort((a, b) => tierOrder(a.tier, b.tier));
  for (const t of list) t.companies.sort(byName);
  return { focus, tiers: list, companies: 1 + list.reduce((n, t) => n + t.companies.length, 0), links };
}
