// The summary form of a snapshot bundle: what national-scale data becomes once an engine
// (DuckDB, through `npm run aggregate`) has aggregated it. Tens of millions of links do not
// fit a browser tab; their division flows, per-division totals, one row of numbers per company
// and the full ego networks of the companies that matter do.
//
// One declaration serves the writer (the aggregate CLI, and the app's own reference
// computation it is tested against) and the reader (the app's summary mode). Pure data.

import type { DivisionCode, LinkType, Vintage } from "./types.ts";

export const SUMMARY_FORMAT = "supply-atlas-summary";
export const SUMMARY_VERSION = 1;

/**
 * Most links the ego networks of the top companies may hold together (`--ego-links`). The app
 * builds the ego graph in the tab; about 50,000 links open in about a second, while the top 100
 * of data with hubs can hold hundreds of thousands.
 */
export const DEFAULT_EGO_LINKS = 50_000;

/**
 * Files of a summary bundle (.zip). `graph.json` holds the ego networks as graphology JSON,
 * the same file a full snapshot bundle holds, so any reader of full bundles still gets a valid
 * (smaller) graph; `summary.json` is what marks the bundle as a summary.
 */
export const SUMMARY_FILES = {
  manifest: "summary.json",
  flows: "flows.csv",
  divisions: "divisions.csv",
  companies: "companies.csv",
  /**
   * Companies whose partner divisions or cross stats differ under a later vintage: only those
   * rows, same columns, their score the later vintage's. The score alone is not compared: a
   * changed maximum moves every company's score, and the app rescores anyway.
   */
  companiesVintage: (vintage: Vintage) => `companies-${vintage}.csv`,
  ego: "graph.json",
  /** Each company's links per partner division and link type: the national what-if and profiles read it. */
  companyFlows: "company-flows.csv",
  /** Every buyer with exactly one supplier, and that supplier: who is stranded when a company goes. */
  soleSuppliers: "sole-suppliers.csv",
  /** Links between place keys (municipality, else division): the municipality level reads it. Absent from bundles made before it. */
  placeFlows: "place-flows.csv",
  /** Companies per place key: the municipality level's company counts. Absent from bundles made before it. */
  places: "places.csv",
  report: "import-report.csv",
  metadata: "metadata.json",
  view: "view.json",
  readme: "README.txt",
} as const;

/** The link types plus their total, in the order company columns are written. */
export const SUMMARY_STAT_TYPES = ["technology", "production", "sales", "other", "all"] as const;
export type SummaryStatType = (typeof SUMMARY_STAT_TYPES)[number];

/** One row of flows.csv: links from `from` to `to` of one type and year, under one vintage. */
export interface SummaryFlowRow {
  vintage: Vintage;
  /** null for links without a year (written as an empty cell). */
  year: number | null;
  from: DivisionCode;
  /** Equal to `from` for links inside one division. */
  to: DivisionCode;
  type: LinkType;
  count: number;
  /** Summed weight; links without a weight add 0. */
  weight: number;
}
export const SUMMARY_FLOW_COLUMNS = ["vintage", "year", "from", "to", "type", "count", "weight"] as const;

/**
 * One row of place-flows.csv: links from companies placed at `from` to companies placed at `to`,
 * of one type and year. A place is the company's key (model/place.ts): its municipality code
 * when the data resolved one, else its stored (2023) division code, so the table holds every
 * placed link once and needs no vintage: every level and vintage is a grouping of its places
 * (regions/units.ts unitOf). Links with an unplaced end are left out, as flows.csv leaves them.
 * Ordered by year (none last), from, to (code points), type (LINK_TYPES).
 */
export interface SummaryPlaceFlowRow {
  year: number | null;
  from: string;
  to: string;
  type: LinkType;
  count: number;
  weight: number;
}
export const SUMMARY_PLACE_FLOW_COLUMNS = ["year", "from", "to", "type", "count", "weight"] as const;

/** One row of places.csv: the companies whose place key is `place`; unplaced companies have no row. By place (code points). */
export interface SummaryPlaceRow {
  place: string;
  companies: number;
}
export const SUMMARY_PLACE_COLUMNS = ["place", "companies"] as const;

/** One row of divisions.csv: the same numbers as the app's DivisionTotals, all years and types. */
export interface SummaryDivisionRow {
  vintage: Vintage;
  division: DivisionCode;
  companies: number;
  outgoingCount: number;
  outgoingWeight: number;
  incomingCount: number;
  incomingWeight: number;
  internalCount: number;
  internalWeight: number;
  partnerDivisions: number;
  crossShare: number;
}
export const SUMMARY_DIVISION_COLUMNS = [
  "vintage", "division", "companies", "outgoing_count", "outgoing_weight", "incoming_count", "incoming_weight",
  "internal_count", "internal_weight", "partner_divisions", "cross_share",
] as const;

/** Collaboration with companies in OTHER divisions (as CrossRegionalStat in graph/metrics). */
export interface SummaryCrossStat {
  partners: number;
  links: number;
  weight: number;
}

