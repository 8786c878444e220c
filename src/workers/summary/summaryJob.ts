// What the summary worker does with a summary's company columns, as plain functions on a plain
// object: search a million names, sort a million rows, rank a million companies. Each would
// hold the main thread for seconds; here they run beside it, and tests run them in Node.

import { vintageOf, type RegionScale } from "../../model/scale.ts";
import { designationCheck, type DesignationCheck } from "../../graph/ranking/designation.ts";
import { scoreSummary, summaryMaxima, summaryParts } from "../../graph/ranking/summaryScore.ts";
import type { RankedCompany, RankingWeights, ScorePart } from "../../graph/ranking/types.ts";
import { resolveWeights } from "../../graph/ranking/weights.ts";
import { buildSearchIndex } from "../../graph/search/buildIndex.ts";
import { search } from "../../graph/search/search.ts";
import type { SearchEntry, SearchIndex } from "../../graph/search/types.ts";
import type { MatchedField } from "../../graph/search/types.ts";
import {
  allStrings, numbersUnder, type SummaryData, type SummaryNationalColumns, type SummaryNumbers,
} from "../../graph/summary/columns.ts";
import { LINK_TYPES, type DivisionCode, type ImportIssue, type Vintage } from "../../model/types.ts";
import type { DivisionCompany } from "../../graph/profiles/types.ts";
import { unitOf } from "../../regions/units.ts";
import { readSummaryCompanies } from "../../io/summary/bundleRead.ts";
import {
  nationalImpact, nationalResilience, type NationalImpact, type NationalRemovalRequest, type NationalResilience, type NationalTables,
} from "../../graph/summary/nationalWhatIf.ts";
import { IssueLog } from "../../io/read/issues.ts";

/**
 * What the worker needs: the company table (flows stay on the main thread), and the national
 * tables the what-if reads when the bundle has them (bundles written before them do not).
 */
export type SummaryTable = Pick<SummaryData, "companies" | "overrides"> & {
  national?: NationalTables | undefined;
  /**
   * Reads the national tables on first use instead (the worker's way: at ten million links
   * company-flows.csv has millions of rows, and opening the bundle must not wait for them).
   */
  readNational?: ((log: IssueLog) => NationalTables | undefined) | undefined;
};

/** A company table read from the bundle's bytes, with the problems its rows had. */
export interface LoadedTable extends SummaryTable {
  /**
   * company-flows.csv and sole-suppliers.csv as columns (rows index the company table); undefined
   * for a bundle written before they existed, or when either file could not be used (reported).
   */
  national?: SummaryNationalColumns | undefined;
  rejected: ImportIssue[];
  warnings: ImportIssue[];
}

/** Reads the company table and the national tables of a summary bundle (summaryRead.ts), for the worker that will answer about it. */
export function loadSummaryTable(zip: Uint8Array, name: string, national: boolean | "later" = true): LoadedTable {
  const log = new IssueLog();
  const table = readSummaryCompanies(zip, name, log, undefined, { national });
  const { rejected, warnings } = log.sorted([name]);
  return { ...table, rejected, warnings };
}

export const SUMMARY_TEXT_SORT_KEYS = ["id", "name", "nameEn", "industry", "tier", "division"] as const;
export const SUMMARY_NUMBER_SORT_KEYS = ["degree", "inDegree", "outDegree", "weightedDegree", "partnerDivisions", "crossLinks", "crossPartners", "crossWeight", "score"] as const;
export type SummarySortKey = (typeof SUMMARY_TEXT_SORT_KEYS)[number] | (typeof SUMMARY_NUMBER_SORT_KEYS)[number];
export type SortDir = "asc" | "desc";

export interface SummaryHit {
  row: number;
  id: string;
  score: number;
  matched: MatchedField;
}

export interface SummaryRankResult {
  check: DesignationCheck;
  /** The first `shown` companies in rank order, with their parts. */
  top: RankedCompany[];
  /** Their rows in the company table. */
  topRows: number[];
  companies: number;
}

