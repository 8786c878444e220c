// The legend painted into a 2D canvas (legendRows.ts walks the rows, as for the SVG).
import type { LegendLayout } from "./legendLayout.ts";
import { drawLegendRows } from "./legendRows.ts";
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
  drawLegendRows(layout, ink, {
    rect(x, y, width, height, color) {
      ctx.fillStyle = safeColor(color);
      ctx.fillRect(x, y, width, height);
    },
    dot(cx, cy, r, color) {
      ctx.fillStyle = safeColor(color);
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      ctx.fill();
    },
    text(text, x, y, size, fill, style = {}) {
      ctx.font = `${style.bold ? "700" : "400"} ${size}px ${font}`;
      ctx.fillStyle = safeColor(fill, "#000000");
      ctx.textAlign = style.end ? "right" : "left";
      ctx.fillText(text, x, y);
    },
  });
  ctx.restore();
}
