// The legend drawn through a pen at the places legendLayout gave: one walk for both pictures.
import type { Pen } from "../pen/types.ts";
import { LABEL_LINE, type LegendLayout } from "./legendLayout.ts";
import type { PictureOptions } from "./types.ts";

export function drawLegend(pen: Pen, layout: LegendLayout, at: { x: number; y: number }, ink: PictureOptions["ink"]): void {
  pen.open("legend", { translate: at });
  pen.rect(0, 0, layout.width, layout.height, ink.panel, { stroke: ink.line, radius: 6 });
  const label = (lines: readonly string[], x: number, mid: number) =>
    lines.forEach((line, i) => pen.text(line, x, mid + (i - (lines.length - 1) / 2) * LABEL_LINE, { size: 12, weight: "400", fill: ink.text, baseline: "middle" }));
  for (const item of layout.items) {
    if (item.kind === "title" || item.kind === "heading") {
      const title = item.kind === "title";
      pen.text(item.text, item.x, item.y + item.size / 2, { size: item.size, weight: title ? "700" : "400", fill: title ? ink.text : ink.muted, baseline: "middle" });
      continue;
    }
    if (item.kind === "note") {
      item.lines.forEach((line, i) => pen.text(line, item.x, item.y + i * (item.size + 4) + item.size / 2, { size: item.size, weight: "400", fill: ink.muted, baseline: "middle" }));
      continue;
    }
    const { row } = item;
    const mid = item.y + item.height / 2;
    const sx = item.x;
    const w = layout.swatchWidth;
    const lx = item.x + layout.labelOffset;
    switch (row.kind) {
      case "line":
        pen.rect(sx, mid - row.width / 2, w - 2, Math.max(1, row.width), row.color, row.opacity === undefined ? {} : { opacity: row.opacity });
        label(item.lines, lx, mid);
        break;
      case "dot":
        pen.circle(sx + w / 2, mid, row.radius ?? 5, row.color);
        label(item.lines, lx, mid);
        break;
      case "sizes": {
        let x = sx;
        for (const r of row.radii) {
          pen.circle(x + r, mid, r, row.color);
          x += 2 * r + 3;
        }
        label(item.lines, Math.max(lx, x + 4), mid);
        break;
      }
      case "bars":
        row.colors.forEach((c, i) => pen.rect(sx + 6 + i * 6, mid - 6, 5, 12, c));
        label(item.lines, lx, mid);
        break;
      case "ring":
        pen.ring(sx + w / 2, mid, 6, row.color, 2, { dash: [3, 2] });
        label(item.lines, lx, mid);
        break;
      case "ramp": {
        const rampWidth = layout.width - item.x * 2;
        const step = rampWidth / row.colors.length;
        row.colors.forEach((c, i) => pen.rect(sx + i * step, item.y + 2, step + 0.5, 10, c));
        pen.text(row.lo, sx, item.y + 22, { size: 12, weight: "400", fill: ink.text, baseline: "middle" });
        pen.text(row.hi, sx + rampWidth, item.y + 22, { size: 12, weight: "400", fill: ink.text, baseline: "middle", align: "right" });
        break;
      }
      default:
        break;
    }
  }
  pen.close();
}
