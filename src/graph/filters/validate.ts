// Turns an untrusted value (URL, saved session) into a FilterState the data can answer:
// known values only, sane numbers, and a message for everything changed. Never throws, and
// builds the result from scratch so no key of the input (`__proto__` included) survives.
import { LINK_TYPES, KNOWN_TIERS, type DivisionCode, type LinkType } from "../../model/types.ts";
import { getDivision, toVintage } from "../../regions/divisions.ts";
import { NO_TIER } from "./nodeTable.ts";
import { describe, quote, quoteList, readNumber, readStringList } from "./readValues.ts";
import { NO_FILTER, type DivisionRole, type FilterState } from "./types.ts";
import { validateYears } from "./validateYears.ts";

export interface KnownValues {
  /** Display divisions of the current vintage (KR-GJN, not KR-29, under 2026-07). */
  divisions: Iterable<DivisionCode>;
  industries: Iterable<string>;
  /** First and last year of the loaded links; null when no link has a year. */
  years: { min: number; max: number } | null;
  /** Tier values to accept; defaults to the programme tiers and "none". */
  tiers?: Iterable<string>;
}

export interface ValidatedFilter {
  filter: FilterState;
  problems: string[];
}

const FIELDS: readonly (keyof FilterState)[] = Object.keys(NO_FILTER) as (keyof FilterState)[];
const ROLES: readonly DivisionRole[] = ["supplier", "buyer", "either"];

const fresh = (): FilterState => ({ ...NO_FILTER, divisions: [], industries: [], tiers: [], linkTypes: [] });

/** Division codes of another vintage, read as the known division(s) that show them. */
function divisionsAsKnown(code: string, known: ReadonlySet<string>): string[] {
  const info = getDivision(code);
  const candidates = info?.members ? [...info.members] : [toVintage(code, "2026-07")];
  return candidates.every((c) => known.has(c)) && candidates[0] !== code ? candidates : [];
}

/** Keeps the known entries of a list field, reporting the rest. */
function knownList(field: string, value: unknown, known: ReadonlySet<string>, problems: string[], translate?: (v: string) => string[]): string[] {
  const read = readStringList(field, value);
  problems.push(...read.problems);
  const kept = new Set<string>();
  const unknown: string[] = [];
  for (const v of read.values) {
    if (known.has(v)) {
      kept.add(v);
      continue;
    }
    const as = translate?.(v) ?? [];
    if (as.length > 0) {
      problems.push(`${field}: ${quote(v)} is shown as ${quoteList(as)} here`);
      for (const a of as) kept.add(a);
    } else unknown.push(v);
  }
  if (unknown.length > 0) problems.push(`${field}: dropped unknown ${quoteList(unknown)}`);
  if (kept.size === 0 && read.values.length > 0) problems.push(`${field}: nothing selected is known, so ${field} no longer limit what is shown`);
  return [...kept];
}

function readFields(input: object, known: KnownValues, problems: string[]): FilterState {
  const own = (key: string): unknown => (Object.hasOwn(input, key) ? (input as Record<string, unknown>)[key] : undefined);
  const extra = Object.keys(input).filter((k) => !(FIELDS as readonly string[]).includes(k));
  if (extra.length > 0) problems.push(`ignored unknown ${extra.length === 1 ? "field" : "fields"} ${quoteList(extra)}`);

  const out = fresh();
  const divisions = new Set(known.divisions);
  out.divisions = knownList("divisions", own("divisions"), divisions, problems, (v) => divisionsAsKnown(v, divisions));
  out.industries = knownList("industries", own("industries"), new Set(known.industries), problems);
  out.tiers = knownList("tiers", own("tiers"), new Set(known.tiers ?? [...KNOWN_TIERS, NO_TIER]), problems);
  out.linkTypes = knownList("linkTypes", own("linkTypes"), new Set(LINK_TYPES), problems) as LinkType[];

  const role = own("divisionRole");
  if (ROLES.includes(role as DivisionRole)) out.divisionRole = role as DivisionRole;
  else if (role !== undefined) problems.push(`divisionRole: ${describe(role)} is not supplier, buyer or either; using either`);

  const years = validateYears(own("yearFrom"), own("yearTo"), known.years);
  out.yearFrom = years.yearFrom;
  out.yearTo = years.yearTo;
  problems.push(...years.problems);

  const weight = own("minWeight");
  const w = readNumber(weight);
  if (w !== undefined && w >= 0) out.minWeight = w;
  else if (weight !== undefined && weight !== null) problems.push(`minWeight: ${describe(weight)} is not a number of at least 0; no minimum`);

  const cross = own("crossOnly");
  if (cross === true || cross === "true") out.crossOnly = true;
  else if (cross !== undefined && cross !== false && cross !== "false") problems.push(`crossOnly: ${describe(cross)} is not true or false; off`);
  return out;
}

export function validateFilter(input: unknown, known: KnownValues): ValidatedFilter {
  const problems: string[] = [];
  try {
    if (input === undefined || input === null) return { filter: fresh(), problems };
    // Array.isArray throws on a revoked proxy, so it sits inside the try as well.
    if (typeof input !== "object" || Array.isArray(input)) return { filter: fresh(), problems: [`expected a filter object, got ${describe(input)}; no filter`] };
    return { filter: readFields(input, known, problems), problems };
  } catch {
    // A getter or proxy that throws: nothing read from it can be trusted.
    return { filter: fresh(), problems: [...problems, "the filter could not be read; no filter"] };
  }
}
