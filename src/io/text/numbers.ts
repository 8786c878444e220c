// Numbers as people type them into spreadsheets: "1,234", "1.234,5" (European), "12,5",
// "₩1,234", "350백만원", "１２３" (full-width), "1 234". One cell can be ambiguous on its own:
// "1.000" is one in Korea and a thousand in Germany. Such a cell is resolved by the rest of
// its column (numberColumn.ts) or reported, never guessed.

/** Which character separates the decimals. */
export type DecimalMark = "." | ",";

export type NumberForm =
  /** `mark` is what the cell proves about the column's decimal mark (null: nothing). */
  | { kind: "number"; value: number; mark: DecimalMark | null }
  /** A single separator followed by exactly three digits: the value under either mark. */
  | { kind: "ambiguous"; separator: DecimalMark; ifDot: number; ifComma: number }
  | { kind: "invalid" };

const INVALID: NumberForm = { kind: "invalid" };

const num = (digits: string): number => {
  const n = Number(digits);
  return Number.isFinite(n) ? n : NaN;
};

const DIGITS = /^\d+$/;
const DOT_DECIMAL = /^(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const COMMA_DECIMAL = /^\d*,\d+$/;
const ONE_GROUP = /^[1-9]\d{0,2}([.,])\d{3}$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/** The form of an unsigned number with spaces, currency and units already removed. */
export function numberForm(core: string): NumberForm {
  if (DIGITS.test(core)) return { kind: "number", value: num(core), mark: null };
  const one = ONE_GROUP.exec(core);
  if (one) {
    const separator = one[1] as DecimalMark;
    const grouped = num(core.replace(separator, ""));
    const decimal = num(core.replace(separator, "."));
    return separator === "." ? { kind: "ambiguous", separator, ifDot: decimal, ifComma: grouped } : { kind: "ambiguous", separator, ifDot: grouped, ifComma: decimal };
  }
  if (DOT_DECIMAL.test(core)) {
    const value = num(core);
    return Number.isNaN(value) ? INVALID : { kind: "number", value, mark: core.includes(".") ? "." : null };
  }
  if (COMMA_DECIMAL.test(core)) return { kind: "number", value: num(core.replace(",", ".")), mark: "," };
  // Two or more groups, or groups and decimals: only one reading fits.
  if (COMMA_GROUPS.test(core)) return { kind: "number", value: num(core.replace(/,/g, "")), mark: "." };
  if (DOT_GROUPS.test(core)) return { kind: "number", value: num(core.replace(/\./g, "").replace(",", ".")), mark: "," };
  return INVALID;
}

/** A money unit relative to the app's amount unit, 백만원 (million won): value × mul ÷ div. */
export interface MoneyUnit {
  name: string;
  mul: number;
  div: number;
}

// Longest first, so "백만원" is not read as "만원".
const UNITS: ReadonlyArray<readonly [string, number, number]> = [
  ["천만원", 10, 1], ["백만원", 1, 1], ["억원", 100, 1], ["만원", 1, 100], ["천원", 1, 1000],
  ["천만", 10, 1], ["백만", 1, 1], ["억", 100, 1], ["만", 1, 100], ["천", 1, 1000],
  ["원", 1, 1e6], ["krw", 1, 1e6], ["won", 1, 1e6],
];

export function moneyUnit(name: string): MoneyUnit | null {
  const key = name.toLowerCase();
  for (const [unit, mul, div] of UNITS) if (unit === key) return { name: unit, mul, div };
  return null;
}

/** A value in `unit` converted to 백만원; division keeps 1234 천원 = 1.234 exactly as typed. */
export function toMillionWon(value: number, unit: MoneyUnit): number {
  return unit.div === 1 ? value * unit.mul : value / unit.div;
}

const HEADER_UNIT = /[(\[（［]\s*(?:단위\s*[:：]?\s*)?(천만원|백만원|억원|만원|천원|원|krw|won)\s*[)\]）］]\s*$/i;

/** The money unit a header names in brackets at its end ("금액(억원)", "Amount [KRW]"), else null. */
export function headerMoneyUnit(header: string): MoneyUnit | null {
  const m = HEADER_UNIT.exec(header.trim());
  return m ? moneyUnit(m[1]!) : null;
}

export interface AmountText {
  negative: boolean;
  core: string;
  /** A unit written in the cell ("350백만원"); "원" alone and ₩ are not units but decoration. */
  unit: MoneyUnit | null;
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const SPACES = /[\s\u00a0\u202f\u2009\u3000]+/g;
const CURRENCY = /^[₩￦$]|[₩￦$]$|^krw|krw$/gi;
const CELL_UNIT = /(천만원|백만원|억원|만원|천원|천만|백만|억|만|천|원)$/;

/** Splits a typed amount into sign, digits and unit; full-width digits are read as digits. */
export function amountText(text: string): AmountText {
  let t = text.trim();
  if (FULL_WIDTH.test(t)) t = t.normalize("NFKC");
  t = t.replace(SPACES, "").replace(CURRENCY, "");
  let unit: MoneyUnit | null = null;
  const m = CELL_UNIT.exec(t);
  if (m) {
    t = t.slice(0, -m[1]!.length);
    // "1,234원" has always meant 1,234 as written: 원 alone decorates, a multiplier is a unit.
    if (m[1] !== "원") unit = moneyUnit(m[1]!);
  }
  t = t.replace(CURRENCY, "");
  let negative = false;
  if (t.startsWith("-") || t.startsWith("+")) {
    negative = t[0] === "-";
    t = t.slice(1);
  }
  return { negative, core: t, unit };
}

/**
 * A number from one cell with no column to ask: unambiguous forms as written, "1,234" with
 * the comma grouping thousands as Korean and English write it, "1.234" with the point as the
 * decimal mark. Units other than 원 make it NaN: only the header can say what the cell's
 * neighbours are measured in (numberColumn.ts reads those).
 */
export function parseNumberCell(text: string): number {
  // Most cells are plain digits; they need none of the work below (500k of them per large file).
  if (DIGITS.test(text)) return num(text);
  const { negative, core, unit } = amountText(text);
  if (unit) return NaN;
  const form = numberForm(core);
  if (form.kind === "invalid") return NaN;
  const value = form.kind === "number" ? form.value : form.ifDot;
  return negative ? -value : value;
}

const YEAR_NOISE = /^(?:fy|cy|회계연도|연도)\s*['’]?|\s*(?:년도|년|연도)$/gi;
const YEAR = /^(\d{4})(?:\.0+)?$/;
const PLAIN_YEAR = /^\d{4}$/;

/** A year 1900-2100 from "2023", "2023년", "２０２３", "2023.0", "FY2023", "2023년도"; else NaN. */
export function parseYearCell(text: string): number {
  if (PLAIN_YEAR.test(text)) {
    const year = Number(text);
    return year >= 1900 && year <= 2100 ? year : NaN;
  }
  let t = text.trim();
  if (FULL_WIDTH.test(t)) t = t.normalize("NFKC").trim();
  t = t.replace(YEAR_NOISE, "").trim();
  const m = YEAR.exec(t);
  const year = m ? Number(m[1]) : NaN;
  return year >= 1900 && year <= 2100 ? year : NaN;
}
