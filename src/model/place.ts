// A company's place key: the finest region the data gives for it. Every level (municipality,
// division, groupings) is derived from this one key by regions/units.ts, so the levels can
// never disagree about where a company is.
import type { Company } from "./types.ts";

/** The company's municipality code when the data places it in one, else its stored division code. */
export function placeOf(company: Pick<Company, "division" | "municipalityCode">): string {
  return company.municipalityCode || company.division;
}
