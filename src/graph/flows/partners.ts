import { isCrossDivision, LINK_TYPES, type Company, type DivisionCode, type LinkType } from "../../model/types.ts";
import type { RegionScale } from "../../model/scale.ts";
import { unitOf } from "../../regions/units.ts";
import type { SupplyGraph } from "../types.ts";

export interface PartnerRef {
  id: string;
  name: string;
  division: DivisionCode;
  types: LinkType[];
  links: number;
  weight: number;
}

export interface PartnerGroup {
  division: DivisionCode;
  /** Companies that supply the selected one. */
  suppliers: PartnerRef[];
  /** Companies the selected one supplies. */
  buyers: PartnerRef[];
}

export interface CompanyProfile {
  company: Company;
  linksIn: number;
  linksOut: number;
  /** Distinct partner companies, either direction. */
  partners: number;
  partnersElsewhere: number;
  /** Share of distinct partners located in another division (0 when no partners). */
  shareElsewhere: number;
  /** Own division first, then by number of partners. */
  groups: PartnerGroup[];
}

function addPartner(into: Map<string, PartnerRef>, graph: SupplyGraph, id: string, type: LinkType, weight: number | undefined, vintage: RegionScale) {
  let ref = into.get(id);
  if (!ref) {
    const node = graph.getNodeAttributes(id);
    ref = { id, name: node.company.name, division: unitOf(node.place, vintage), types: [], links: 0, weight: 0 };
    into.set(id, ref);
  }
  ref.links++;
  ref.weight += weight ?? 0;
  if (!ref.types.includes(type)) ref.types.push(type);
}

/** Divisions are those of `vintage`: under 2026-07 a Gwangju partner of a Jeonnam company is in the same division. */
export function companyProfile(graph: SupplyGraph, id: string, vintage: RegionScale = "2023"): CompanyProfile | null {
  if (!graph.hasNode(id)) return null;
  const node = graph.getNodeAttributes(id);
  const home = unitOf(node.place, vintage);
  const suppliers = new Map<string, PartnerRef>();
  const buyers = new Map<string, PartnerRef>();
  let linksIn = 0;
  let linksOut = 0;
  graph.forEachInEdge(id, (_e, edge, source) => {
    linksIn++;
    addPartner(suppliers, graph, source, edge.linkType, edge.weight, vintage);
  });
  graph.forEachOutEdge(id, (_e, edge, _source, target) => {
    linksOut++;
    addPartner(buyers, graph, target, edge.linkType, edge.weight, vintage);
  });

  const groups = new Map<DivisionCode, PartnerGroup>();
  const group = (division: DivisionCode) => {
    let g = groups.get(division);
    if (!g) groups.set(division, (g = { division, suppliers: [], buyers: [] }));
    return g;
  };
  for (const ref of suppliers.values()) group(ref.division).suppliers.push(ref);
  for (const ref of buyers.values()) group(ref.division).buyers.push(ref);

  const distinct = new Map<string, DivisionCode>();
  for (const ref of [...suppliers.values(), ...buyers.values()]) distinct.set(ref.id, ref.division);
  let elsewhere = 0;
  for (const division of distinct.values()) if (isCrossDivision(division, home)) elsewhere++;

  const size = (g: PartnerGroup) => g.suppliers.length + g.buyers.length;
  const ordered = [...groups.values()].sort((a, b) => {
    if (a.division === home) return -1;
    if (b.division === home) return 1;
    return size(b) - size(a) || a.division.localeCompare(b.division);
  });
  const byTypeOrder = (a: LinkType, b: LinkType) => LINK_TYPES.indexOf(a) - LINK_TYPES.indexOf(b);
  for (const ref of [...suppliers.values(), ...buyers.values()]) ref.types.sort(byTypeOrder);
  for (const g of ordered) {
    g.suppliers.sort((a, b) => b.links - a.links || a.name.localeCompare(b.name, "ko"));
    g.buyers.sort((a, b) => b.links - a.links || a.name.localeCompare(b.name, "ko"));
  }

  return {
    company: node.company,
    linksIn,
    linksOut,
    partners: distinct.size,
    partnersElsewhere: elsewhere,
    shareElsewhere: distinct.size === 0 ? 0 : elsewhere / distinct.size,
    groups: ordered,
  };
}

/** The company and every company it shares a link with, for hover highlighting. */
export function neighbourhood(graph: SupplyGraph, id: string): Set<string> {
  const set = new Set<string>([id]);
  if (graph.hasNode(id)) graph.forEachNeighbor(id, (n) => set.add(n));
  return set;
}
