// Division flows as a long-format CSV (one row per ordered pair) and as plain JSON, the shape
// `inspect --flows` prints. Every cell goes through csvCell, the one place for escaping.

import { regionLabel } from "../../regions/units.ts";
import { levelOf, vintageOf } from "../../model/scale.ts";
import type { Level } from "../../model/scale.ts";
import type { Vintage } from "../../model/types.ts";
import type { FlowCell, FlowMatrix, FlowMeasure, FlowStat } from "../../model/flows.ts";
import { LINK_TYPES, type DivisionCode, type LinkType } from "../../model/types.ts";
import { csvLine } from "./csvCell.ts";

export interface FlowsCsvOptions {
  /** Prefix a UTF-8 BOM so Korean Excel opens the file as UTF-8 rather than CP949. */
  bom?: boolean;
}

function measureColumns(measures: readonly FlowMeasure[]): string[] {
  return measures.flatMap((m) => [m, ...LINK_TYPES.map((t) => `${m}_${t}`)]);
}

function measureCells(cell: FlowCell, measures: readonly FlowMeasure[]): number[] {
  return measures.flatMap((m) => [cell[m], ...LINK_TYPES.map((t) => cell.byType[t][m])]);
}

function divisionCells(code: DivisionCode): string[] {
  return [code, regionLabel(code, "ko", "full"), regionLabel(code, "en", "full")];
}

/**
 * Columns: vintage, level (municipality, division, super-region, economic-region or a loaded
 * grouping's id), kind ("flow" or "internal"), from, from_name_ko, from_name_en, to, to_name_ko,
 * to_name_en, then per measure its total and one column per link type (count, count_technology,
 * ..., weight, weight_technology, ...). `measure` keeps only that measure's columns. Flows come
 * largest first, then internal rows (from === to) in division order. CRLF line ends.
 */
export function flowsToCsv(matrix: FlowMatrix, measure?: FlowMeasure, opts: FlowsCsvOptions = {}): string {
  const measures: readonly FlowMeasure[] = measure ? [measure] : ["count", "weight"];
  const row = (kind: string, from: DivisionCode, to: DivisionCode, cell: FlowCell) =>
    csvLine([vintageOf(matrix.vintage), levelOf(matrix.vintage), kind, ...divisionCells(from), ...divisionCells(to), ...measureCells(cell, measures)]);
  const header = ["vintage", "level", "kind", "from", "from_name_ko", "from_name_en", "to", "to_name_ko", "to_name_en", ...measureColumns(measures)];
  const lines = [csvLine(header), ...matrix.flows.map((f) => row("flow", f.from, f.to, f))];
  for (const code of matrix.divisions) {
    const cell = matrix.internal[code];
    if (cell) lines.push(row("internal", code, code, cell));
  }
  return (opts.bom ? "\ufeff" : "") + lines.join("\r\n") + "\r\n";
}

export interface FlowJson extends FlowStat {
  from: DivisionCode;
  to: DivisionCode;
  byType: Record<LinkType, FlowStat>;
}

export interface FlowsJson {
  vintage: Vintage;
  /** The regions the flows are between: "division" (provinces), "municipality", "super-region", ... */
  level: Level;
  divisions: DivisionCode[];
  flows: FlowJson[];
  internal: Record<DivisionCode, FlowStat & { byType: Record<LinkType, FlowStat> }>;
  totals: FlowMatrix["totals"];
  links: number;
  crossLinks: number;
}

const stat = ({ count, weight }: FlowStat): FlowStat => ({ count, weight });
const byType = (cell: FlowCell) => Object.fromEntries(LINK_TYPES.map((t) => [t, stat(cell.byType[t])])) as Record<LinkType, FlowStat>;

/** A fresh plain copy in a fixed key order, safe to JSON.stringify and to mutate. */
export function flowsToJson(matrix: FlowMatrix): FlowsJson {
  const internal: FlowsJson["internal"] = {};
  for (const code of matrix.divisions) {
    const cell = matrix.internal[code];
    if (cell) internal[code] = { ...stat(cell), byType: byType(cell) };
  }
  return {
    vintage: vintageOf(matrix.vintage),
    level: levelOf(matrix.vintage),
    divisions: [...matrix.divisions],
    flows: matrix.flows.map((f) => ({ from: f.from, to: f.to, ...stat(f), byType: byType(f) })),
    internal,
    totals: Object.fromEntries(
      matrix.divisions.flatMap((code) => {
        const t = matrix.totals[code];
        return t ? [[code, { ...t, outgoing: stat(t.outgoing), incoming: stat(t.incoming), internal: stat(t.internal) }]] : [];
      }),
    ),
    links: matrix.links,
    crossLinks: matrix.crossLinks,
  };
}
