// The metrics result as the worker sends it back: one Float64Array per numeric field (the
// per-type cross-division stats included), the ids joined into one string, and the few
// scalars as they are. Posting MetricsResult itself meant ~60k small objects (10k companies,
// each with a `cross` record of five stats) for the main thread to deserialise: 40-220 ms in
// one task at 10k / 50k. Columns are moved with the transfer list, so the main thread only
// copies the id string and rebuilds the objects in one tight loop (unpackMetricsResult).
// Pure and kept out of the worker entry so Node tests and the bench run the same path.
import type { LinkType } from "../../model/types.ts";
import type { BetweennessInfo, CompanyMetrics, CrossRegionalStat, MetricsResult } from "./types.ts";

/** The numeric fields of CompanyMetrics: each travels as one column. */
export type MetricColumn = { [K in keyof CompanyMetrics]: CompanyMetrics[K] extends number ? K : never }[keyof CompanyMetrics];

/** The keys of `CompanyMetrics.cross`, in the order computeMetrics writes them. */
export const CROSS_KEYS = ["all", "technology", "production", "sales", "other"] as const satisfies ReadonlyArray<LinkType | "all">;

// Fails to compile when a link type is added without a slot above (or a slot goes stale).
type MissingCrossKey = Exclude<LinkType | "all", (typeof CROSS_KEYS)[number]>;
const crossKeysComplete: [MissingCrossKey] extends [never] ? true : MissingCrossKey = true;
void crossKeysComplete;

const METRIC_COLUMNS = [
  "inDegree",
  "outDegree",
  "degree",
  "weightedDegree",
  "pagerank",
  "betweenness",
  "community",
  "partnerDivisions",
  "crossPartnerShare",
  "crossWeightShare",
] as const satisfies readonly MetricColumn[];

type MissingColumn = Exclude<MetricColumn, (typeof METRIC_COLUMNS)[number]>;
const columnsComplete: [MissingColumn] extends [never] ? true : MissingColumn = true;
void columnsComplete;

const STAT_KEYS = ["partners", "links", "weight"] as const satisfies ReadonlyArray<keyof CrossRegionalStat>;

export type CrossColumns = Record<keyof CrossRegionalStat, Float64Array>;

export interface MetricsResultPayload {
  /** Every company id, concatenated in result order. */
  idText: string;
  /** idEnds[i]: where company i's id ends in idText (UTF-16 units, like String.prototype.slice). */
  idEnds: Int32Array;
  /** columns[field][i]: company i's value of that field. */
  columns: Record<MetricColumn, Float64Array>;
  /** cross[type][stat][i]: company i's `cross[type][stat]`. */
  cross: Record<LinkType | "all", CrossColumns>;
  betweenness: BetweennessInfo;
  communities: number;
  vintage: string;
}

export interface PackedMetricsResult {
  payload: MetricsResultPayload;
  /** Pass as postMessage's transfer list (or structuredClone's `transfer`). */
  transfer: ArrayBuffer[];
}

const MODULE = "graph/metrics/resultTransfer";

function newCross(n: number): CrossColumns {
  return { partners: new Float64Array(n), links: new Float64Array(n), weight: new Float64Array(n) };
}

/**
 * Packs a result for the trip back from the worker. Every array is freshly allocated and owns
 * its buffer; `result` itself is left as it was.
 */
export function packMetricsResult(result: MetricsResult): PackedMetricsResult {
  const { companies } = result;
  const n = companies.length;
  const idEnds = new Int32Array(n);
  const ids = new Array<string>(n);
  const columns = Object.fromEntries(METRIC_COLUMNS.map((key) => [key, new Float64Array(n)])) as Record<MetricColumn, Float64Array>;
  const cross = Object.fromEntries(CROSS_KEYS.map((key) => [key, newCross(n)])) as Record<LinkType | "all", CrossColumns>;
  const { inDegree, outDegree, degree, weightedDegree, pagerank, betweenness, community, partnerDivisions, crossPartnerShare, crossWeightShare } = columns;
  let end = 0;
  for (let i = 0; i < n; i++) {
    const m = companies[i]!;
    ids[i] = m.id;
    idEnds[i] = end += m.id.length;
    inDegree[i] = m.inDegree;
    outDegree[i] = m.outDegree;
    degree[i] = m.degree;
    weightedDegree[i] = m.weightedDegree;
    pagerank[i] = m.pagerank;
    betweenness[i] = m.betweenness;
    community[i] = m.community;
    partnerDivisions[i] = m.partnerDivisions;
    crossPartnerShare[i] = m.crossPartnerShare;
    crossWeightShare[i] = m.crossWeightShare;
  }
  for (const key of CROSS_KEYS) {
    const { partners, links, weight } = cross[key];
    for (let i = 0; i < n; i++) {
      const stat = companies[i]!.cross[key];
      partners[i] = stat.partners;
      links[i] = stat.links;
      weight[i] = stat.weight;
    }
  }
  const { mode, samples, expectedError } = result.betweenness;
  const payload: MetricsResultPayload = {
    idText: ids.join(""),
    idEnds,
    columns,
    cross,
    betweenness: { mode, samples, expectedError },
    communities: result.communities,
    vintage: result.vintage,
  };
  const arrays = [idEnds, ...METRIC_COLUMNS.map((key) => columns[key]), ...CROSS_KEYS.flatMap((key) => STAT_KEYS.map((stat) => cross[key][stat]))];
  return { payload, transfer: arrays.map((a) => a.buffer as ArrayBuffer) };
}

