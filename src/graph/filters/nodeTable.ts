// Per-company facts the filters read, gathered once per compile so the per-link tests are
// array reads instead of attribute lookups and string comparisons. Depends on the graph and
// the vintage only, never on the filter; rows are those of graphIndex.
import { NO_DIVISION, type Vintage } from "../../model/types.ts";
import { unitOf } from "../../regions/units.ts";
import type { SupplyGraph } from "../types.ts";

/** Tier option that stands for companies without a tier. */
export const NO_TIER = "none";

/** Distinct strings numbered in order of first sight. */
/**
 * A company's division row in a NodeTable: -1 for NO_DIVISION, which no division rule
 * selects and no link crosses from (see isCrossRow).
 */
export function divisionRow(divisions: Indexer, code: string): number {
  return code === NO_DIVISION ? -1 : divisions.of(code);
}

/** Whether two NodeTable division rows are different placed divisions (a cross-division link). */
export const isCrossRow = (a: number, b: number): boolean => a !== b && a >= 0 && b >= 0;

export class Indexer {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  of(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(value, i);
      this.values.push(value);
    }
    return i;
  }

  get(value: string): number | undefined {
    return this.index.get(value);
  }
}

export interface NodeTable {
  /** Row -> index in `divisions` of the company's display division under the vintage. */
  division: Int32Array;
  /** Row -> index in `industries`, -1 for a company without one. */
  industry: Int32Array;
  /** Row -> index in `tiers`; untiered companies are NO_TIER. */
  tier: Int32Array;
  divisions: Indexer;
  industries: Indexer;
  tiers: Indexer;
}

export function nodeTable(graph: SupplyGraph, vintage: Vintage): NodeTable {
  const n = graph.order;
  const table: NodeTable = {
    division: new Int32Array(n),
    industry: new Int32Array(n),
    tier: new Int32Array(n),
    divisions: new Indexer(),
    industries: new Indexer(),
    tiers: new Indexer(),
  };
  let r = 0;
  // Same walk as graphIndex's over an unchanged graph, so the r-th node is its row r.
  graph.forEachNode((_node, attributes) => {
    const { industry, tier } = attributes.company;
    table.division[r] = divisionRow(table.divisions, unitOf(attributes.place, vintage));
    // An empty cell means "not given", the same as a missing one.
    table.industry[r] = industry ? table.industries.of(industry) : -1;
    table.tier[r] = table.tiers.of(tier ? tier : NO_TIER);
    r++;
  });
  return table;
}
