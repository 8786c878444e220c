// The filter: one setting with a parameter per part, so a link names only what is filtered.
// Lists of codes are comma-separated (`fdiv=KR-26,KR-31`); free-text lists are repeated
// (`ind=a&ind=b`) so any text, commas included, fits.
import { NO_FILTER, type FilterState } from "../../graph/filters/types.ts";
import { ONE_YEAR, parseNumber, validYear, YEAR_RANGE } from "./reader.ts";
import { DIVISION_ROLES, LINK_TYPE_VALUES, YEAR_BOUNDS } from "./values.ts";
import { divisionCheck, field, type FieldOptions, type ViewField } from "./fields.ts";

export interface FilterParams {
  divisions: string;
  role: string;
  industries: string;
  tiers: string;
  /** Which end tiers and industries apply to; `crole` unless the schema names another. */
  companyRole?: string;
  linkTypes: string;
  /**
   * A retired parameter that named one link type (or "all"); read into linkTypes when the link
   * has no linkTypes parameter of its own, never written.
   */
  legacyLinkType?: string;
  years: string;
  minWeight: string;
  crossOnly: string;
}

/** A fresh "no filter" (new arrays, so callers may mutate it). */
export function noFilter(): FilterState {
  return { ...NO_FILTER, divisions: [], industries: [], tiers: [], linkTypes: [] };
}

function years(from: number | null, to: number | null): string {
  if (from !== null && from === to) return String(from);
  return `${from ?? ""}-${to ?? ""}`;
}

export function filterField(params: FilterParams, options: FieldOptions = {}): ViewField<FilterState> {
  const p = { ...params, companyRole: params.companyRole ?? "crole" };
  return field<FilterState>(options, {
    params: [p.divisions, p.role, p.industries, p.tiers, p.companyRole, p.linkTypes, ...(p.legacyLinkType ? [p.legacyLinkType] : []), p.years, p.minWeight, p.crossOnly],
    initial: noFilter,
    encode: (f, out) => {
      if (f.divisions.length > 0) out.append(p.divisions, f.divisions.join(","));
      if (f.divisionRole !== NO_FILTER.divisionRole) out.append(p.role, f.divisionRole);
      for (const industry of f.industries) out.append(p.industries, industry);
      for (const tier of f.tiers) out.append(p.tiers, tier);
      if (f.companyRole !== NO_FILTER.companyRole) out.append(p.companyRole, f.companyRole);
      if (f.linkTypes.length > 0) out.append(p.linkTypes, f.linkTypes.join(","));
      const yr = years(f.yearFrom, f.yearTo);
      if (yr !== "-") out.append(p.years, yr);
      if (f.minWeight !== 0) out.append(p.minWeight, String(f.minWeight));
      if (f.crossOnly) out.append(p.crossOnly, "1");
    },
    decode: (r, ctx) => {
      const filter = noFilter();
      let touched = false;
      const set = <K extends keyof FilterState>(key: K, value: FilterState[K] | undefined) => {
        if (value === undefined) return;
        filter[key] = value;
        touched = true;
      };

      set("divisions", r.codes(p.divisions, divisionCheck(ctx)));
      set("divisionRole", r.oneOf(p.role, DIVISION_ROLES));
      const knownIndustries = new Set(ctx.known.industries);
      set("industries", r.texts(p.industries, (item) => (knownIndustries.has(item) ? null : { code: "unknown-value", why: "no company has this industry" })));
      const knownTiers = ctx.known.tiers ? new Set(ctx.known.tiers) : null;
      set("tiers", r.texts(p.tiers, (item) => (!knownTiers || knownTiers.has(item) ? null : { code: "unknown-value", why: "no company has this tier" })));
      set("companyRole", r.oneOf(p.companyRole, DIVISION_ROLES));
      const asLinkType = (item: string) => LINK_TYPE_VALUES.find((t) => t === item);
      const linkTypes = r.codes(p.linkTypes, (item) => (asLinkType(item) ? null : { code: "bad-value", why: `expected ${LINK_TYPE_VALUES.join(", ")}` }));
      set("linkTypes", linkTypes?.flatMap((item) => asLinkType(item) ?? []));
      if (p.legacyLinkType) {
        const legacy = r.oneOf(p.legacyLinkType, ["all", ...LINK_TYPE_VALUES] as const);
        if (legacy !== undefined && legacy !== "all" && linkTypes === undefined) set("linkTypes", [legacy]);
      }

      const yr = r.single(p.years);
      if (yr !== undefined) {
        const range = ONE_YEAR.test(yr) ? [yr, yr] : YEAR_RANGE.exec(yr)?.slice(1);
        const [from, to] = (range ?? []).map((y) => (y === undefined ? null : Number(y)));
        if (!range || from === undefined || to === undefined) {
          r.bad(p.years, yr, "expected FROM-TO, FROM-, -TO or one year");
        } else if ((from !== null && !validYear(from)) || (to !== null && !validYear(to))) {
          r.bad(p.years, yr, `years must lie in ${YEAR_BOUNDS.min}-${YEAR_BOUNDS.max}`);
        } else if (from !== null && to !== null && from > to) {
          r.bad(p.years, yr, "the first year is after the second");
        } else {
          set("yearFrom", from);
          set("yearTo", to);
        }
      }

      const minw = r.single(p.minWeight);
      if (minw !== undefined) {
        const n = parseNumber(minw);
        if (n === null || n < 0) r.bad(p.minWeight, minw, "expected a number of 0 or more");
        else set("minWeight", n);
      }
      set("crossOnly", r.flag(p.crossOnly));
      return touched ? filter : undefined;
    },
  });
}
