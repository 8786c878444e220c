// Dependence on the largest supplier division and the Herfindahl-Hirschman index of inflow.
import type { DivisionCode } from "../../model/types.ts";
import type { Concentration, PartnerDivision } from "./types.ts";

/**
 * HHI = sum of squared shares, the index competition authorities use for market concentration:
 * 1 when one division supplies everything, 1/k when k divisions supply equal shares. It is
 * stated 0..1 here (not 0..10000) so it reads like the shares next to it.
 */
export function concentration(suppliers: readonly PartnerDivision[], measure: "count" | "weight"): Concentration | null {
  const total = suppliers.reduce((sum, s) => sum + s[measure], 0);
  if (total <= 0) return null;
  let largest: DivisionCode | null = null;
  let top = -1;
  let hhi = 0;
  for (const s of suppliers) {
    const share = s[measure] / total;
    hhi += share * share;
    // Strictly greater keeps the first of equals; callers pass suppliers in a fixed order.
    if (s[measure] > top) [largest, top] = [s.division, s[measure]];
  }
  return largest === null ? null : { largest, share: top / total, hhi };
}
