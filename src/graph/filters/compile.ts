// A FilterState turned into the two predicates the app runs: keepNode for companies and
// keepEdge (graph/types.ts's KeepEdge) for links, so flowsOfGraph, the resilience
// analyses and the renderer's reducers all apply one rule.
import type { Vintage } from "../../model/types.ts";
import type { KeepEdge, SupplyGraph } from "../types.ts";
import { endsPass, IN_DIV, NODE_OK, prepareFilter, yearPasses } from "./prepare.ts";
import { TYPE_BIT } from "./selection.ts";
import { filterColumns } from "./filterColumns.ts";
import { isCrossRow } from "./nodeTable.ts";
import type { EndRole, FilterState } from "./types.ts";

export interface CompiledFilter {
  /** True when the filter keeps every company and link of the graph: callers can skip filtering. */
  readonly isEmpty: boolean;
  /**
   * Companies that pass the industry and tier facets, and (unless the company role is "both")
   * the other end of each link the company rule keeps, so a kept link never loses an end.
   * Divisions do not hide companies: they choose links by an end.
   */
  readonly keepNode: (node: string) => boolean;
  /** Company rule and division rule by role, link types, years, minimum weight, cross only. */
  readonly keepEdge: KeepEdge;
  /** keepEdge for the link at row `e` of graphIndex, read from filterColumns: for passes over every link. */
  readonly keepRow: (e: number) => boolean;
}

/**
 * Compile once per (graph, filter, vintage); keepEdge is then O(1) and allocates nothing
 * (the first call out of graph order builds the key -> row map once per graph). Compile again
 * when the graph changes: companies and links added later pass only rules that ignore the ends.
 */
export function compileFilter(graph: SupplyGraph, filter: FilterState, vintage: Vintage): CompiledFilter {
  const p = prepareFilter(graph, filter, vintage);
  const { row, edges, source, target, edgeRow } = p.index;
  const { division } = p.table;
  const { flags, divisionRole, companyRole, typeMask, yearFrom, yearTo, minWeight, crossOnly } = p;
  const companyRules = p.on.industries || p.on.tiers;
  const nodeRules = companyRules || p.on.divisions || crossOnly;
  const typeRule = p.on.types;
  const linkRules = typeRule || p.on.years || p.on.weight;
  /** Row of the link after the last one asked about (see graphIndex.ts). */
  let next = 0;

  const partner = companyRules && companyRole !== "both" ? partners(p.index, flags, companyRole) : null;
  const keepNode = (node: string): boolean => {
    if (!companyRules) return true;
    const r = row.get(node);
    return r !== undefined && ((flags[r]! & NODE_OK) === NODE_OK || (partner !== null && partner[r] === 1));
  };

  /** The company, division and cross rules for the link at row `e`. */
  const endsKept = (e: number): boolean => {
    const s = source[e]!;
    const t = target[e]!;
    const fs = flags[s]!;
    const ft = flags[t]!;
    if (companyRules && !endsPass(companyRole, (fs & NODE_OK) === NODE_OK, (ft & NODE_OK) === NODE_OK)) return false;
    if (!endsPass(divisionRole, (fs & IN_DIV) !== 0, (ft & IN_DIV) !== 0)) return false;
    return !crossOnly || isCrossRow(division[s]!, division[t]!);
  };

  // Cheap attribute tests first, the ends only when a rule needs them. The cursor moves on
  // every call, early exits included, so a walk in graph order never falls back to a lookup.
  const keepEdge: KeepEdge = (edge, attributes) => {
    let e = next;
    if (edges[e] === edge) next = e + 1;
    else e = -1;
    if (linkRules) {
      if (typeRule && (TYPE_BIT[attributes.linkType] & typeMask) === 0) return false;
      if (!yearPasses(attributes.year, yearFrom, yearTo)) return false;
      if (minWeight > 0 && (attributes.weight ?? 0) < minWeight) return false;
    }
    if (!nodeRules) return true;
    if (e < 0) {
      const found = edgeRow(edge);
      // A link added after the compile: no row for it, so no rule about its ends can pass.
      if (found === undefined) return false;
      e = found;
      next = e + 1;
    }
    return endsKept(e);
  };

  // The same rules, row by row from the columns (tests hold the two equal).
  const columns = linkRules ? filterColumns(graph) : null;
  const keepRow = (e: number): boolean => {
    if (columns) {
      if (typeRule && (columns.typeBit[e]! & typeMask) === 0) return false;
      const year = columns.year[e]!;
      if (!yearPasses(Number.isNaN(year) ? undefined : year, yearFrom, yearTo)) return false;
      if (minWeight > 0 && columns.weight[e]! < minWeight) return false;
    }
    return !nodeRules || endsKept(e);
  };

  return { isEmpty: !nodeRules && !linkRules, keepNode, keepEdge, keepRow };
}

/** 1 for each company at an end of a link that the company rule keeps by `role`. */
function partners(index: { source: ArrayLike<number>; target: ArrayLike<number> }, flags: Uint8Array, role: EndRole): Uint8Array {
  const out = new Uint8Array(flags.length);
  const { source, target } = index;
  for (let e = 0; e < source.length; e++) {
    const s = source[e]!;
    const t = target[e]!;
    if (endsPass(role, (flags[s]! & NODE_OK) === NODE_OK, (flags[t]! & NODE_OK) === NODE_OK)) {
      out[s] = 1;
      out[t] = 1;
    }
  }
  return out;
}
