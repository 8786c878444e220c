// A division's profile: partner divisions in and out, dependence and concentration of its
// inflow, and its companies ranked by cross-division links. Division-level numbers come from
// flowsOfGraph so they always agree with the map and the flow matrix.
import type { RegionScale } from "../../model/scale.ts";
import { isCrossDivision, type DivisionCode } from "../../model/types.ts";
import { unitOf } from "../../regions/units.ts";
import { flowsOfGraph } from "../flows/divisionFlows.ts";
import type { Flow, FlowMatrix, FlowStat } from "../../model/flows.ts";
import type { KeepEdge, SupplyGraph } from "../types.ts";
import { concentration } from "./concentration.ts";
import type { DivisionCompany, DivisionProfile, PartnerDivision } from "./types.ts";

const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
const stat = (s: FlowStat | undefined): FlowStat => ({ count: s?.count ?? 0, weight: s?.weight ?? 0 });

function partners(flows: readonly Flow[], side: "from" | "to", total: FlowStat): PartnerDivision[] {
  return flows
    .map((f) => ({ division: f[side], count: f.count, weight: f.weight, countShare: share(f.count, total.count), weightShare: share(f.weight, total.weight) }))
    .sort((a, b) => b.count - a.count || b.weight - a.weight || (a.division < b.division ? -1 : a.division > b.division ? 1 : 0));
}

function divisionCompanies(graph: SupplyGraph, division: DivisionCode, vintage: RegionScale, keepEdge?: KeepEdge): DivisionCompany[] {
  const out: DivisionCompany[] = [];
  const elsewhere = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (unitOf(attributes.place, vintage) !== division) return;
    const row: DivisionCompany = { id: node, name: attributes.company.name, tier: attributes.company.tier, crossLinks: 0, crossWeight: 0, crossPartners: 0, links: 0 };
    graph.forEachEdge(node, (edge, link, source, target, sourceAttributes, targetAttributes) => {
      if (keepEdge && !keepEdge(edge, link)) return;
      row.links++;
      const [partner, partnerAttributes] = source === node ? [target, targetAttributes] : [source, sourceAttributes];
      if (!isCrossDivision(unitOf(partnerAttributes.place, vintage), division)) return;
      row.crossLinks++;
      row.crossWeight += link.weight ?? 0;
      elsewhere.add(partner);
    });
    row.crossPartners = elsewhere.size;
    elsewhere.clear();
    out.push(row);
  });
  return out.sort((a, b) => b.crossLinks - a.crossLinks || b.crossWeight - a.crossWeight || b.crossPartners - a.crossPartners || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A profile's division-level part: what a flow matrix alone says about one of its divisions. */
export type DivisionFlowsProfile = Omit<DivisionProfile, "companies">;

/**
 * The division-level part of a profile from any flow matrix of `vintage`: the graph's, or a
 * summary's national one (graph/summary/flows.ts), so both read the same partners, shares and
 * concentration. Throws for a division the matrix does not have.
 */
export function profileOfMatrix(matrix: FlowMatrix, division: DivisionCode, vintage: RegionScale): DivisionFlowsProfile {
  const totals = matrix.totals[division];
  if (!totals) throw new Error(`graph/profiles: '${division}' is not a division of vintage ${vintage}`);
  const inflow = stat(totals.incoming);
  const outflow = stat(totals.outgoing);
  const suppliers = partners(matrix.flows.filter((f) => f.to === division), "from", inflow);
  return {
    division,
    vintage,
    companyCount: totals.companies,
    inflow,
    outflow,
    internal: stat(totals.internal),
    suppliers,
    buyers: partners(matrix.flows.filter((f) => f.from === division), "to", outflow),
    concentration: { count: concentration(suppliers, "count"), weight: concentration(suppliers, "weight") },
  };
}

/**
 * `division` is a display code of `vintage` (KR-GJN under "2026-07"); `keepEdge` applies the
 * app's filters, as in flowsOfGraph. Throws for a division the vintage does not show.
 */
export function divisionProfile(graph: SupplyGraph, division: DivisionCode, vintage: RegionScale, keepEdge?: KeepEdge): DivisionProfile {
  return { ...profileOfMatrix(flowsOfGraph(graph, vintage, keepEdge), division, vintage), companies: divisionCompanies(graph, division, vintage, keepEdge) };
}
