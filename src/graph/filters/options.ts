// Which options each facet lists, in a stable order: everything the data has, every selected
// value (so a selection the data lacks still shows, with 0), and the fixed vocabularies.
import { KNOWN_TIERS, type Vintage } from "../../model/types.ts";
import { unitsOf } from "../../regions/units.ts";
import { NO_TIER } from "./nodeTable.ts";

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `first` in its order, then the rest of `seen` and `selected` sorted (Hangul sorts 가나다). */
function merge(first: readonly string[], seen: Iterable<string>, selected: Iterable<string>, last: readonly string[] = []): string[] {
  const fixed = new Set([...first, ...last]);
  const rest = new Set<string>();
  for (const v of seen) if (!fixed.has(v)) rest.add(v);
  for (const v of selected) if (!fixed.has(v)) rest.add(v);
  return [...first, ...[...rest].sort(byCodePoint), ...last];
}

/** The vintage's divisions in registry order, then codes outside the registry. */
export const divisionOptions = (vintage: Vintage, seen: Iterable<string>, selected: Iterable<string>) =>
  merge(
    unitsOf(vintage).map((d) => d.code),
    seen,
    selected,
  );

export const industryOptions = (seen: Iterable<string>, selected: Iterable<string>) => merge([], seen, selected);

/** Programme tiers first, other tier text sorted, untiered last. */
export const tierOptions = (seen: Iterable<string>, selected: Iterable<string>) => merge(KNOWN_TIERS, seen, selected, [NO_TIER]);
