// Reading URL parameters without trusting them: every value is matched against a fixed list, a
// strict pattern or the loaded data; whatever does not fit is dropped and reported as a notice.
// Nothing read here is evaluated or turned into markup.
import { YEAR_BOUNDS, type UrlNotice, type UrlNoticeCode } from "./values.ts";

/** Longest value read; longer ones are dropped unread. */
export const MAX_VALUE_LENGTH = 512;
/** Parameters read at most; the rest are ignored. */
export const MAX_PARAMS = 200;
/** Items of one list read at most. */
export const MAX_LIST_ITEMS = 100;
/** Longest param or value text quoted back in a notice. */
const NOTICE_CLIP = 64;

/** Untrusted text made safe to quote in a message: no control characters, clipped. */
export function clip(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "\uFFFD");
  return clean.length > NOTICE_CLIP ? `${clean.slice(0, NOTICE_CLIP)}…` : clean;
}

export const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
export const YEAR_RANGE = /^(\d{4})?-(\d{4})?$/;
export const ONE_YEAR = /^\d{4}$/;

export function parseNumber(text: string): number | null {
  if (text.length > 32 || !DECIMAL.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? (n === 0 ? 0 : n) : null;
}

export function validYear(n: number): boolean {
  return Number.isInteger(n) && n >= YEAR_BOUNDS.min && n <= YEAR_BOUNDS.max;
}

export class UrlReader {
  readonly notices: UrlNotice[] = [];
  private readonly values = new Map<string, string[]>();

  constructor(params: URLSearchParams, knownParams: ReadonlySet<string>) {
    let count = 0;
    for (const [name, value] of params) {
      if (++count > MAX_PARAMS) {
        this.note("too-many-params", "", "", `more than ${MAX_PARAMS} parameters; the rest were ignored`);
        break;
      }
      if (!knownParams.has(name)) {
        this.note("unknown-param", name, value, `unknown parameter '${clip(name)}' ignored`);
        continue;
      }
      if (value.length > MAX_VALUE_LENGTH) {
        this.note("too-long", name, value, `'${name}' is longer than ${MAX_VALUE_LENGTH} characters; ignored`);
        continue;
      }
      const list = this.values.get(name);
      if (list) list.push(value);
      else this.values.set(name, [value]);
    }
  }

  note(code: UrlNoticeCode, param: string, value: string, message: string): void {
    this.notices.push({ code, param: clip(param), value: clip(value), message });
  }

  bad(param: string, value: string, why: string): void {
    this.note("bad-value", param, value, `'${param}=${clip(value)}' ignored: ${why}`);
  }

  /** The first value of a single-valued parameter; later ones are reported. */
  single(name: string): string | undefined {
    const list = this.values.get(name);
    if (!list) return undefined;
    for (const extra of list.slice(1)) {
      this.note("duplicate-param", name, extra, `'${name}' given more than once; only the first counts`);
    }
    return list[0];
  }

  /** Every value of a repeated parameter. */
  all(name: string): string[] {
    const list = this.values.get(name) ?? [];
    if (list.length > MAX_LIST_ITEMS) {
      this.bad(name, list[MAX_LIST_ITEMS]!, `more than ${MAX_LIST_ITEMS} values; the rest were ignored`);
      return list.slice(0, MAX_LIST_ITEMS);
    }
    return list;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const raw = this.single(name);
    if (raw === undefined) return undefined;
    const hit = allowed.find((a) => a === raw);
    if (hit === undefined) this.bad(name, raw, `expected one of ${allowed.join(", ")}`);
    return hit;
  }

  flag(name: string): boolean | undefined {
    const raw = this.single(name);
    if (raw === undefined) return undefined;
    if (raw === "1") return true;
    if (raw === "0") return false;
    this.bad(name, raw, "expected 1 or 0");
    return undefined;
  }

  /**
   * Items of a list, each checked by `accept` (which returns why it is not acceptable, or
   * null). Duplicates and failures are dropped and reported; the order is kept.
   */
  list(name: string, items: string[], accept: (item: string) => { code: UrlNoticeCode; why: string } | null): string[] {
    const out: string[] = [];
    for (const item of items.slice(0, MAX_LIST_ITEMS)) {
      const problem = item === "" ? { code: "bad-value" as const, why: "empty item" } : accept(item);
      if (problem) {
        this.note(problem.code, name, item, `'${clip(item)}' in '${name}' ignored: ${problem.why}`);
      } else if (out.includes(item)) {
        this.bad(name, item, "listed twice");
      } else {
        out.push(item);
      }
    }
    if (items.length > MAX_LIST_ITEMS) this.bad(name, items[MAX_LIST_ITEMS]!, `more than ${MAX_LIST_ITEMS} items; the rest were ignored`);
    return out;
  }

  /** A comma-separated list of codes; an empty value is the empty list, one whose every item was dropped is ignored. */
  codes(name: string, accept: (item: string) => { code: UrlNoticeCode; why: string } | null): string[] | undefined {
    const raw = this.single(name);
    if (raw === undefined) return undefined;
    if (raw === "") return [];
    const kept = this.list(name, raw.split(","), accept);
    return kept.length > 0 ? kept : undefined;
  }

  /** A repeated free-text parameter; ignored when every value was dropped. */
  texts(name: string, accept: (item: string) => { code: UrlNoticeCode; why: string } | null): string[] | undefined {
    if (!this.values.has(name)) return undefined;
    const kept = this.list(name, this.all(name), accept);
    return kept.length > 0 ? kept : undefined;
  }
}