/** The numeric column a key sorts by. */
export function numberColumn(numbers: SummaryNumbers, key: (typeof SUMMARY_NUMBER_SORT_KEYS)[number]): Float64Array {
  switch (key) {
    case "crossLinks": return numbers.cross.all.links;
    case "crossPartners": return numbers.cross.all.partners;
    case "crossWeight": return numbers.cross.all.weight;
    default: return numbers[key];
  }
}

/** A company of a division by its national numbers: as the profile's DivisionCompany, with its table row. */
export interface SummaryDivisionCompany extends DivisionCompany {
  row: number;
}

export interface SummaryDivisionCompanies {
  division: DivisionCode;
  /** Companies of the division under the vintage, nationally. */
  companies: number;
  /** The first `shown` by cross-division links (ties as the profile: weight, partners, id). */
  top: SummaryDivisionCompany[];
}

/** One company's national numbers from the table, under a vintage, with its rank under the user's weights. */
export interface SummaryCompanyFigures {
  row: number;
  id: string;
  name: string;
  nameEn: string;
  /** Display division under the vintage. */
  division: DivisionCode;
  tier: string;
  score: number;
  /** 1-based competition rank among `companies`. */
  rank: number;
  companies: number;
  degree: number;
  inDegree: number;
  outDegree: number;
  weightedDegree: number;
  partnerDivisions: number;
  crossLinks: number;
  crossPartners: number;
  crossWeight: number;
  /** Whether the bundle carries its ego network. */
  ego: boolean;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const ZERO_PARTS = Object.freeze(Object.fromEntries(LINK_TYPES.map((t) => [t, { breadth: 0, volume: 0, value: 0 }]))) as Record<(typeof LINK_TYPES)[number], ScorePart>;

export class SummaryJob {
  /** The company table, read by the downloads (summaryDownload.ts). */
  readonly table: SummaryTable;
  private readonly text = new Map<string, string[]>();
  private readonly numbers = new Map<Vintage, SummaryNumbers>();
  private index: SearchIndex | null = null;
  private ranking: { key: string; ranking: ReturnType<typeof scoreSummary> } | null = null;
  private nationalProblem: string | null = null;
  private rowOf: Map<string, number> | null = null;

  constructor(table: SummaryTable) {
    this.table = table;
  }

  /** Company id -> row, built on first use. */
  private rows(): Map<string, number> {
    this.rowOf ??= new Map(this.strings("id").map((id, i) => [id, i]));
    return this.rowOf;
  }

  private strings(key: "id" | "name" | "nameEn" | "industry" | "tier"): string[] {
    let out = this.text.get(key);
    if (!out) this.text.set(key, (out = allStrings(this.table.companies.text[key])));
    return out;
  }

  private numbersUnder(vintage: Vintage): SummaryNumbers {
    let out = this.numbers.get(vintage);
    if (!out) this.numbers.set(vintage, (out = numbersUnder(this.table, vintage)));
    return out;
  }

  /** The app's search (Korean, initial consonants, English, ids) over every company's name and id. */
  search(query: string, limit: number): SummaryHit[] {
    if (!this.index) {
      const ids = this.strings("id");
      const names = this.strings("name");
      const english = this.strings("nameEn");
      const entries: SearchEntry[] = ids.map((id, i) => ({ id, name: names[i] || id, nameEn: english[i] || undefined }));
      this.index = buildSearchIndex(entries);
    }
    const rowOf = this.rows();
    return search(this.index, query, limit).map((hit) => ({ row: rowOf.get(hit.id)!, id: hit.id, score: hit.score, matched: hit.matched }));
  }

