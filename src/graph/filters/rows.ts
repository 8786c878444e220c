// Where the filter panel's counts read companies and links: the graph itself on the main
// thread, or the same rows as typed-array columns in a worker. At 500k links facet counts and
// the year histogram cost 110–150 ms each per filter change; the columns let a worker do that
// with the very code the main thread runs, so the two can never count differently.
import { LINK_TYPES, type LinkType, type Vintage } from "../../model/types.ts";
import { unitOf } from "../../regions/units.ts";
import type { SupplyGraph } from "../types.ts";
import { graphIndex } from "./graphIndex.ts";
import { divisionRow, Indexer, NO_TIER, nodeTable, type NodeTable } from "./nodeTable.ts";
import { filterColumns } from "./filterColumns.ts";

/** What a filter rule reads from one link. */
export interface LinkFacts {
  linkType: LinkType;
  year?: number | undefined;
  weight?: number | undefined;
}

export interface FilterRows {
  companies: number;
  links: number;
  nodeTable(vintage: Vintage): NodeTable;
  /** Every link with the rows of its supplier and buyer, in one fixed order. */
  forEachLink(callback: (facts: LinkFacts, s: number, t: number) => void): void;
}

export function graphRows(graph: SupplyGraph): FilterRows {
  return {
    companies: graph.order,
    links: graph.size,
    nodeTable: (vintage) => nodeTable(graph, vintage),
    forEachLink(callback) {
      const { source, target } = graphIndex(graph);
      let e = 0;
      graph.forEachEdge((_edge, attributes) => {
        callback(attributes, source[e]!, target[e]!);
        e++;
      });
    },
  };
}

/** The graph's companies and links as columns, rows as graphIndex numbers them. Plain data: it can be posted. */
export interface FacetColumns {
  /** Distinct stored (2023-vintage) division codes; `division[row]` indexes it. */
  divisions: string[];
  division: Int32Array;
  industries: string[];
  /** -1 for a company without an industry. */
  industry: Int32Array;
  /** Tier text as the company has it, NO_TIER for none. */
  tiers: string[];
  tier: Int32Array;
  source: Int32Array;
  target: Int32Array;
  /** Index into LINK_TYPES. */
  type: Uint8Array;
  /** NaN where the link has none. */
  year: Float64Array;
  /** 0 where the link has none (what a minimum-weight rule reads it as). */
  weight: Float64Array;
}

export function facetColumns(graph: SupplyGraph): { columns: FacetColumns; transfer: ArrayBuffer[] } {
  const index = graphIndex(graph);
  const n = graph.order;
  const divisions = new Indexer();
  const industries = new Indexer();
  const tiers = new Indexer();
  const division = new Int32Array(n);
  const industry = new Int32Array(n);
  const tier = new Int32Array(n);
  let r = 0;
  // Same walk as graphIndex's, so the r-th node is its row r.
  graph.forEachNode((_node, attributes) => {
    const company = attributes.company;
    division[r] = divisions.of(attributes.division);
    industry[r] = company.industry ? industries.of(company.industry) : -1;
    tier[r] = tiers.of(company.tier ? company.tier : NO_TIER);
    r++;
  });
  // Copies of the index's and the link columns' arrays: the main thread keeps using its own.
  const links = filterColumns(graph);
  const type = links.type.slice();
  const year = links.year.slice();
  const weight = links.weight.slice();
  const source = index.source.slice();
  const target = index.target.slice();
  const columns: FacetColumns = { divisions: divisions.values, division, industries: industries.values, industry, tiers: tiers.values, tier, source, target, type, year, weight };
  return { columns, transfer: [division.buffer, industry.buffer, tier.buffer, source.buffer, target.buffer, type.buffer, year.buffer, weight.buffer] };
}

export function columnRows(columns: FacetColumns): FilterRows {
  const tables = new Map<Vintage, NodeTable>();
  return {
    companies: columns.division.length,
    links: columns.source.length,
    nodeTable(vintage) {
      let table = tables.get(vintage);
      if (table) return table;
      const n = columns.division.length;
      table = { division: new Int32Array(n), industry: new Int32Array(n), tier: new Int32Array(n), divisions: new Indexer(), industries: new Indexer(), tiers: new Indexer() };
      const shown = columns.divisions.map((code) => unitOf(code, vintage));
      for (let r = 0; r < n; r++) {
        table.division[r] = divisionRow(table.divisions, shown[columns.division[r]!]!);
        const ind = columns.industry[r]!;
        table.industry[r] = ind < 0 ? -1 : table.industries.of(columns.industries[ind]!);
        table.tier[r] = table.tiers.of(columns.tiers[columns.tier[r]!]!);
      }
      tables.set(vintage, table);
      return table;
    },
    forEachLink(callback) {
      const { source, target, type, year, weight } = columns;
      // One object reused for every link: the rules read it and keep nothing.
      const facts: LinkFacts = { linkType: "other" };
      for (let e = 0; e < source.length; e++) {
        facts.linkType = LINK_TYPES[type[e]!]!;
        const y = year[e]!;
        const w = weight[e]!;
        facts.year = Number.isNaN(y) ? undefined : y;
        facts.weight = Number.isNaN(w) ? undefined : w;
        callback(facts, source[e]!, target[e]!);
      }
    },
  };
}
