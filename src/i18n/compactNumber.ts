// Short numbers for cells, labels and report lines. Korean tables count in 만 (10^4), 억 (10^8)
// and 조 (10^12); k and M read as foreign there, while English readers expect them. Every short
// number has its exact figure beside it somewhere (title, tooltip, accessible name): formatExact.
import type { Lang } from "./index.ts";

interface Unit {
  size: number;
  suffix: string;
}

// Largest first: a value takes the largest unit it reaches.
const UNITS: Readonly<Record<Lang, readonly Unit[]>> = {
  ko: [
    { size: 1e12, suffix: "조" },
    { size: 1e8, suffix: "억" },
    { size: 1e4, suffix: "만" },
  ],
  en: [
    { size: 1e9, suffix: "B" },
    { size: 1e6, suffix: "M" },
    { size: 1e3, suffix: "k" },
  ],
};

const LOCALE: Readonly<Record<Lang, string>> = { ko: "ko-KR", en: "en-GB" };

export interface CompactOptions {
  /**
   * Significant digits of the part before the unit (1-3, default 3). Whole numbers of a unit
   * (1,234만) are never cut: the unit above takes over before they would need a fifth digit.
   */
  digits?: 1 | 2 | 3;
}

/**
 * `abs` in `unit`s, rounded to `digits` significant digits but never below whole units (1,234.5
 * stays 1,235). The rounding runs on `abs` itself, in steps of a power of ten: 10,050 / 100 is
 * exactly 100.5 and rounds up to 1.01만, where 1.005 * 100 in binary is 100.49999… and rounded down.
 */
function roundPart(abs: number, unitSize: number, digits: number): number {
  const value = abs / unitSize;
  if (value === 0) return 0;
  const magnitude = Math.floor(Math.log10(value));
  const step = unitSize / 10 ** Math.max(0, digits - 1 - magnitude);
  return (Math.round(abs / step) * step) / unitSize;
}

function plain(lang: Lang, value: number, maxFractionDigits: number): string {
  return value.toLocaleString(LOCALE[lang], { maximumFractionDigits: maxFractionDigits });
}

/**
 * 661,597 → "66.2만" (ko) / "662k" (en); 120,000,000 → "1.2억" / "120M"; 9,999 → "9,999" /
 * "10k"; 0 → "0"; negatives keep their sign. Values below the first unit are written whole
 * (one decimal below 10, for fractional amounts).
 */
export function formatCompact(lang: Lang, value: number, options: CompactOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = options.digits ?? 3;
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const units = UNITS[lang];
  const smallest = units[units.length - 1]!;
  if (abs < smallest.size) {
    const rounded = abs < 10 ? Math.round(abs * 10) / 10 : Math.round(abs);
    // 9,999.6 rounds to 10,000: that is a whole unit, written as one below.
    if (rounded < smallest.size) return rounded === 0 ? "0" : sign + plain(lang, rounded, 1);
  }
  // From the largest unit down, the first the value reaches after rounding: 99,999,999 is 1억, not 10,000만.
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    const part = roundPart(abs, unit.size, digits);
    const above = units[i - 1];
    if (above && part * unit.size >= above.size) return sign + `1${above.suffix}`;
    if (part >= 1 || i === units.length - 1) return sign + plain(lang, part, 2) + unit.suffix;
  }
  return sign + plain(lang, abs, 0);
}

/** The exact figure, grouped the way the language writes it (1,234,567.5). */
export function formatExact(lang: Lang, value: number): string {
  return value.toLocaleString(LOCALE[lang], { maximumFractionDigits: 2 });
}
