// One walk over the legend's rows for both pictures: the canvas and the SVG differ only in how
// a rectangle, a dot and a line of text are put down, not in where they go.
import type { LegendLayout } from "./legendLayout.ts";
import type { PictureOptions } from "./types.ts";

export interface LegendPen {
  rect(x: number, y: number, width: number, height: number, color: string): void;
  dot(cx: number, cy: number, r: number, color: string): void;
  /** Vertically centred on y; left-aligned unless `end`. */
  text(text: string, x: number, y: number, size: number, fill: string, style?: { bold?: boolean; end?: boolean }): void;
}

/** Titles, swatches and labels at the places legendLayout gave them, in legend units. */
export function drawLegendRows(layout: LegendLayout, ink: PictureOptions["ink"], pen: LegendPen): void {
  for (const item of layout.items) {
    if (item.kind !== "row") {
      const title = item.kind === "title";
      pen.text(item.text, item.x, item.y + item.size / 2, item.size, title ? ink.text : ink.muted, { bold: title });
      continue;
    }
    const { row } = item;
    const mid = item.y + item.height / 2;
    const sx = item.x;
    const w = layout.swatchWidth;
    if (row.kind === "line") {
      pen.rect(sx, mid - row.width / 2, w - 2, Math.max(1, row.width), row.color);
      pen.text(row.label, layout.labelX, mid, 12, ink.text);
    } else if (row.kind === "dot") {
      pen.dot(sx + w / 2, mid, 5, row.color);
      pen.text(row.label, layout.labelX, mid, 12, ink.text);
    } else if (row.kind === "bars") {
      row.colors.forEach((c, i) => pen.rect(sx + 6 + i * 6, mid - 6, 5, 12, c));
      pen.text(row.label, layout.labelX, mid, 12, ink.text);
    } else {
      const rampWidth = layout.width - item.x * 2;
      const step = rampWidth / row.colors.length;
      row.colors.forEach((c, i) => pen.rect(sx + i * step, item.y + 2, step + 0.5, 10, c));
      pen.text(row.lo, sx, item.y + 22, 12, ink.text);
      pen.text(row.hi, sx + rampWidth, item.y + 22, 12, ink.text, { end: true });
    }
  }
}
