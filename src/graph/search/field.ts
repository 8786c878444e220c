// One searchable column: every entry's folded value joined into one string, so a query is a
// run of indexOf calls over one string instead of one call per company.

/** Cannot occur in a folded value (control characters are folded away), so no hit spans two. */
const SEPARATOR = "\u0001";

export interface Field {
  text: string;
  /** Where value k starts; starts[k + 1] - 1 is the separator after it. */
  starts: Int32Array;
  /** Entry index of value k (entries without a value have no slot). */
  entry: Int32Array;
}

export function makeField(values: ReadonlyArray<string | undefined>): Field {
  const parts: string[] = [];
  const entries: number[] = [];
  values.forEach((value, i) => {
    if (value === undefined || value.length === 0) return;
    parts.push(value);
    entries.push(i);
  });
  const starts = new Int32Array(parts.length + 1);
  for (let k = 0; k < parts.length; k++) starts[k + 1] = starts[k]! + parts[k]!.length + 1;
  return { text: parts.length ? parts.join(SEPARATOR) + SEPARATOR : "", starts, entry: Int32Array.from(entries) };
}

/** The slot holding text position `at`, searching from slot `from` on (hits come in order). */
function slotAt(field: Field, at: number, from: number): number {
  let lo = from;
  let hi = field.starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (field.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Calls `hit(entry, offset, length)` for the first occurrence of `needle` in each value holding
 * it; if `hit` returns false the next occurrence in that value is tried instead.
 */
export function scanField(field: Field, needle: string, hit: (entry: number, offset: number, length: number) => boolean): void {
  if (needle.length === 0) return;
  const { text, starts, entry } = field;
  let slot = 0;
  let at = text.indexOf(needle);
  while (at !== -1) {
    slot = slotAt(field, at, slot);
    const start = starts[slot]!;
    const end = starts[slot + 1]! - 1;
    const accepted = hit(entry[slot]!, at - start, end - start);
    at = text.indexOf(needle, accepted ? end + 1 : at + 1);
  }
}