  /**
   * Rows in the order of `key`. Text compares by code point: Hangul syllables are in 가나다
   * order there, and a collator over a million names would take tens of seconds. Ties keep the
   * file's order (the ranking's), so equal numbers list the better-scored company first.
   */
  sort(key: SummarySortKey, dir: SortDir, vintage: Vintage): Uint32Array {
    const c = this.table.companies;
    const n = c.count;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const sign = dir === "asc" ? 1 : -1;
    if ((SUMMARY_NUMBER_SORT_KEYS as readonly string[]).includes(key)) {
      const col = numberColumn(this.numbersUnder(vintage), key as (typeof SUMMARY_NUMBER_SORT_KEYS)[number]);
      return order.sort((a, b) => (col[a] !== col[b] ? sign * (col[a]! - col[b]!) : a - b));
    }
    if (key === "division") {
      const codes = c.divisionCodes;
      return order.sort((a, b) => {
        const x = codes[c.division[a]!]!;
        const y = codes[c.division[b]!]!;
        return x !== y ? sign * (x < y ? -1 : 1) : a - b;
      });
    }
    const values = this.strings(key as "id" | "name" | "nameEn" | "industry" | "tier");
    // Empty cells last in either direction: they say nothing about order.
    return order.sort((a, b) => {
      const x = values[a]!;
      const y = values[b]!;
      if (x === y) return a - b;
      if (x === "") return 1;
      if (y === "") return -1;
      return sign * (x < y ? -1 : 1);
    });
  }

  /** The national tables, read now if they were left for later; undefined when the bundle has none (or they could not be used). */
  private nationalTables(): NationalTables | undefined {
    if (this.table.national === undefined && this.table.readNational) {
      const log = new IssueLog();
      this.table.national = this.table.readNational(log);
      this.table.readNational = undefined;
      if (!this.table.national) this.nationalProblem = log.sorted([]).rejected[0]?.message ?? null;
    }
    return this.table.national;
  }

  /** The national tables, or why there are none (a bundle written before them, or tables that could not be used). */
  private needNational(): NationalTables {
    const national = this.nationalTables();
    if (!national) throw new Error(this.nationalProblem ?? "workers/summary: this bundle has no national tables (company-flows.csv, sole-suppliers.csv)");
    return national;
  }

  /**
   * The national what-if (graph/summary/nationalWhatIf.ts). Companies are named by id; ids not
   * in the table are ignored. Known links count only for companies whose ego network the bundle
   * carries: a partner in someone else's ego network holds only some of its links.
   */
  whatIf(request: Omit<NationalRemovalRequest, "rows"> & { companies: readonly string[] }): NationalImpact {
    const national = this.needNational();
    const ids = this.strings("id");
    const rowOf = this.rows();
    const rows = request.companies.map((id) => rowOf.get(id)).filter((r): r is number => r !== undefined);
    const ego = this.table.companies.ego;
    const carried = new Set(rows.filter((r) => ego[r] === 1).map((r) => ids[r]!));
    const knownLinks = (request.knownLinks ?? []).filter((l) => carried.has(l.company));
    const before = this.rankingUnder(request.weights, request.vintage).rank;
    const { companies: _ids, ...rest } = request;
    return nationalImpact(this.table.companies, national, this.numbersUnder(request.vintage), ids, before, { ...rest, rows, knownLinks });
  }

  /** Sole suppliers and single-supplier divisions of the whole nation. */
  resilience(vintage: Vintage, shown: number): NationalResilience {
    const national = this.needNational();
    return nationalResilience(this.table.companies, national, vintage, shown);
  }

  /** The ranking under the user's weights, every company scored; designation by tier. */
  rank(weights: Partial<RankingWeights>, vintage: Vintage, shown: number): SummaryRankResult {
    const c = this.table.companies;
    const numbers = this.numbersUnder(vintage);
    const ids = this.strings("id");
    const names = this.strings("name");
    const tiers = this.strings("tier");
    const w = resolveWeights(weights);
    const ranking = this.rankingUnder(weights, vintage);
    const max = summaryMaxima(numbers);
    const division = (i: number) => c.divisionCodes[c.division[i]!]!;
    const ranked: RankedCompany[] = new Array(c.count);
    ranking.order.forEach((i, k) => {
      const tier = tiers[i] || undefined;
      // Parts are worked out for the rows shown; the check reads only ranks, scores and tiers.
      const parts = k < shown ? summaryParts(numbers, i, w, max) : ZERO_PARTS;
      ranked[k] = { id: ids[i]!, name: names[i] || ids[i]!, division: division(i), tier, rank: ranking.rank[i]!, score: ranking.scores[i]!, parts, designated: tier === "super-regional" };
    });
    return { check: designationCheck(ranked), top: ranked.slice(0, shown), topRows: Array.from(ranking.order.subarray(0, shown)), companies: c.count };
  }

