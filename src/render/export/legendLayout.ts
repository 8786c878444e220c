// Where each legend row goes, in picture units: computed once so the PNG painter and the SVG
// writer place every swatch and label at the same spot.
import { textEms } from "./svgText.ts";
import type { LegendModel, LegendRow } from "./types.ts";

export const LEGEND_TEXT = { title: 14, heading: 12, row: 12 } as const;
const PAD = 10;
const SWATCH = 28;
const GAP = 8;

export type PlacedLegendItem =
  | { kind: "title" | "heading"; x: number; y: number; size: number; text: string }
  | { kind: "row"; x: number; y: number; height: number; row: LegendRow };

export interface LegendLayout {
  width: number;
  height: number;
  items: PlacedLegendItem[];
  /** Where a row's label starts, after its swatch. */
  labelX: number;
  swatchWidth: number;
}

function rowHeight(row: LegendRow): number {
  if (row.kind === "line") return Math.max(18, row.width + 8);
  if (row.kind === "ramp") return 32;
  return 18;
}

function rowEms(row: LegendRow): number {
  if (row.kind === "ramp") return textEms(row.lo) + textEms(row.hi) + 4;
  return textEms(row.label);
}

export function legendLayout(model: LegendModel): LegendLayout {
  const items: PlacedLegendItem[] = [];
  let y = PAD;
  let width = textEms(model.title) * LEGEND_TEXT.title;
  items.push({ kind: "title", x: PAD, y, size: LEGEND_TEXT.title, text: model.title });
  y += LEGEND_TEXT.title + 6;
  for (const section of model.sections) {
    if (section.heading) {
      items.push({ kind: "heading", x: PAD, y, size: LEGEND_TEXT.heading, text: section.heading });
      width = Math.max(width, textEms(section.heading) * LEGEND_TEXT.heading);
      y += LEGEND_TEXT.heading + 6;
    }
    for (const row of section.rows) {
      const height = rowHeight(row);
      items.push({ kind: "row", x: PAD, y, height, row });
      width = Math.max(width, (row.kind === "ramp" ? 0 : SWATCH + GAP) + rowEms(row) * LEGEND_TEXT.row);
      y += height;
    }
    y += 4;
  }
  return { width: Math.ceil(width + PAD * 2), height: Math.ceil(y + PAD - 4), items, labelX: PAD + SWATCH + GAP, swatchWidth: SWATCH };
}