/**
 * One row of companies.csv. The numbers are the ones the app computes for the same company
 * (degrees as graph/metrics/degrees, cross stats as computeCrossRegional) under the stored
 * vintage; companies-<vintage>.csv repeats the row for companies whose cross numbers change.
 * The collaboration score's parts are the cross stats and partnerDivisions: the app's ranking
 * (graph/ranking/score.ts) scores from exactly these, with whatever weights the user sets.
 */
export interface SummaryCompanyRow {
  id: string;
  name: string;
  nameEn: string | undefined;
  division: DivisionCode;
  municipality: string | undefined;
  industry: string | undefined;
  tier: string | undefined;
  lat: number | undefined;
  lon: number | undefined;
  inDegree: number;
  outDegree: number;
  degree: number;
  weightedDegree: number;
  partnerDivisions: number;
  cross: Record<SummaryStatType, SummaryCrossStat>;
  /** Score under the default ranking weights, 0..1 (a convenience for other tools; the app rescores). */
  score: number;
  /** In the ego networks the bundle carries (top K or named with --focus). */
  ego: boolean;
}
/** Identity columns first, then the numbers: `cross_<type>_<partners|links|weight>` for each SUMMARY_STAT_TYPES. */
export const SUMMARY_COMPANY_COLUMNS = [
  "id", "name", "name_en", "division", "municipality", "industry", "tier", "lat", "lon",
  "in_degree", "out_degree", "degree", "weighted_degree", "partner_divisions",
  ...SUMMARY_STAT_TYPES.flatMap((t) => [`cross_${t}_partners`, `cross_${t}_links`, `cross_${t}_weight`]),
  "score", "ego",
] as const;

/**
 * One row of company-flows.csv: one company's links with the companies of one partner division,
 * of one link type (or "all" of them), over every year, under the stored vintage's divisions.
 * `division` is the company's own division for its links inside it. What the national what-if
 * needs and the company table cannot give: removing a company takes exactly its rows off the
 * flows; removing a division takes every company's rows with it off their cross numbers.
 * "all" rows are written too because partners are counted once across types: a partner linked
 * by technology and by sales is one partner in "all", two in the type rows.
 */
export interface SummaryCompanyFlowRow {
  id: string;
  division: DivisionCode;
  type: LinkType | "all";
  /** Links the company supplies to companies of `division`, and their summed weight. */
  outLinks: number;
  outWeight: number;
  /** Links the company buys from companies of `division`. */
  inLinks: number;
  inWeight: number;
  /** Distinct companies of `division` it has such links with, either direction. */
  partners: number;
}
export const SUMMARY_COMPANY_FLOW_COLUMNS = ["id", "division", "type", "out_links", "out_weight", "in_links", "in_weight", "partners"] as const;
/** Row order of company-flows.csv: companies in ranking order (as companies.csv), then division code, then type (LINK_TYPES, then "all"). */
export const SUMMARY_COMPANY_FLOW_TYPES = ["technology", "production", "sales", "other", "all"] as const;

/**
 * One row of sole-suppliers.csv: a buyer every one of whose incoming links (any type, any year)
 * comes from one supplier. Removing that supplier strands the buyer; a buyer with two or more
 * suppliers is not listed. Ordered by supplier id, then buyer id (code points).
 */
export interface SummarySoleSupplierRow {
  buyer: string;
  supplier: string;
  /** Links from the supplier to the buyer. */
  links: number;
}
export const SUMMARY_SOLE_SUPPLIER_COLUMNS = ["buyer", "supplier", "links"] as const;

export interface SummarySource {
  name: string;
  bytes: number;
  /** Data rows read from this file (header excluded). */
  rows: number;
  kind: "companies" | "links";
  format: "csv" | "parquet";
}

/** summary.json: what the bundle is and what stands behind it. */
export interface SummaryManifest {
  format: typeof SUMMARY_FORMAT;
  version: typeof SUMMARY_VERSION;
  /** What produced it, e.g. "Supply Atlas aggregate 0.1.0 on DuckDB v1.5.x". */
  engine: string;
  created: string;
  label: string;
  sources: SummarySource[];
  /** Every input row is counted here: accepted + rejected = read. */
  rows: {
    companiesRead: number;
    companies: number;
    linksRead: number;
    links: number;
    crossLinks: number;
  };
  vintages: Vintage[];
  /** Distinct link years, ascending; links without a year are counted in `linksWithoutYear`. */
  years: number[];
  linksWithoutYear: number;
  ego: {
    /**
     * How many companies ranked first by the collaboration score under default weights (ties as
     * graph/ranking) are carried: a prefix of the ranking, at most `requestedTop`, cut where the
     * next company's links would take the union past `linkBudget` (the first is always carried).
     */
    topK: number;
    /** The --top asked for. Absent in bundles written before the link budget existed. */
    requestedTop?: number;
    /** The --ego-links budget the prefix was cut to. Absent in bundles written before it existed. */
    linkBudget?: number;
    focus: string[];
    /** Companies and links in graph.json (the chosen ones plus every partner). */
    companies: number;
    links: number;
  };
  illustrative: boolean;
}
