// The national what-if of a summary bundle: what the nation loses when a company or a whole
// division drops out, from the tables the aggregate writes for it (company-flows.csv: each
// company's links per partner division and type; sole-suppliers.csv: each buyer's only
// supplier) rather than from the ego networks the tab holds. Pure functions on columns, run in
// the summary worker: a million companies and ten million table rows are scanned in a blink
// there and would freeze the page here.
//
// What is exact and what is not, so the panel can say it:
// - a division: links lost, flows, stranded companies and every score are exact;
// - one company: links lost, flows and stranded buyers are exact; its partners' scores are
//   exact when the bundle holds its links (its ego network), otherwise it leaves the ranking
//   and each partner keeps one partner it no longer has (`partnersAdjusted: false`);
// - several companies: buyers whose suppliers were all among them are stranded too, but
//   sole-suppliers.csv lists only buyers with one supplier, so the count is a lower bound.

import { isCrossDivision, LINK_TYPES, type DivisionCode, type LinkType, type Vintage } from "../../model/types.ts";
import { unitOf } from "../../regions/units.ts";
import { scoreSummary } from "../ranking/summaryScore.ts";
import { competitionRanks } from "../ranking/score.ts";
import type { RankingWeights } from "../ranking/types.ts";
import { numberArrays, type SummaryCompanies, type SummaryCompanyFlows, type SummaryNationalColumns, type SummaryNumbers } from "./columns.ts";

/** The national tables of a bundle, as the summary worker holds them. */
export type NationalTables = SummaryNationalColumns;

/** One company's links with one partner division and one link type (a company-flows row without "all"). */
export interface CompanyFlowPart {
  /** The removed company's division, stored vintage. */
  own: DivisionCode;
  /** The partner division, stored vintage. */
  partner: DivisionCode;
  type: LinkType;
  outLinks: number;
  outWeight: number;
  inLinks: number;
  inWeight: number;
}

/** A link of a removed company the bundle holds (its ego network), summed per partner and type. */
export interface KnownLink {
  company: string;
  partner: string;
  type: LinkType;
  links: number;
  weight: number;
}

export interface NationalRemovalRequest {
  /** Rows of the company table taken out. */
  rows: readonly number[];
  /** A display division of `vintage` taken out, with every company in it. */
  division: DivisionCode | null;
  vintage: Vintage;
  weights: Partial<RankingWeights>;
  /** Links of removed companies whose ego networks the bundle carries: their partners are rescored exactly. */
  knownLinks?: readonly KnownLink[];
  /** How many companies of the ranking after the removal to return. */
  shown: number;
}

export interface RankMove {
  row: number;
  /** Rank after the removal (1-based). */
  rank: number;
  /** Rank before it, under the same weights and vintage. */
  before: number;
  score: number;
}

export interface NationalImpact {
  /** Companies taken out. */
  removed: number;
  /**
   * Links touching a removed company, every one (also those with an unplaced partner, which no
   * flow holds): all-type rows of the removed companies, links between two of them once.
   */
  linksLost: number;
  /** Flow parts of the removed companies (company removal only): the main thread subtracts them from the nation's flows. */
  parts: CompanyFlowPart[];
  /** Each removed company's stored division (company removal only): the division counts one fewer. */
  companies: DivisionCode[];
  stranded: {
    count: number;
    /** The first rows, in company-table order (ranking order). */
    rows: number[];
    /** Stranded companies per display division of the vintage. */
    byDivision: Array<[DivisionCode, number]>;
    /** False when the count is a lower bound (several companies removed). */
    exact: boolean;
  };
  ranking: {
    top: RankMove[];
    /** Whether every partner of the removed companies was rescored (false: a removed company's links are not in the bundle). */
    partnersAdjusted: boolean;
    /** Companies ranked in the top `shown` after the removal that were not before. */
    entered: number;
  };
}

const ALL = LINK_TYPES.length;
const STRANDED_ROWS = 100;

/** The rows of company row `row` in company-flows, per link type (the "all" rows left out). */
export function companyFlowParts(companies: SummaryCompanies, flows: SummaryCompanyFlows, row: number): CompanyFlowPart[] {
  const own = companies.divisionCodes[companies.division[row]!]!;
  const parts: CompanyFlowPart[] = [];
  for (let k = flows.start[row]!; k < flows.start[row + 1]!; k++) {
    const t = flows.type[k]!;
    if (t >= ALL) continue;
    parts.push({
      own, partner: flows.codes[flows.division[k]!]!, type: LINK_TYPES[t]!,
      outLinks: flows.outLinks[k]!, outWeight: flows.outWeight[k]!, inLinks: flows.inLinks[k]!, inWeight: flows.inWeight[k]!,
    });
  }
  return parts;
}

