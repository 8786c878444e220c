// The summary form of a graph the app built, computed with the app's own analyses (division
// flows, degrees, cross-division stats, the ranking score). It is the reference the DuckDB
// aggregate (`npm run aggregate`) must equal on the same data, and a way to make small
// summary bundles from data the app loaded. Pure; meant for graphs that fit in memory.

import type { Dataset, LinkType, Vintage } from "../../model/types.ts";
import { LINK_TYPES, NO_DIVISION, STORED_VINTAGE, VINTAGES } from "../../model/types.ts";
import type {
  SummaryCompanyFlowRow, SummaryCompanyRow, SummaryCrossStat, SummaryDivisionRow, SummaryFlowRow, SummaryPlaceFlowRow, SummaryPlaceRow,
  SummarySoleSupplierRow, SummaryStatType,
} from "../../model/summary.ts";
import { DEFAULT_EGO_LINKS, SUMMARY_COMPANY_FLOW_TYPES, SUMMARY_STAT_TYPES } from "../../model/summary.ts";
import { toVintage } from "../../regions/divisions.ts";
import { buildGraph } from "../build/buildGraph.ts";
import { flowsOfGraph } from "../flows/divisionFlows.ts";
import { computeCrossRegional } from "../metrics/computeMetrics.ts";
import { computeDegrees } from "../metrics/degrees.ts";
import { flattenGraph } from "../metrics/flatGraph.ts";
import { rankingLookups } from "../ranking/lookups.ts";
import { scoreCompanies } from "../ranking/score.ts";
import { DEFAULT_WEIGHTS } from "../ranking/weights.ts";
import type { SupplyGraph } from "../types.ts";

export interface SummaryOptions {
  /** How many companies, ranked first by the default-weight score, get their ego network. */
  topK: number;
  /** Most links the top companies' ego networks may hold together (DEFAULT_EGO_LINKS when absent). */
  linkBudget?: number;
  /** Company ids named by the user; ids not in the graph are ignored. */
  focus?: readonly string[];
}

export interface DatasetSummary {
  /** Every vintage × year × from × to × type with links, internal cells (from = to) included; see compareFlowRows. */
  flows: SummaryFlowRow[];
  /** Per vintage, one row per division of the vintage's matrix (FlowMatrix.totals), in its order. */
  divisions: SummaryDivisionRow[];
  /** Every company under the stored vintage, in ranking order (score, then cross links, then id). */
  companies: SummaryCompanyRow[];
  /** Per later vintage: only the companies whose partner divisions or cross stats differ (sameCompanyNumbers). */
  companiesByVintage: Partial<Record<Vintage, SummaryCompanyRow[]>>;
  /** Ids with ego networks: the top companies taken (egoTop), in ranking order, then focus ids not among them. */
  ego: string[];
  /** How many of the ranking's first companies were taken: at most topK, cut by the link budget (egoPrefix). */
  egoTop: number;
  requestedTop: number;
  linkBudget: number;
  /** Distinct link years, ascending. */
  years: number[];
  linksWithoutYear: number;
  links: number;
  /** Links whose ends lie in different divisions of the stored vintage. */
  crossLinks: number;
  /** company-flows.csv: per company (ranking order), partner division (code order), type (SUMMARY_COMPANY_FLOW_TYPES order). */
  companyFlows: SummaryCompanyFlowRow[];
  /** sole-suppliers.csv: buyers with exactly one supplier, by supplier id then buyer id (code points). */
  soleSuppliers: SummarySoleSupplierRow[];
  /** place-flows.csv: links per year, place pair and type (see comparePlaceFlowRows). */
  placeFlows: SummaryPlaceFlowRow[];
  /** places.csv: companies per place key, by place. */
  places: SummaryPlaceRow[];
}

const TYPE_ORDER = new Map<string, number>(LINK_TYPES.map((t, i) => [t, i]));
const VINTAGE_ORDER = new Map<string, number>(VINTAGES.map((v, i) => [v, i]));

/** The order flows.csv is written in: vintage, year (no year last), from, to, link type. */
export function compareFlowRows(a: SummaryFlowRow, b: SummaryFlowRow): number {
  const v = VINTAGE_ORDER.get(a.vintage)! - VINTAGE_ORDER.get(b.vintage)!;
  if (v !== 0) return v;
  if (a.year !== b.year) {
    if (a.year === null) return 1;
    if (b.year === null) return -1;
    return a.year - b.year;
  }
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  if (a.to !== b.to) return a.to < b.to ? -1 : 1;
  return TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)!;
}