function malformed(what: string): never {
  throw new Error(`${MODULE}: the metrics result sent from the worker is malformed (${what})`);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function column(owner: unknown, key: string, n: number, where: string): Float64Array {
  const value = isRecord(owner) ? owner[key] : undefined;
  if (!(value instanceof Float64Array)) malformed(`${where}${key} is not a Float64Array`);
  if (value.length !== n) malformed(`${where}${key} has ${value.length} values for ${n} companies`);
  return value;
}

/**
 * The MetricsResult back from a received payload, equal to what the worker packed. Throws,
 * naming this module, when the payload is not one packMetricsResult made.
 */
export function unpackMetricsResult(payload: MetricsResultPayload): MetricsResult {
  const p: unknown = payload;
  if (!isRecord(p)) malformed("not an object");
  const { idText, idEnds, betweenness, communities, vintage } = p;
  if (typeof idText !== "string") malformed("idText is not a string");
  if (!(idEnds instanceof Int32Array)) malformed("idEnds is not an Int32Array");
  if (typeof vintage !== "string") malformed("vintage is not a string");
  if (typeof communities !== "number") malformed("communities is not a number");
  if (!isRecord(betweenness) || (betweenness.mode !== "exact" && betweenness.mode !== "sampled") || typeof betweenness.samples !== "number" || typeof betweenness.expectedError !== "number") {
    malformed("betweenness is not a BetweennessInfo");
  }
  const n = idEnds.length;
  if ((n > 0 ? idEnds[n - 1] : 0) !== idText.length) malformed("idEnds does not end at the length of idText");

  const inDegree = column(p.columns, "inDegree", n, "columns.");
  const outDegree = column(p.columns, "outDegree", n, "columns.");
  const degree = column(p.columns, "degree", n, "columns.");
  const weightedDegree = column(p.columns, "weightedDegree", n, "columns.");
  const pagerank = column(p.columns, "pagerank", n, "columns.");
  const betweennessValues = column(p.columns, "betweenness", n, "columns.");
  const community = column(p.columns, "community", n, "columns.");
  const partnerDivisions = column(p.columns, "partnerDivisions", n, "columns.");
  const crossPartnerShare = column(p.columns, "crossPartnerShare", n, "columns.");
  const crossWeightShare = column(p.columns, "crossWeightShare", n, "columns.");
  const crossOf = (key: LinkType | "all"): CrossColumns => {
    const owner = isRecord(p.cross) ? p.cross[key] : undefined;
    const where = `cross.${key}.`;
    return { partners: column(owner, "partners", n, where), links: column(owner, "links", n, where), weight: column(owner, "weight", n, where) };
  };
  const all = crossOf("all");
  const technology = crossOf("technology");
  const production = crossOf("production");
  const sales = crossOf("sales");
  const other = crossOf("other");

  // One literal per object, keys in computeMetrics' order, so every company gets the same shape.
  const companies = new Array<CompanyMetrics>(n);
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = idEnds[i]!;
    if (end < start) malformed(`idEnds[${i}] is out of order`);
    companies[i] = {
      id: idText.slice(start, end),
      inDegree: inDegree[i]!,
      outDegree: outDegree[i]!,
      degree: degree[i]!,
      weightedDegree: weightedDegree[i]!,
      pagerank: pagerank[i]!,
      betweenness: betweennessValues[i]!,
      community: community[i]!,
      partnerDivisions: partnerDivisions[i]!,
      crossPartnerShare: crossPartnerShare[i]!,
      crossWeightShare: crossWeightShare[i]!,
      cross: {
        all: { partners: all.partners[i]!, links: all.links[i]!, weight: all.weight[i]! },
        technology: { partners: technology.partners[i]!, links: technology.links[i]!, weight: technology.weight[i]! },
        production: { partners: production.partners[i]!, links: production.links[i]!, weight: production.weight[i]! },
        sales: { partners: sales.partners[i]!, links: sales.links[i]!, weight: sales.weight[i]! },
        other: { partners: other.partners[i]!, links: other.links[i]!, weight: other.weight[i]! },
      },
    };
    start = end;
  }
  return {
    companies,
    betweenness: { mode: betweenness.mode, samples: betweenness.samples, expectedError: betweenness.expectedError },
    communities,
    vintage,
  };
}
