// The legend as SVG, at the places legendLayout gave every row.
import type { LegendLayout } from "./legendLayout.ts";
import { escapeXml as x, num, safeColor as color } from "./svgText.ts";
import type { PictureOptions } from "./types.ts";

export function svgLegend(layout: LegendLayout, title: string, at: { x: number; y: number }, ink: PictureOptions["ink"]): string {
  const parts: string[] = [
    `<g id="legend" transform="translate(${num(at.x)} ${num(at.y)})" data-title="${x(title)}">`,
    `<rect width="${layout.width}" height="${layout.height}" rx="6" fill="${color(ink.panel)}" stroke="${color(ink.line)}"/>`,
  ];
  const label = (text: string, px: number, py: number, size: number, fill: string, extra = "") =>
    `<text x="${num(px)}" y="${num(py)}" font-size="${size}" fill="${color(fill)}" dominant-baseline="central"${extra}>${x(text)}</text>`;
  for (const item of layout.items) {
    if (item.kind !== "row") {
      parts.push(label(item.text, item.x, item.y + item.size / 2, item.size, item.kind === "title" ? ink.text : ink.muted, item.kind === "title" ? ' font-weight="700"' : ""));
      continue;
    }
    const { row } = item;
    const mid = item.y + item.height / 2;
    const sx = item.x;
    const w = layout.swatchWidth;
    if (row.kind === "line") {
      parts.push(`<rect x="${num(sx)}" y="${num(mid - row.width / 2)}" width="${w - 2}" height="${num(Math.max(1, row.width))}" fill="${color(row.color)}"/>`);
      parts.push(label(row.label, layout.labelX, mid, 12, ink.text));
    } else if (row.kind === "dot") {
      parts.push(`<circle cx="${num(sx + w / 2)}" cy="${num(mid)}" r="5" fill="${color(row.color)}"/>`);
      parts.push(label(row.label, layout.labelX, mid, 12, ink.text));
    } else if (row.kind === "bars") {
      row.colors.forEach((c, i) => parts.push(`<rect x="${num(sx + 6 + i * 6)}" y="${num(mid - 6)}" width="5" height="12" fill="${color(c)}"/>`));
      parts.push(label(row.label, layout.labelX, mid, 12, ink.text));
    } else {
      const rampWidth = layout.width - item.x * 2;
      const step = rampWidth / row.colors.length;
      row.colors.forEach((c, i) => parts.push(`<rect x="${num(sx + i * step)}" y="${num(item.y + 2)}" width="${num(step + 0.5)}" height="10" fill="${color(c)}"/>`));
      parts.push(label(row.lo, sx, item.y + 22, 12, ink.text));
      parts.push(label(row.hi, sx + rampWidth, item.y + 22, 12, ink.text, ' text-anchor="end"'));
    }
  }
  parts.push(`</g>`);
  return parts.join("");
}