  /** The ranking under `weights` and `vintage`, kept for the next question about the same pair. */
  private rankingUnder(weights: Partial<RankingWeights>, vintage: Vintage): ReturnType<typeof scoreSummary> {
    const key = `${vintage}|${JSON.stringify(resolveWeights(weights))}`;
    if (this.ranking?.key !== key) this.ranking = { key, ranking: scoreSummary(this.strings("id"), this.numbersUnder(vintage), weights) };
    return this.ranking.ranking;
  }

  /**
   * The companies of display division `division` under `vintage` with the most cross-division
   * links, by their national numbers: the top of a division profile for the whole nation.
   */
  divisionCompanies(division: DivisionCode, scale: RegionScale, shown: number): SummaryDivisionCompanies {
    const c = this.table.companies;
    // The national numbers are kept per vintage; the region (a division, or a group of them) is of the scale.
    const vintage = vintageOf(scale);
    const numbers = this.numbersUnder(vintage);
    const links = numbers.cross.all.links;
    const weight = numbers.cross.all.weight;
    const partners = numbers.cross.all.partners;
    const ids = this.strings("id");
    const inDivision = c.divisionCodes.map((code) => unitOf(code, scale) === division);
    const rows: number[] = [];
    for (let i = 0; i < c.count; i++) if (inDivision[c.division[i]!]) rows.push(i);
    rows.sort((a, b) => links[b]! - links[a]! || weight[b]! - weight[a]! || partners[b]! - partners[a]! || byCodePoint(ids[a]!, ids[b]!));
    const names = this.strings("name");
    const tiers = this.strings("tier");
    const top = rows.slice(0, shown).map((i): SummaryDivisionCompany => ({
      row: i, id: ids[i]!, name: names[i] || ids[i]!, tier: tiers[i] || undefined,
      crossLinks: links[i]!, crossWeight: weight[i]!, crossPartners: partners[i]!, links: numbers.degree[i]!,
    }));
    return { division, companies: rows.length, top };
  }

  /** Row `row`'s national numbers under `vintage`, and its rank under `weights` (as the ranking tab). */
  company(row: number, vintage: Vintage, weights: Partial<RankingWeights>): SummaryCompanyFigures {
    const c = this.table.companies;
    if (!Number.isInteger(row) || row < 0 || row >= c.count) throw new Error(`workers/summary: no company row ${row}`);
    const numbers = this.numbersUnder(vintage);
    const ranking = this.rankingUnder(weights, vintage);
    return {
      row,
      id: this.strings("id")[row]!,
      name: this.strings("name")[row]! || this.strings("id")[row]!,
      nameEn: this.strings("nameEn")[row]!,
      division: unitOf(c.divisionCodes[c.division[row]!]!, vintage),
      tier: this.strings("tier")[row]!,
      score: ranking.scores[row]!,
      rank: ranking.rank[row]!,
      companies: c.count,
      degree: numbers.degree[row]!,
      inDegree: numbers.inDegree[row]!,
      outDegree: numbers.outDegree[row]!,
      weightedDegree: numbers.weightedDegree[row]!,
      partnerDivisions: numbers.partnerDivisions[row]!,
      crossLinks: numbers.cross.all.links[row]!,
      crossPartners: numbers.cross.all.partners[row]!,
      crossWeight: numbers.cross.all.weight[row]!,
      ego: c.ego[row] === 1,
    };
  }
}