/** A change to some rows of the score's numbers that can be taken back. */
class NumberEdits {
  private readonly saved = new Map<Float64Array, Map<number, number>>();
  constructor(readonly numbers: SummaryNumbers) {}
  add(column: Float64Array, row: number, delta: number): void {
    this.remember(column, row);
    column[row] = column[row]! + delta;
  }
  zero(row: number): void {
    for (const column of numberArrays(this.numbers)) {
      this.remember(column, row);
      column[row] = 0;
    }
  }
  private remember(column: Float64Array, row: number): void {
    let rows = this.saved.get(column);
    if (!rows) this.saved.set(column, (rows = new Map()));
    if (!rows.has(row)) rows.set(row, column[row]!);
  }
  undo(): void {
    for (const [column, rows] of this.saved) for (const [row, value] of rows) column[row] = value;
    this.saved.clear();
  }
}

/** Per row: whether it is taken out by the request. */
function removedMask(companies: SummaryCompanies, request: NationalRemovalRequest): Uint8Array {
  const mask = new Uint8Array(companies.count);
  for (const row of request.rows) if (row >= 0 && row < companies.count) mask[row] = 1;
  if (request.division !== null) {
    const inDivision = companies.divisionCodes.map((code) => unitOf(code, request.vintage) === request.division);
    for (let i = 0; i < companies.count; i++) if (inDivision[companies.division[i]!]) mask[i] = 1;
  }
  return mask;
}

/** Takes every removed division's links off the cross numbers of the companies outside it. */
function editForDivision(edits: NumberEdits, companies: SummaryCompanies, flows: SummaryCompanyFlows, removed: Uint8Array, division: DivisionCode, vintage: Vintage): void {
  const { numbers } = edits;
  const partnerIn = flows.codes.map((code) => unitOf(code, vintage) === division);
  for (let c = 0; c < companies.count; c++) {
    if (removed[c]) continue;
    let lostDivision = false;
    for (let k = flows.start[c]!; k < flows.start[c + 1]!; k++) {
      if (!partnerIn[flows.division[k]!]) continue;
      const t = flows.type[k]!;
      const stat = numbers.cross[t >= ALL ? "all" : LINK_TYPES[t]!];
      edits.add(stat.links, c, -(flows.outLinks[k]! + flows.inLinks[k]!));
      edits.add(stat.weight, c, -(flows.outWeight[k]! + flows.inWeight[k]!));
      edits.add(stat.partners, c, -flows.partners[k]!);
      if (t >= ALL) lostDivision = true;
    }
    // Under a merged vintage two stored divisions are one partner division: counted once.
    if (lostDivision) edits.add(numbers.partnerDivisions, c, -1);
  }
}

/**
 * Takes removed companies' known links off their partners' cross numbers. A partner loses a
 * partner division when every partner it had there is removed; company-flows' "all" rows say
 * how many partners it had there.
 */
