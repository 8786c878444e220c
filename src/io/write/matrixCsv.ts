// The division flow matrix as the screen shows it: one row per supplying division, one column
// per buying division, in the on-screen order and language, exact figures in the cells. A note
// line above says what the numbers are (unit, link types, vintage), since a grid of bare
// numbers cut loose from the app says nothing of that. The long list (one row per pair, every
// measure and type) stays with flowsToCsv.

import type { DivisionCode } from "../../model/types.ts";
import { csvLine } from "./csvCell.ts";

export interface MatrixGridCell {
  from: DivisionCode;
  to: DivisionCode;
  value: number;
}

export interface MatrixGridCsvInput {
  /** Divisions in the on-screen order: rows and columns alike. */
  order: readonly DivisionCode[];
  /** Every row × column pair (any order); a missing pair is written as 0. */
  cells: readonly MatrixGridCell[];
  /** Row and column headers: the division names as the screen writes them. */
  name: (code: DivisionCode) => string;
  /** The top-left cell, saying which way the grid reads ("공급 시도 \ 수요 시도"). */
  corner: string;
  /** The first line: unit, link types, vintage. */
  note: string;
}

/** CRLF line ends; no BOM (the download adds one for Excel). */
export function matrixGridCsv(input: MatrixGridCsvInput): string {
  const values = new Map<string, number>();
  for (const c of input.cells) values.set(`${c.from}\u0000${c.to}`, c.value);
  const lines = [csvLine([input.note]), csvLine([input.corner, ...input.order.map(input.name)])];
  for (const from of input.order) {
    // Summed amounts carry binary noise (1234.5600000000002): two decimals, as the screen's exact figure.
    lines.push(csvLine([input.name(from), ...input.order.map((to) => Math.round((values.get(`${from}\u0000${to}`) ?? 0) * 100) / 100)]));
  }
  return lines.join("\r\n") + "\r\n";
}
