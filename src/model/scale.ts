// The scales planners think in. A level says what a region is (a 시군구, a 시도, a grouping of
// 시도); a scale joins a level to a boundary vintage, and is what every flow, matrix, map layer
// and export is aggregated under. A scale is a string so it compares by value in memos and keys.

import { VINTAGES, type Vintage } from "./types.ts";

export const BUILT_IN_LEVELS = ["municipality", "division", "super-region", "economic-region"] as const;
export type BuiltInLevel = (typeof BUILT_IN_LEVELS)[number];
/** A built-in level, or a grouping the user loaded ("grouping:<id>", see groupings.ts). */
export type Level = BuiltInLevel | `grouping:${string}`;

/**
 * A level under a vintage. The division level is written as the bare vintage ("2023",
 * "2026-07"), so every matrix, link and bundle made before levels existed keeps its meaning.
 */
export type RegionScale = Vintage | `${Exclude<Level, "division">}@${Vintage}`;

export const DIVISION_LEVEL: Level = "division";

export function regionScale(level: Level, vintage: Vintage): RegionScale {
  return level === "division" ? vintage : (`${level}@${vintage}` as RegionScale);
}

export interface ParsedScale {
  level: Level;
  vintage: Vintage;
}

const parsed = new Map<string, ParsedScale>();

/** The level and vintage of a scale; throws on a string no scale writes (a programming error). */
export function parseScale(scale: RegionScale): ParsedScale {
  let p = parsed.get(scale);
  if (p) return p;
  const at = scale.lastIndexOf("@");
  const level = at < 0 ? "division" : scale.slice(0, at);
  const vintage = at < 0 ? scale : scale.slice(at + 1);
  if (!(VINTAGES as readonly string[]).includes(vintage)) throw new Error(`model/scale: '${scale}' names no known vintage`);
  if (!isLevel(level)) throw new Error(`model/scale: '${scale}' names no level`);
  p = { level, vintage: vintage as Vintage };
  parsed.set(scale, p);
  return p;
}

export function isLevel(text: string): text is Level {
  return (BUILT_IN_LEVELS as readonly string[]).includes(text) || (text.startsWith("grouping:") && text.length > "grouping:".length);
}

/** The boundary vintage of a scale: what summary tables (kept per vintage) are indexed by. */
export const vintageOf = (scale: RegionScale): Vintage => parseScale(scale).vintage;
export const levelOf = (scale: RegionScale): Level => parseScale(scale).level;