function editForCompanies(
  edits: NumberEdits, companies: SummaryCompanies, flows: SummaryCompanyFlows, removed: Uint8Array, rowOf: (id: string) => number | undefined,
  known: readonly KnownLink[], vintage: Vintage,
): void {
  const { numbers } = edits;
  const divisionOf = (row: number) => unitOf(companies.divisionCodes[companies.division[row]!]!, vintage);
  // Removed partners per (partner row, division), and the pairs already counted in "all".
  const lostThere = new Map<number, Map<DivisionCode, Set<number>>>();
  const pairs = new Set<string>();
  for (const link of known) {
    const x = rowOf(link.company);
    const p = rowOf(link.partner);
    if (x === undefined || p === undefined || removed[p]) continue;
    const there = divisionOf(x);
    // Inside one division, or an unplaced end: not a cross-division link (isCrossDivision).
    if (!isCrossDivision(there, divisionOf(p))) continue;
    const stat = numbers.cross[link.type];
    edits.add(stat.links, p, -link.links);
    edits.add(stat.weight, p, -link.weight);
    edits.add(stat.partners, p, -1);
    edits.add(numbers.cross.all.links, p, -link.links);
    edits.add(numbers.cross.all.weight, p, -link.weight);
    const pair = `${x}:${p}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    edits.add(numbers.cross.all.partners, p, -1);
    let byDivision = lostThere.get(p);
    if (!byDivision) lostThere.set(p, (byDivision = new Map()));
    let set = byDivision.get(there);
    if (!set) byDivision.set(there, (set = new Set()));
    set.add(x);
  }
  for (const [p, byDivision] of lostThere) {
    for (const [there, gone] of byDivision) {
      let had = 0;
      for (let k = flows.start[p]!; k < flows.start[p + 1]!; k++) {
        if (flows.type[k] === ALL && unitOf(flows.codes[flows.division[k]!]!, vintage) === there) had += flows.partners[k]!;
      }
      if (had <= gone.size) edits.add(numbers.partnerDivisions, p, -1);
    }
  }
}

/**
 * Links with a removed end. Each company's "all" rows hold every link it has once; a link
 * between two removed companies is in both, so those are halved. Exact for a division; for
 * several companies a link between two of them in one division cannot be told from two links
 * each to another company there, so it may count twice (the stranded count says "at least" then).
 */
function linksTouching(companies: SummaryCompanies, flows: SummaryCompanyFlows, removed: Uint8Array): number {
  // Removed companies per stored division: a row's partners are all removed only if its whole division is.
  const total = new Map<number, number>();
  const gone = new Map<number, number>();
  for (let c = 0; c < companies.count; c++) {
    total.set(companies.division[c]!, (total.get(companies.division[c]!) ?? 0) + 1);
    if (removed[c]) gone.set(companies.division[c]!, (gone.get(companies.division[c]!) ?? 0) + 1);
  }
  const codeIndex = new Map(companies.divisionCodes.map((code, i) => [code, i]));
  const wholly = flows.codes.map((code) => {
    const d = codeIndex.get(code);
    return d !== undefined && gone.get(d) === total.get(d);
  });
  let links = 0;
  let twice = 0;
  for (let c = 0; c < companies.count; c++) {
    if (!removed[c]) continue;
    for (let k = flows.start[c]!; k < flows.start[c + 1]!; k++) {
      if (flows.type[k] !== ALL) continue;
      const n = flows.outLinks[k]! + flows.inLinks[k]!;
      links += n;
      if (wholly[flows.division[k]!]) twice += n;
    }
  }
  return links - twice / 2;
}

/** Companies that had a supplier and have none once the removed ones are gone. */
function strandedOf(companies: SummaryCompanies, national: NationalTables, removed: Uint8Array, request: NationalRemovalRequest): NationalImpact["stranded"] {
  const stranded = new Uint8Array(companies.count);
  if (request.division !== null) {
    // Every incoming link of a company outside the division came from inside it.
    const flows = national.companyFlows;
    const partnerIn = flows.codes.map((code) => unitOf(code, request.vintage) === request.division);
    for (let c = 0; c < companies.count; c++) {
      if (removed[c]) continue;
      let all = 0;
      let fromRemoved = 0;
      for (let k = flows.start[c]!; k < flows.start[c + 1]!; k++) {
        if (flows.type[k] !== ALL) continue;
        all += flows.inLinks[k]!;
        if (partnerIn[flows.division[k]!]) fromRemoved += flows.inLinks[k]!;
      }
      if (all > 0 && fromRemoved === all) stranded[c] = 1;
    }
  }
  // Buyers whose one supplier is removed (a removed division's buyers are counted above too).
  const sole = national.soleSuppliers;
  for (let k = 0; k < sole.count; k++) if (removed[sole.supplier[k]!] && !removed[sole.buyer[k]!]) stranded[sole.buyer[k]!] = 1;
  const rows: number[] = [];
  const perDivision = new Map<DivisionCode, number>();
  let count = 0;
  for (let c = 0; c < companies.count; c++) {
    if (!stranded[c]) continue;
    count++;
    if (rows.length < STRANDED_ROWS) rows.push(c);
    const d = unitOf(companies.divisionCodes[companies.division[c]!]!, request.vintage);
    perDivision.set(d, (perDivision.get(d) ?? 0) + 1);
  }
  const byDivision = [...perDivision].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { count, rows, byDivision, exact: request.division !== null ? request.rows.length === 0 : request.rows.length <= 1 };
}

/**
 * The national impact of a removal. `numbers` are the company numbers under the request's
 * vintage (numbersUnder): they are edited in place while scoring and restored before returning.
 * `before` is the rank of each row without the removal under the same weights (SummaryRanking.rank).
 */
export function nationalImpact(
  companies: SummaryCompanies, national: NationalTables, numbers: SummaryNumbers, ids: readonly string[], before: Uint32Array,
  request: NationalRemovalRequest,
): NationalImpact {
  const removed = removedMask(companies, request);
  let count = 0;
  for (let i = 0; i < removed.length; i++) count += removed[i]!;
  const flows = national.companyFlows;
  const parts = request.division === null ? request.rows.flatMap((row) => companyFlowParts(companies, flows, row)) : [];

  const rowIndex = new Map<string, number>();
  const rowOf = (id: string) => {
    if (rowIndex.size === 0) ids.forEach((x, i) => rowIndex.set(x, i));
    return rowIndex.get(id);
  };
  const known = request.knownLinks ?? [];
  const knownCompanies = new Set(known.map((l) => l.company));
  const partnersAdjusted = request.division !== null || request.rows.every((row) => knownCompanies.has(ids[row]!) || flows.start[row + 1] === flows.start[row]);

  const edits = new NumberEdits(numbers);
  let top: RankMove[];
  let entered = 0;
  try {
    for (let i = 0; i < removed.length; i++) if (removed[i]) edits.zero(i);
    if (request.division !== null) editForDivision(edits, companies, flows, removed, request.division, request.vintage);
    else editForCompanies(edits, companies, flows, removed, rowOf, known, request.vintage);
    const ranking = scoreSummary(ids, numbers, request.weights);
    const order: number[] = [];
    for (const row of ranking.order) if (!removed[row]) order.push(row);
    const ranks = competitionRanks(Math.min(order.length, request.shown), (k) => ranking.scores[order[k]!]!);
    top = order.slice(0, request.shown).map((row, k) => ({ row, rank: ranks[k]!, before: before[row]!, score: ranking.scores[row]! }));
    entered = top.filter((m) => m.before > request.shown).length;
  } finally {
    edits.undo();
  }
  const ownDivisions = request.division === null ? request.rows.map((row) => companies.divisionCodes[companies.division[row]!]!) : [];
  return { removed: count, linksLost: linksTouching(companies, flows, removed), parts, companies: ownDivisions, stranded: strandedOf(companies, national, removed, request), ranking: { top, partnersAdjusted, entered } };
}

/** A supplier some buyers depend on alone, nationally. */
export interface NationalSoleSupplier {
  /** Row of the company table. */
  row: number;
  /** Buyers whose every incoming link comes from it. */
  buyers: number;
}

/** A division whose whole inflow of one link type comes from one company in another division. */
export interface NationalSingleSupplier {
  division: DivisionCode;
  type: LinkType;
  /** Row of the company table. */
  supplier: number;
  supplierDivision: DivisionCode;
  links: number;
  weight: number;
}

export interface NationalResilience {
  /** Companies that are some buyer's only supplier. */
  soleSuppliers: number;
  /** The first `shown` of them, most dependent buyers first, then by row (ranking order). */
  topSole: NationalSoleSupplier[];
  /** As graph/resilience singleSupplierDivisions: by division code, then type. */
  single: NationalSingleSupplier[];
}

/**
 * The resilience lists of the whole nation: sole suppliers from sole-suppliers.csv, and
 * single-supplier divisions from each company's outgoing rows of company-flows.csv (inflow from
 * another division of `vintage`, as the flow matrix counts it).
 */
export function nationalResilience(companies: SummaryCompanies, national: NationalTables, vintage: Vintage, shown: number): NationalResilience {
  const sole = national.soleSuppliers;
  const buyers = new Map<number, number>();
  for (let k = 0; k < sole.count; k++) buyers.set(sole.supplier[k]!, (buyers.get(sole.supplier[k]!) ?? 0) + 1);
  const topSole = [...buyers].map(([row, n]) => ({ row, buyers: n })).sort((a, b) => b.buyers - a.buyers || a.row - b.row).slice(0, shown);

  const flows = national.companyFlows;
  const partner = flows.codes.map((code) => unitOf(code, vintage));
  interface Tally { supplier: number; several: boolean; links: number; weight: number }
  const tallies = new Map<DivisionCode, Array<Tally | undefined>>();
  for (let c = 0; c < companies.count; c++) {
    const own = unitOf(companies.divisionCodes[companies.division[c]!]!, vintage);
    for (let k = flows.start[c]!; k < flows.start[c + 1]!; k++) {
      const t = flows.type[k]!;
      const to = partner[flows.division[k]!]!;
      if (t >= ALL || flows.outLinks[k] === 0 || !isCrossDivision(own, to)) continue;
      let byType = tallies.get(to);
      if (!byType) tallies.set(to, (byType = []));
      const tally = byType[t];
      if (!tally) byType[t] = { supplier: c, several: false, links: flows.outLinks[k]!, weight: flows.outWeight[k]! };
      else {
        tally.links += flows.outLinks[k]!;
        tally.weight += flows.outWeight[k]!;
        if (tally.supplier !== c) tally.several = true;
      }
    }
  }
  const single: NationalSingleSupplier[] = [];
  for (const division of [...tallies.keys()].sort()) {
    tallies.get(division)!.forEach((tally, t) => {
      if (!tally || tally.several) return;
      const supplierDivision = unitOf(companies.divisionCodes[companies.division[tally.supplier]!]!, vintage);
      single.push({ division, type: LINK_TYPES[t]!, supplier: tally.supplier, supplierDivision, links: tally.links, weight: tally.weight });
    });
  }
  return { soleSuppliers: buyers.size, topSole, single };
}
