// Where each legend row goes, in picture units: computed once, so both pictures put every
// swatch and label at the same spot. Long notes and labels wrap (labels onto two lines, then "…").
import { clipToEms, textEms, wrapText } from "./svgText.ts";
import type { LegendModel, LegendRow } from "./types.ts";
import { rowText } from "../legend/types.ts";

export const LEGEND_TEXT = { title: 14, heading: 12, row: 12, note: 11 } as const;
const PAD = 10;
const SWATCH = 28;
const GAP = 8;
/** A legend wider than this wraps its notes and labels: it must not crowd the map. */
const MAX_TEXT_WIDTH = 300;
const GRID_COLUMNS = 2;

export type PlacedLegendItem =
  | { kind: "title"; x: number; y: number; size: number; text: string }
  | { kind: "heading"; x: number; y: number; size: number; text: string }
  | { kind: "note"; x: number; y: number; size: number; lines: string[] }
  | { kind: "row"; x: number; y: number; height: number; row: LegendRow; lines: string[] };

export interface LegendLayout {
  width: number;
  height: number;
  items: PlacedLegendItem[];
  /** Where a row's label starts, after its swatch (relative to the row's x). */
  labelOffset: number;
  swatchWidth: number;
  /** Every row's text, in order: what the legend lists (tests compare it with the screen's). */
  texts: string[];
}

/** Line pitch of a label that wraps. */
export const LABEL_LINE = 15;

/** A label on one line, or on two (the second ending in "…" if it still does not fit). */
function labelLines(label: string, ems: number): string[] {
  if (textEms(label) <= ems) return [label];
  const lines = wrapText(label, ems, 2);
  return lines.map((line) => clipToEms(line, ems));
}

function rowHeight(row: LegendRow): number {
  switch (row.kind) {
    case "line":
      return Math.max(18, row.width + 8);
    case "dot":
      return Math.max(18, 2 * (row.radius ?? 5) + 6);
    case "sizes":
      return Math.max(18, 2 * Math.max(...row.radii) + 6);
    case "ramp":
      return 32;
    default:
      return 18;
  }
}

export function legendLayout(model: LegendModel): LegendLayout {
  const items: PlacedLegendItem[] = [];
  const texts: string[] = [];
  const maxEms = MAX_TEXT_WIDTH / LEGEND_TEXT.row;
  let y = PAD;
  let width = Math.min(MAX_TEXT_WIDTH, textEms(model.title) * LEGEND_TEXT.title);
  items.push({ kind: "title", x: PAD, y, size: LEGEND_TEXT.title, text: model.title });
  y += LEGEND_TEXT.title + 8;
  for (const section of model.sections) {
    if (section.heading) {
      const heading = clipToEms(section.heading, maxEms);
      items.push({ kind: "heading", x: PAD, y, size: LEGEND_TEXT.heading, text: heading });
      width = Math.max(width, textEms(heading) * LEGEND_TEXT.heading);
      y += LEGEND_TEXT.heading + 6;
    }
    const columns = section.grid ? GRID_COLUMNS : 1;
    const columnEms = maxEms / columns - (SWATCH + GAP) / LEGEND_TEXT.row;
    let column = 0;
    let columnWidth = 0;
    for (const row of section.rows) {
      texts.push(rowText(row));
      if (row.kind === "note") {
        const lines = wrapText(row.text, MAX_TEXT_WIDTH / LEGEND_TEXT.note, 3);
        items.push({ kind: "note", x: PAD, y, size: LEGEND_TEXT.note, lines });
        width = Math.max(width, Math.max(...lines.map(textEms)) * LEGEND_TEXT.note);
        y += lines.length * (LEGEND_TEXT.note + 4) + 2;
        continue;
      }
      const lines = row.kind === "ramp" ? [] : labelLines(row.label, columnEms);
      const height = Math.max(rowHeight(row), lines.length * LABEL_LINE + 4);
      const rowWidth = row.kind === "ramp" ? textEms(`${row.lo} ${row.hi}`) * LEGEND_TEXT.row + 40 : SWATCH + GAP + Math.max(0, ...lines.map(textEms)) * LEGEND_TEXT.row;
      columnWidth = Math.max(columnWidth, rowWidth);
      items.push({ kind: "row", x: PAD, y, height, row, lines });
      if (columns > 1) {
        column += 1;
        if (column < columns) continue;
        column = 0;
      }
      y += height;
    }
    if (column > 0) y += 18;
    if (columns > 1) {
      // Second column: rows alternate left and right, each column as wide as its widest.
      const rows = items.filter((item): item is Extract<PlacedLegendItem, { kind: "row" }> => item.kind === "row" && section.rows.includes(item.row));
      rows.forEach((item, i) => {
        if (i % columns) item.x = PAD + columnWidth + GAP * 2;
      });
      width = Math.max(width, columnWidth * columns + GAP * 2);
    } else width = Math.max(width, columnWidth);
    y += 6;
  }
  return { width: Math.ceil(width + PAD * 2), height: Math.ceil(y + PAD - 6), items, labelOffset: SWATCH + GAP, swatchWidth: SWATCH, texts };
}
