// The regions of a scale, and which region each company falls in. A company's place key is
// its municipality code when the data gives one, else its division code (see graph/types.ts
// `place`); every level is computed from that one key, so a flow at a coarser level is
// exactly the sum of the finer flows it contains.

import { NO_DIVISION, type DivisionCode } from "../model/types.ts";
import { divisionLabel, divisionsOf, getDivision, toVintage } from "./divisions.ts";
import { findGroup, getGrouping } from "./groupings.ts";
import { parseScale, type ParsedScale, type RegionScale } from "../model/scale.ts";
import { getMunicipality, MUNICIPALITIES, municipalityLabel } from "./municipalities.ts";

/** A region as one scale draws it: a municipality, a division, or a group of divisions. */
export interface RegionUnit {
  code: string;
  kind: "municipality" | "division" | "group";
  /** Stored (2023-vintage) division codes the region covers, whole or in part (a municipality: its one division). */
  divisions: readonly DivisionCode[];
}

interface Scheme {
  readonly parsed: ParsedScale;
  readonly units: readonly RegionUnit[];
  readonly byCode: ReadonlyMap<string, RegionUnit>;
  /** Place key -> unit code, filled as keys are met. */
  readonly byKey: Map<string, string>;
  readonly groupOf?: ReadonlyMap<DivisionCode, string>;
}

const schemes = new Map<RegionScale, Scheme>();



function schemeOf(scale: RegionScale): Scheme {
  let scheme = schemes.get(scale);
  if (scheme) return scheme;
  const parsed = parseScale(scale);
  let units: RegionUnit[];
  let groupOf: Map<DivisionCode, string> | undefined;
  if (parsed.level === "division") {
    units = divisionsOf(parsed.vintage).map((d) => ({ code: d.code, kind: "division", divisions: d.members ?? [d.code] }));
  } else if (parsed.level === "municipality") {
    units = MUNICIPALITIES.map((m) => ({ code: m.code, kind: "municipality", divisions: [m.division] }));
  } else if (!getGrouping(parsed.level)) {
    // A grouping not (or no longer) loaded: its regions are the divisions, so nothing is lost.
    units = divisionsOf(parsed.vintage).map((d) => ({ code: d.code, kind: "division", divisions: d.members ?? [d.code] }));
  } else {
    const grouping = getGrouping(parsed.level)!;
    units = grouping.groups.map((g) => ({ code: g.code, kind: "group", divisions: g.members }));
    groupOf = new Map(grouping.groups.flatMap((g) => g.members.map((m) => [m, g.code] as const)));
  }
  scheme = { parsed, units, byCode: new Map(units.map((u) => [u.code, u])), byKey: new Map(), ...(groupOf ? { groupOf } : {}) };
  schemes.set(scale, scheme);
  return scheme;
}

/** Forgets what was worked out for groupings a user (re)loaded. */
export function forgetScales(): void {
  for (const scale of schemes.keys()) if (parseScale(scale).level.startsWith("grouping:")) schemes.delete(scale);
}

/** The unit a stored division code falls in under a scheme (no municipality known). */
function divisionUnit(scheme: Scheme, division: DivisionCode): string {
  const { vintage } = scheme.parsed;
  if (scheme.groupOf) {
    // A merged division (stored as such by a foreign file) joins the group of its members.
    const members = getDivision(division)?.members;
    return scheme.groupOf.get(division) ?? (members && scheme.groupOf.get(members[0]!)) ?? division;
  }
  // Division level, or a division's companies with no municipality at the municipality level:
  // they form their division's own unit, so nothing is lost and the sums still hold.
  return toVintage(division, vintage);
}

function resolve(scheme: Scheme, key: string): string {
  const municipality = getMunicipality(key);
  if (!municipality) return divisionUnit(scheme, key);
  return scheme.parsed.level === "municipality" ? municipality.code : divisionUnit(scheme, municipality.division);
}

/**
 * The unit code of a place key (municipality code or stored division code) under a scale.
 * NO_DIVISION stays unplaced; a key no registry knows is a unit of its own, as unknown division
 * codes always were, so no link is silently dropped.
 */
export function unitOf(key: string, scale: RegionScale): string {
  if (key === NO_DIVISION) return NO_DIVISION;
  const scheme = schemeOf(scale);
  let unit = scheme.byKey.get(key);
  if (unit === undefined) scheme.byKey.set(key, (unit = resolve(scheme, key)));
  return unit;
}

/** The regions a scale draws, in registry order. */
export function unitsOf(scale: RegionScale): readonly RegionUnit[] {
  return schemeOf(scale).units;
}

export function unitCodesOf(scale: RegionScale): string[] {
  return schemeOf(scale).units.map((u) => u.code);
}

/** A unit of the scale by code; a division code at the municipality level is its division's own unit. */
export function getUnit(code: string, scale: RegionScale): RegionUnit | undefined {
  const scheme = schemeOf(scale);
  const unit = scheme.byCode.get(code);
  if (unit) return unit;
  const division = getDivision(code);
  return division ? { code, kind: "division", divisions: division.members ?? [code] } : undefined;
}

let shared: Set<string> | null = null;

/** Korean short names (the last word: "서구") that more than one municipality bears. */
function sharedShortNames(): Set<string> {
  if (shared) return shared;
  const seen = new Set<string>();
  shared = new Set();
  for (const m of MUNICIPALITIES) {
    const short = municipalityLabel(m.code, "ko");
    if (seen.has(short)) shared.add(short);
    seen.add(short);
  }
  return shared;
}

/**
 * Display name of any region code (municipality, division, group). Unknown codes come back
 * unchanged so a label never disappears.
 */
export function regionLabel(code: string, lang: "ko" | "en", form: "short" | "full" = "short", scale?: RegionScale): string {
  if (code === NO_DIVISION || getDivision(code)) {
    const name = divisionLabel(code, lang, form);
    // At the municipality level a division's unit holds its companies whose municipality the data does not give.
    if (scale && code !== NO_DIVISION && parseScale(scale).level === "municipality") return lang === "ko" ? `${name} (시군구 미상)` : `${name} (municipality unknown)`;
    return name;
  }
  const municipality = getMunicipality(code);
  if (municipality) {
    const name = municipalityLabel(code, lang, form);
    // 중구, 서구, 고성군 ... exist in several provinces: the province tells them apart in a matrix or a list.
    if (!sharedShortNames().has(municipalityLabel(code, "ko"))) return name;
    const province = divisionLabel(municipality.division, lang);
    return lang === "ko" ? `${province} ${name}` : `${name}, ${province}`;
  }
  const level = scale ? parseScale(scale).level : undefined;
  const group = (level?.startsWith("grouping:") ? getGrouping(level)?.groups.find((g) => g.code === code) : undefined) ?? findGroup(code);
  if (group) return lang === "ko" ? group.nameKo : group.nameEn;
  return code;
}

/**
 * The regions of `scale` a selection of codes stands for. At the municipality level a selected
 * division stands for its municipalities (and its companies of unknown municipality), so
 * choosing 경북 shows the flows of every 시군구 in it; elsewhere a code stands for itself.
 */
export function selectedUnits(codes: Iterable<string>, scale: RegionScale): Set<string> {
  const out = new Set<string>(codes);
  if (out.size === 0 || parseScale(scale).level !== "municipality") return out;
  const { vintage } = parseScale(scale);
  for (const code of [...out]) {
    if (!getDivision(code)) continue;
    for (const m of MUNICIPALITIES) if (toVintage(m.division, vintage) === code) out.add(m.code);
  }
  return out;
}