function flowRows(graph: SupplyGraph, vintage: Vintage, year: number | null): SummaryFlowRow[] {
  const matrix = flowsOfGraph(graph, vintage, (_e, a) => (a.year ?? null) === year);
  const rows: SummaryFlowRow[] = [];
  const cells = [
    ...matrix.flows.map((f) => ({ from: f.from, to: f.to, cell: f })),
    ...Object.entries(matrix.internal).map(([d, cell]) => ({ from: d, to: d, cell: cell! })),
  ];
  for (const { from, to, cell } of cells) {
    for (const type of LINK_TYPES) {
      const stat = cell.byType[type];
      if (stat.count > 0) rows.push({ vintage, year, from, to, type, count: stat.count, weight: stat.weight });
    }
  }
  return rows;
}

/** The order place-flows.csv is written in: year (no year last), from, to (code points), link type. */
export function comparePlaceFlowRows(a: SummaryPlaceFlowRow, b: SummaryPlaceFlowRow): number {
  if (a.year !== b.year) {
    if (a.year === null) return 1;
    if (b.year === null) return -1;
    return a.year - b.year;
  }
  return compareCodePoints(a.from, b.from) || compareCodePoints(a.to, b.to) || TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)!;
}

/**
 * place-flows.csv and places.csv: every link between the companies' place keys (the graph's
 * `place`, the key FlowAccumulator groups by), as flowsOfGraph adds them: unknown types are
 * "other", a missing amount adds 0, a link with an unplaced end is in no cell.
 */
