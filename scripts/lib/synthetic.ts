// Synthetic networks for benchmarks and browser tests (1k..100k companies, up to ~500k links),
// in the same columns as the sample. Fast and lean: numbers in typed arrays, rows as strings
// in one array joined once.

import type { DivisionCode, LinkType } from "../../src/model/types.ts";
import { Random } from "../../src/geo/random.ts";
import { SCRIPT_DIVISIONS } from "./divisions.ts";
import { COMPANY_COLUMNS, LINK_COLUMNS } from "./sample.ts";
import { MUNICIPALITIES } from "../../src/regions/municipalities.ts";

export interface SyntheticOptions {
  companies: number;
  links: number;
  seed?: number;
  /** How the division column is written: short Korean ("경기", default) or ISO ("KR-41"). */
  divisionStyle?: "ko" | "iso";
  /**
   * Fills the municipality column, headed "시군구", with a registry municipality of the company's
   * division (uniformly). Drawn from a stream of its own: every other cell is the same as without.
   */
  municipalities?: boolean;
}

export interface SyntheticNetwork {
  companiesCsv: string;
  linksCsv: string;
}

/**
 * Rough share of companies per division: the capital region holds about half, as in Korean
 * business registers. Illustrative proportions, not measured ones.
 */
export const DIVISION_SHARE: Readonly<Record<DivisionCode, number>> = {
  "KR-41": 0.26, "KR-11": 0.2, "KR-28": 0.055, "KR-26": 0.065, "KR-48": 0.062, "KR-47": 0.05,
  "KR-27": 0.045, "KR-44": 0.042, "KR-43": 0.033, "KR-46": 0.033, "KR-45": 0.03, "KR-29": 0.028,
  "KR-30": 0.028, "KR-42": 0.028, "KR-31": 0.022, "KR-49": 0.013, "KR-50": 0.007,
};

/** Share of links whose buyer is in the supplier's own division. */
export const SAME_DIVISION = 0.55;
/** Supplier rank = floor(n * u^HUB_EXPONENT): a few hubs supply many buyers. */
export const HUB_EXPONENT = 2.5;
export const FIRST_YEAR = 2019;
const CHUNK = 8192;
export const YEARS = 7;
export const TYPES: readonly LinkType[] = ["technology", "production", "sales", "other"];
export const TYPE_WEIGHTS = [0.25, 0.38, 0.3, 0.07];
export const PREFIXES = ["대한", "한빛", "세진", "동양", "미래", "우리", "신성", "태광", "성우", "대성", "삼진", "동일", "금강", "영진", "청림", "새한", "진성", "한울", "보람", "누리"];
export const SUFFIXES = ["정밀", "산업", "테크", "전자", "바이오", "메디칼", "소재", "에너지", "기계", "화학", "식품", "시스템"];
export const INDUSTRIES = ["machinery", "auto parts", "electronics", "semiconductors", "batteries", "chemicals", "bio/medical", "food", "software", "materials", "shipbuilding", "energy"];

/** Company counts per division (largest-remainder rounding; every division gets one when n >= 17). */
export function divisionCounts(n: number): number[] {
  const shares = SCRIPT_DIVISIONS.map((d) => DIVISION_SHARE[d.code] ?? 0);
  const total = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (s / total) * n);
  const counts = exact.map((x) => (n >= shares.length ? Math.max(1, Math.floor(x)) : Math.floor(x)));
  let left = n - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left !== 0; k = (k + 1) % order.length) {
    const i = order[k]![1];
    if (left > 0) [counts[i], left] = [counts[i]! + 1, left - 1];
    else if (counts[i]! > 1) [counts[i], left] = [counts[i]! - 1, left + 1];
  }
  return counts;
}

/** Municipality names per division, for `municipalities`. */
function municipalityNames(): Map<DivisionCode, string[]> {
  const byDivision = new Map<DivisionCode, string[]>();
  for (const m of MUNICIPALITIES) byDivision.set(m.division, [...(byDivision.get(m.division) ?? []), m.nameKo]);
  return byDivision;
}

export function syntheticNetwork({ companies: n, links: m, seed = 1, divisionStyle = "ko", municipalities = false }: SyntheticOptions): SyntheticNetwork {
  if (!Number.isInteger(n) || n < 2) throw new Error("scripts/synthetic: need at least 2 companies");
  if (!Number.isInteger(m) || m < 0) throw new Error("scripts/synthetic: links must be a non-negative integer");
  const rng = new Random(seed, 0x51a7);
  const counts = divisionCounts(n);
  const start = new Int32Array(counts.length + 1);
  counts.forEach((c, d) => (start[d + 1] = start[d]! + c));
  const divisionOf = new Int32Array(n);
  const width = String(n).length;
  const ids = new Array<string>(n);
  const rows = [COMPANY_COLUMNS.map((c) => (municipalities && c === "municipality" ? "시군구" : c)).join(",")];
  const places = municipalities ? municipalityNames() : null;
  const placeRng = new Random(seed, 0x5191);
  for (let d = 0; d < counts.length; d++) {
    const div = SCRIPT_DIVISIONS[d]!;
    const label = divisionStyle === "iso" ? div.code : div.ko;
    const names = places?.get(div.code) ?? [];
    for (let i = start[d]!; i < start[d + 1]!; i++) {
      divisionOf[i] = d;
      const id = `syn-${String(i + 1).padStart(width, "0")}`;
      ids[i] = id;
      const u = rng.next();
      const tier = u < 0.002 ? "super-regional" : u < 0.022 ? "regional-innovation" : "";
      const name = `${rng.pick(PREFIXES)}${rng.pick(SUFFIXES)} ${i + 1}`;
      const place = names.length > 0 ? placeRng.pick(names) : "";
      rows.push(`${id},${name},,${label},${place},${rng.pick(INDUSTRIES)},${tier}`);
    }
  }
  const companiesCsv = rows.join("\n") + "\n";

  // Hubs are spread over divisions: rank -> company through a seeded permutation.
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [perm[i], perm[j]] = [perm[j]!, perm[i]!];
  }
  const shares = counts.map((c) => c / n);
  const seen = new Set<number>();
  // Rows are flattened into one string per CHUNK rows, so few small strings stay alive at once.
  const chunks = [LINK_COLUMNS.join(",")];
  let lines: string[] = [];
  let written = 0;
  for (let attempts = 0; written < m && attempts < m * 4 + 100; attempts++) {
    const s = perm[Math.floor(n * rng.next() ** HUB_EXPONENT)]!;
    const d = rng.next() < SAME_DIVISION ? divisionOf[s]! : rng.weighted(shares, 1);
    const size = start[d + 1]! - start[d]!;
    if (size === 0) continue;
    const b = start[d]! + rng.int(size);
    if (b === s) continue;
    const t = rng.weighted(TYPE_WEIGHTS, 1);
    const y = rng.int(YEARS);
    const key = ((s * n + b) * TYPES.length + t) * YEARS + y;
    if (seen.has(key)) continue;
    seen.add(key);
    const amount = Math.max(1, Math.round(300 * Math.exp(1.1 * rng.normal())));
    lines.push(`${ids[s]},${ids[b]},${TYPES[t]},${amount},${FIRST_YEAR + y},true`);
    written++;
    if (lines.length === CHUNK) {
      chunks.push(lines.join("\n"));
      lines = [];
    }
  }
  if (lines.length > 0) chunks.push(lines.join("\n"));
  return { companiesCsv, linksCsv: chunks.join("\n") + "\n" };
}
