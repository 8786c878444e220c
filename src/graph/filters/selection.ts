// Reads a FilterState's selections into the forms the per-link tests use. Lenient on purpose:
// the store keeps one FilterState across vintage switches, so a division chosen under one
// vintage is read as the division that shows it under the other.
import { LINK_TYPES, type DivisionCode, type LinkType, type Vintage } from "../../model/types.ts";
import { getDivision } from "../../regions/divisions.ts";
import { unitOf } from "../../regions/units.ts";

/** Bit of each link type in a type mask. */
export const TYPE_BIT: Readonly<Record<LinkType, number>> = { technology: 1, production: 2, sales: 4, other: 8 };
export const ALL_TYPES = 15;
/** Position of each link type in LINK_TYPES, for per-type counters. */
export const TYPE_INDEX: Readonly<Record<LinkType, number>> = { technology: 0, production: 1, sales: 2, other: 3 };

/**
 * Display divisions of `vintage` selected by `codes`: a merged member (KR-29 under 2026-07)
 * selects the merged division, and the merged code under a vintage that does not draw it
 * (KR-GJN under 2023) selects its members. Unknown codes are kept: they match nothing.
 */
export function displayDivisions(codes: readonly DivisionCode[], vintage: Vintage): Set<DivisionCode> {
  const out = new Set<DivisionCode>();
  for (const code of codes) {
    const info = getDivision(code);
    if (info?.members && !info.vintages.includes(vintage)) for (const m of info.members) out.add(unitOf(m, vintage));
    else out.add(unitOf(code, vintage));
  }
  return out;
}

/** Type mask of a selection; empty = every type. Unknown names add nothing. */
export function typeMask(types: readonly string[]): number {
  if (types.length === 0) return ALL_TYPES;
  let mask = 0;
  for (const t of types) if ((LINK_TYPES as readonly string[]).includes(t)) mask |= TYPE_BIT[t as LinkType];
  return mask;
}

/** A year bound; NaN (never valid state, but cheap to survive) counts as an open end. */
export const yearBound = (value: number | null): number | null => (value === null || Number.isNaN(value) ? null : value);
