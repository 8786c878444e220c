// The legend as SVG (legendRows.ts walks the rows, as for the canvas).
import type { LegendLayout } from "./legendLayout.ts";
import { drawLegendRows } from "./legendRows.ts";
import { escapeXml as x, num, safeColor as color } from "./svgText.ts";
import type { PictureOptions } from "./types.ts";

export function svgLegend(layout: LegendLayout, title: string, at: { x: number; y: number }, ink: PictureOptions["ink"]): string {
  const parts: string[] = [
    `<g id="legend" transform="translate(${num(at.x)} ${num(at.y)})" data-title="${x(title)}">`,
    `<rect width="${layout.width}" height="${layout.height}" rx="6" fill="${color(ink.panel)}" stroke="${color(ink.line)}"/>`,
  ];
  drawLegendRows(layout, ink, {
    rect: (rx, ry, width, height, fill) => parts.push(`<rect x="${num(rx)}" y="${num(ry)}" width="${num(width)}" height="${num(height)}" fill="${color(fill)}"/>`),
    dot: (cx, cy, r, fill) => parts.push(`<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${color(fill)}"/>`),
    text: (text, px, py, size, fill, style = {}) =>
      parts.push(
        `<text x="${num(px)}" y="${num(py)}" font-size="${size}" fill="${color(fill)}" dominant-baseline="central"${style.bold ? ' font-weight="700"' : ""}${style.end ? ' text-anchor="end"' : ""}>${x(text)}</text>`,
      ),
  });
  parts.push(`</g>`);
  return parts.join("");
}
