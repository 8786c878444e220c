// How much of a dataset the map can show: companies without a division (NO_DIVISION) are on
// no map, so the app says how many and, when they are most, opens the force view instead.

import { hasDivision, type Company } from "./types.ts";

/** Companies the data does not place in any division. */
export function unplacedCount(companies: readonly Pick<Company, "division">[]): number {
  let n = 0;
  for (const c of companies) if (!hasDivision(c.division)) n++;
  return n;
}

/** More than half the companies are unplaced: the map would show the lesser part of the data. */
export function mostlyUnplaced(companies: readonly Pick<Company, "division">[]): boolean {
  return companies.length > 0 && unplacedCount(companies) * 2 > companies.length;
}