function placeRows(graph: SupplyGraph): { placeFlows: SummaryPlaceFlowRow[]; places: SummaryPlaceRow[] } {
  const cells = new Map<string, SummaryPlaceFlowRow>();
  graph.forEachEdge((_e, a, _s, _t, sa, ta) => {
    if (sa.place === NO_DIVISION || ta.place === NO_DIVISION) return;
    const type = TYPE_ORDER.has(a.linkType) ? a.linkType : "other";
    const year = a.year ?? null;
    const key = `${year}\u0000${sa.place}\u0000${ta.place}\u0000${type}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { year, from: sa.place, to: ta.place, type, count: 0, weight: 0 }));
    cell.count++;
    if (typeof a.weight === "number" && Number.isFinite(a.weight)) cell.weight += a.weight;
  });
  const companies = new Map<string, number>();
  graph.forEachNode((_n, a) => {
    if (a.place !== NO_DIVISION) companies.set(a.place, (companies.get(a.place) ?? 0) + 1);
  });
  const places = [...companies].map(([place, n]) => ({ place, companies: n })).sort((x, y) => compareCodePoints(x.place, y.place));
  return { placeFlows: [...cells.values()].sort(comparePlaceFlowRows), places };
}

function divisionRows(graph: SupplyGraph, vintage: Vintage): SummaryDivisionRow[] {
  const matrix = flowsOfGraph(graph, vintage);
  return matrix.divisions.map((division) => {
    const d = matrix.totals[division]!;
    return {
      vintage, division, companies: d.companies,
      outgoingCount: d.outgoing.count, outgoingWeight: d.outgoing.weight,
      incomingCount: d.incoming.count, incomingWeight: d.incoming.weight,
      internalCount: d.internal.count, internalWeight: d.internal.weight,
      partnerDivisions: d.partnerDivisions, crossShare: d.crossShare,
    };
  });
}

interface Ranked {
  rows: SummaryCompanyRow[];
  /** Ids in ranking order. */
  order: string[];
}

function companyRows(graph: SupplyGraph, vintage: Vintage, ego: ReadonlySet<string>): Ranked {
  const flat = flattenGraph(graph, vintage);
  const degrees = computeDegrees(flat);
  const cross = computeCrossRegional(graph, vintage);
  const { tiers, labels } = rankingLookups(graph);
  const ranked = scoreCompanies(cross, tiers, labels, DEFAULT_WEIGHTS);
  const score = new Map(ranked.map((r) => [r.id, r.score]));
  const byId = new Map<string, SummaryCompanyRow>();
  flat.ids.forEach((id, u) => {
    const c = graph.getNodeAttribute(id, "company");
    const m = cross[u]!;
    const stats = Object.fromEntries(
      SUMMARY_STAT_TYPES.map((t): [SummaryStatType, SummaryCrossStat] => [t, { ...m.cross[t as LinkType | "all"] }]),
    ) as Record<SummaryStatType, SummaryCrossStat>;
    const inDegree = degrees.inDegree[u]!;
    const outDegree = degrees.outDegree[u]!;
    byId.set(id, {
      id, name: c.name, nameEn: c.nameEn, division: c.division, municipality: c.municipality, industry: c.industry,
      tier: c.tier, lat: c.lat, lon: c.lon,
      inDegree, outDegree, degree: inDegree + outDegree, weightedDegree: degrees.weighted[u]!,
      partnerDivisions: m.partnerDivisions, cross: stats, score: score.get(id)!, ego: ego.has(id),
    });
  });
  const order = ranked.map((r) => r.id);
  return { rows: order.map((id) => byId.get(id)!), order };
}

/**
 * Whether two rows of one company carry the same vintage-dependent numbers (partner divisions
 * and cross stats). The score is left out: one changed maximum moves every company's score.
 */
export function sameCompanyNumbers(a: SummaryCompanyRow, b: SummaryCompanyRow): boolean {
  if (a.partnerDivisions !== b.partnerDivisions) return false;
  return SUMMARY_STAT_TYPES.every((t) => {
    const x = a.cross[t];
    const y = b.cross[t];
    return x.partners === y.partners && x.links === y.links && x.weight === y.weight;
  });
}

/**
 * How many of `ranked` (best first) to take so that the union of their links stays within
 * `budget`. A prefix, so that "the top k" stays easy to explain: it stops at the first company
 * that would go over rather than skipping it. The first is always taken: it matters most, and
 * a bundle without it would be no use at all.
 */
export function egoPrefix(ranked: readonly string[], linksOf: (id: string) => Iterable<string>, budget: number): number {
  const union = new Set<string>();
  let taken = 0;
  for (const id of ranked) {
    const fresh: string[] = [];
    for (const link of linksOf(id)) if (!union.has(link)) fresh.push(link);
    if (taken > 0 && union.size + new Set(fresh).size > budget) break;
    for (const link of fresh) union.add(link);
    taken++;
  }
  return taken;
}

/** Code-point order (what the engine's binary string order is); `<` on strings compares UTF-16 units. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

const FLOW_TYPE_ORDER = new Map<string, number>(SUMMARY_COMPANY_FLOW_TYPES.map((t, i) => [t, i]));

interface FlowCell {
  row: SummaryCompanyFlowRow;
  partners: Set<string>;
}

/**
 * company-flows.csv, the plain way: every link seen from both ends, added to the end's cell for
 * (the other end's division, the link's type) and for (that division, "all"), the other end put
 * in the cell's set of partners. A partner without a division (NO_DIVISION) gets cells under
 * division "" like any other: every link of a company is in its rows, so its "all" rows add up
 * to its degrees; flows.csv, like the map, leaves such links out.
 */
function companyFlowRows(graph: SupplyGraph, order: readonly string[]): SummaryCompanyFlowRow[] {
  const cells = new Map<string, Map<string, FlowCell>>();
  const add = (id: string, division: string, type: SummaryCompanyFlowRow["type"], partner: string, out: boolean, weight: number) => {
    let mine = cells.get(id);
    if (!mine) cells.set(id, (mine = new Map()));
    const key = `${division}\u0000${type}`;
    let cell = mine.get(key);
    if (!cell) {
      cell = { row: { id, division, type, outLinks: 0, outWeight: 0, inLinks: 0, inWeight: 0, partners: 0 }, partners: new Set() };
      mine.set(key, cell);
    }
    if (out) {
      cell.row.outLinks++;
      cell.row.outWeight += weight;
    } else {
      cell.row.inLinks++;
      cell.row.inWeight += weight;
    }
    cell.partners.add(partner);
  };
  graph.forEachEdge((_e, a, source, target, sa, ta) => {
    // As flattenGraph reads a link: unknown types are "other", a missing amount weighs 0.
    const type = TYPE_ORDER.has(a.linkType) ? a.linkType : "other";
    const weight = typeof a.weight === "number" && Number.isFinite(a.weight) ? a.weight : 0;
    const from = toVintage(sa.division, STORED_VINTAGE);
    const to = toVintage(ta.division, STORED_VINTAGE);
    for (const t of [type, "all"] as const) {
      add(source, to, t, target, true, weight);
      add(target, from, t, source, false, weight);
    }
  });
  const rows: SummaryCompanyFlowRow[] = [];
  for (const id of order) {
    const mine = [...(cells.get(id)?.values() ?? [])];
    mine.sort((x, y) => compareCodePoints(x.row.division, y.row.division) || FLOW_TYPE_ORDER.get(x.row.type)! - FLOW_TYPE_ORDER.get(y.row.type)!);
    for (const cell of mine) rows.push({ ...cell.row, partners: cell.partners.size });
  }
  return rows;
}

/** sole-suppliers.csv: every buyer all of whose incoming links come from one supplier. */
function soleSupplierRows(graph: SupplyGraph): SummarySoleSupplierRow[] {
  const rows: SummarySoleSupplierRow[] = [];
  graph.forEachNode((buyer) => {
    const suppliers = new Set(graph.inNeighbors(buyer));
    if (suppliers.size === 1) rows.push({ buyer, supplier: [...suppliers][0]!, links: graph.inDegree(buyer) });
  });
  return rows.sort((a, b) => compareCodePoints(a.supplier, b.supplier) || compareCodePoints(a.buyer, b.buyer));
}

/** The summary of a graph the app built (buildGraph), under every vintage. */
export function summariseGraph(graph: SupplyGraph, opts: SummaryOptions): DatasetSummary {
  const years = new Set<number>();
  let linksWithoutYear = 0;
  let crossLinks = 0;
  graph.forEachEdge((_e, a) => {
    if (a.year === undefined) linksWithoutYear++;
    else years.add(a.year);
    if (a.cross) crossLinks++;
  });
  const yearList = [...years].sort((a, b) => a - b);

  // The ego set needs the ranking first; the flag is then set on the stored vintage's rows.
  const first = companyRows(graph, STORED_VINTAGE, new Set());
  const requestedTop = Math.max(0, Math.floor(opts.topK));
  const linkBudget = opts.linkBudget ?? DEFAULT_EGO_LINKS;
  const candidates = first.order.slice(0, requestedTop);
  const egoTop = egoPrefix(candidates, (id) => graph.edges(id), linkBudget);
  const ego = candidates.slice(0, egoTop);
  const chosen = new Set(ego);
  for (const id of opts.focus ?? []) {
    if (graph.hasNode(id) && !chosen.has(id)) {
      chosen.add(id);
      ego.push(id);
    }
  }
  for (const row of first.rows) row.ego = chosen.has(row.id);
  const stored = new Map(first.rows.map((r) => [r.id, r]));

  const companiesByVintage: Partial<Record<Vintage, SummaryCompanyRow[]>> = {};
  for (const vintage of VINTAGES) {
    if (vintage === STORED_VINTAGE) continue;
    companiesByVintage[vintage] = companyRows(graph, vintage, chosen).rows.filter((r) => !sameCompanyNumbers(r, stored.get(r.id)!));
  }

  const flows: SummaryFlowRow[] = [];
  const divisions: SummaryDivisionRow[] = [];
  for (const vintage of VINTAGES) {
    for (const year of [...yearList, null]) flows.push(...flowRows(graph, vintage, year));
    divisions.push(...divisionRows(graph, vintage));
  }
  flows.sort(compareFlowRows);

  return {
    flows, divisions, companies: first.rows, companiesByVintage, ego, egoTop, requestedTop, linkBudget,
    years: yearList, linksWithoutYear, links: graph.size, crossLinks,
    companyFlows: companyFlowRows(graph, first.order), soleSuppliers: soleSupplierRows(graph), ...placeRows(graph),
  };
}

/** The summary of a dataset the app's readers produced: built into a graph as the app builds it. */
export function summariseDataset(dataset: Dataset, opts: SummaryOptions): DatasetSummary {
  return summariseGraph(buildGraph(dataset, { positions: new Map() }), opts);
}
