// Groupings of divisions (시도) into larger regions: the 5극 3특 super-regions, the 7대 경제권
// economic regions, and any grouping a user loads (a programme's own 권역). A grouping is data
// with a source and a date, never code: the built-in ones are JSON files in data/korea/groupings/.

import superRegions from "../../data/korea/groupings/super-regions.json";
import economicRegions from "../../data/korea/groupings/economic-regions.json";
import { STORED_VINTAGE, type DivisionCode } from "../model/types.ts";
import { divisionsOf } from "./divisions.ts";

export interface RegionGroup {
  /** Unique across groupings that may be shown together; a one-division group may use its division's code. */
  code: string;
  nameKo: string;
  nameEn: string;
  /** Stored (2023-vintage) division codes. */
  members: readonly DivisionCode[];
}

export interface Grouping {
  /** "super-region", "economic-region", or "grouping:<name>" for one a user loaded. */
  id: string;
  nameKo: string;
  nameEn: string;
  /** Where the grouping comes from, as a reader should cite it. */
  source: string;
  /** The date the grouping was published or last checked (YYYY-MM-DD). */
  date: string;
  groups: readonly RegionGroup[];
}

export const BUILT_IN_GROUPINGS: readonly Grouping[] = [superRegions as Grouping, economicRegions as Grouping];

const loaded = new Map<string, Grouping>(BUILT_IN_GROUPINGS.map((g) => [g.id, g]));

export function getGrouping(id: string): Grouping | undefined {
  return loaded.get(id);
}

/**
 * Makes a grouping a user loaded available as the level `grouping.id`. Loading one with the same
 * id replaces it (a scale names its grouping by id, so a changed file changes what that scale means).
 */
export function registerGrouping(grouping: Grouping): void {
  if (!grouping.id.startsWith("grouping:")) throw new Error(`regions/groupings: a loaded grouping's id must start with 'grouping:' (got '${grouping.id}')`);
  loaded.set(grouping.id, grouping);
}

/**
 * The level of a grouping the user loaded: its id names its content ("grouping:<hash>"), so two
 * different groupings are two scales and nothing worked out for one is taken for the other.
 * Registered on first use, so whoever asks for the scale finds it.
 */
export function userGroupingLevel(grouping: Grouping): `grouping:${string}` {
  const text = JSON.stringify([grouping.nameKo, grouping.nameEn, grouping.source, grouping.date, grouping.groups]);
  // FNV-1a: short and stable; a collision would need two groupings loaded in one session.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const id = `grouping:${(h >>> 0).toString(36)}` as const;
  if (!loaded.has(id)) loaded.set(id, { ...grouping, id });
  return id;
}

/** The group with this code in the loaded groupings, built-ins first (labels and colours without a scale at hand). */
export function findGroup(code: string): RegionGroup | undefined {
  for (const grouping of loaded.values()) {
    const group = grouping.groups.find((g) => g.code === code);
    if (group) return group;
  }
  return undefined;
}

/**
 * What is wrong with a grouping, in English (readers add file and row): every division of the
 * stored vintage must be in exactly one group. An empty list means it can be used as it is.
 */
export function groupingProblems(grouping: Grouping): string[] {
  const problems: string[] = [];
  const seen = new Map<DivisionCode, string>();
  const known = new Set(divisionsOf(STORED_VINTAGE).map((d) => d.code));
  const codes = new Set<string>();
  for (const group of grouping.groups) {
    if (codes.has(group.code)) problems.push(`group code '${group.code}' is used twice`);
    codes.add(group.code);
    for (const m of group.members) {
      if (!known.has(m)) problems.push(`group '${group.code}' names '${m}', which is not a division`);
      else if (seen.has(m)) problems.push(`division ${m} is in both '${seen.get(m)}' and '${group.code}'`);
      else seen.set(m, group.code);
    }
  }
  for (const code of known) if (!seen.has(code)) problems.push(`division ${code} is in no group`);
  return problems;
}
