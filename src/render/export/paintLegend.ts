// The legend painted into a 2D canvas, at the places legendLayout gave every row (as svgLegend).
import type { LegendLayout } from "./legendLayout.ts";
import { safeColor } from "./svgText.ts";
import type { PictureOptions } from "./types.ts";

/** `ctx` is set to picture units; `layout` carries the legend's place on the page. */
export function paintLegend(ctx: CanvasRenderingContext2D, layout: LegendLayout & { x: number; y: number }, ink: PictureOptions["ink"], font: string): void {
  ctx.save();
  ctx.translate(layout.x, layout.y);
  ctx.fillStyle = safeColor(ink.panel, "#ffffff");
  ctx.strokeStyle = safeColor(ink.line, "#cccccc");
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(0, 0, layout.width, layout.height, 6);
  ctx.fill();
  ctx.stroke();
  ctx.textBaseline = "middle";
  const label = (text: string, x: number, y: number, size: number, fill: string, weight = "400", align: CanvasTextAlign = "left") => {
    ctx.font = `${weight} ${size}px ${font}`;
    ctx.fillStyle = safeColor(fill, "#000000");
    ctx.textAlign = align;
    ctx.fillText(text, x, y);
  };
  for (const item of layout.items) {
    if (item.kind !== "row") {
      label(item.text, item.x, item.y + item.size / 2, item.size, item.kind === "title" ? ink.text : ink.muted, item.kind === "title" ? "700" : "400");
      continue;
    }
    const { row } = item;
    const mid = item.y + item.height / 2;
    const sx = item.x;
    const w = layout.swatchWidth;
    if (row.kind === "line") {
      ctx.fillStyle = safeColor(row.color);
      ctx.fillRect(sx, mid - row.width / 2, w - 2, Math.max(1, row.width));
      label(row.label, layout.labelX, mid, 12, ink.text);
    } else if (row.kind === "dot") {
      ctx.fillStyle = safeColor(row.color);
      ctx.beginPath();
      ctx.arc(sx + w / 2, mid, 5, 0, Math.PI * 2);
      ctx.fill();
      label(row.label, layout.labelX, mid, 12, ink.text);
    } else if (row.kind === "bars") {
      row.colors.forEach((c, i) => {
        ctx.fillStyle = safeColor(c);
        ctx.fillRect(sx + 6 + i * 6, mid - 6, 5, 12);
      });
      label(row.label, layout.labelX, mid, 12, ink.text);
    } else {
      const rampWidth = layout.width - item.x * 2;
      const step = rampWidth / row.colors.length;
      row.colors.forEach((c, i) => {
        ctx.fillStyle = safeColor(c);
        ctx.fillRect(sx + i * step, item.y + 2, step + 0.5, 10);
      });
      label(row.lo, sx, item.y + 22, 12, ink.text);
      label(row.hi, sx + rampWidth, item.y + 22, 12, ink.text, "400", "right");
    }
  }
  ctx.restore();
}
