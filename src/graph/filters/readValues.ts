// Readers for one untrusted value each (from the URL, a saved session, a pasted link). They
// never throw and report what they changed in plain English for the UI to show.

/** More entries than any real selection has; stops a hostile array from taking forever. */
export const MAX_ENTRIES = 10_000;
const SHOWN_VALUE = 40;
const SHOWN_VALUES = 5;

/** A value for a message: quoted, cut short, control characters escaped by JSON. */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? value : String(value);
  } catch {
    text = typeof value;
  }
  if (text.length > SHOWN_VALUE) text = `${text.slice(0, SHOWN_VALUE)}…`;
  return JSON.stringify(text).replace(/^"|"$/g, "'");
}

/** "'a', 'b' and 3 more". */
export function quoteList(values: readonly unknown[]): string {
  const shown = values.slice(0, SHOWN_VALUES).map(quote).join(", ");
  return values.length > SHOWN_VALUES ? `${shown} and ${values.length - SHOWN_VALUES} more` : shown;
}

const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i;

/** A finite number, or a string that spells one (URL values are text); undefined otherwise. */
export function readNumber(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" && NUMERIC.test(value) ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export interface ListRead {
  /** String entries, first occurrence kept, in input order. */
  values: string[];
  problems: string[];
}

/** An array of strings; anything else becomes [] with a problem. */
export function readStringList(field: string, value: unknown): ListRead {
  if (value === undefined || value === null) return { values: [], problems: [] };
  if (!Array.isArray(value)) return { values: [], problems: [`${field}: expected a list, got ${describe(value)}; ignored`] };
  const problems: string[] = [];
  const seen = new Set<string>();
  let notText = 0;
  const end = Math.min(value.length, MAX_ENTRIES);
  for (let i = 0; i < end; i++) {
    const entry: unknown = value[i];
    if (typeof entry === "string") seen.add(entry);
    else notText++;
  }
  if (value.length > MAX_ENTRIES) problems.push(`${field}: only the first ${MAX_ENTRIES} entries were read`);
  if (notText > 0) problems.push(`${field}: dropped ${notText} ${notText === 1 ? "entry that is" : "entries that are"} not text`);
  return { values: [...seen], problems };
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `text ${quote(value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${quote(value)}`;
}
