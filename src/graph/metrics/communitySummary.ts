// What names a community on the map: its size, its largest companies and the division and
// industry most of its companies share. From the metrics result, so it follows the vintage.
import type { DivisionCode } from "../../model/types.ts";
import type { SupplyGraph } from "../types.ts";

export interface CommunityMember {
  id: string;
  community: number;
  degree: number;
}

export interface CommunitySummary {
  community: number;
  size: number;
  /** Ids of the companies with the most links, largest first (at most three). */
  top: string[];
  /** The division most of its companies are in, and their share. */
  division: DivisionCode | null;
  divisionShare: number;
  industry: string | null;
  industryShare: number;
}

function dominant<T>(counts: Map<T, number>, size: number): { value: T | null; share: number } {
  let value: T | null = null;
  let best = 0;
  for (const [k, n] of counts) if (n > best) [value, best] = [k, n];
  return { value, share: size ? best / size : 0 };
}

/** Communities largest first (ids rank them by size already; ties by id). */
export function summariseCommunities(graph: SupplyGraph, members: readonly CommunityMember[], limit = Number.POSITIVE_INFINITY): CommunitySummary[] {
  const groups = new Map<number, CommunityMember[]>();
  for (const m of members) {
    if (!graph.hasNode(m.id)) continue;
    let list = groups.get(m.community);
    if (!list) groups.set(m.community, (list = []));
    list.push(m);
  }
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]).slice(0, limit);
  return ordered.map(([community, list]) => {
    const divisions = new Map<DivisionCode, number>();
    const industries = new Map<string, number>();
    for (const m of list) {
      const a = graph.getNodeAttributes(m.id);
      divisions.set(a.division, (divisions.get(a.division) ?? 0) + 1);
      if (a.company.industry) industries.set(a.company.industry, (industries.get(a.company.industry) ?? 0) + 1);
    }
    const top = [...list].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1)).slice(0, 3).map((m) => m.id);
    const d = dominant(divisions, list.length);
    const i = dominant(industries, list.length);
    return { community, size: list.length, top, division: d.value, divisionShare: d.share, industry: i.value, industryShare: i.share };
  });
}
