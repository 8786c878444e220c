// The picture as SVG: provinces as paths, links and flows as quadratic curves, companies as
// circles, names as text (Korean stays text, in a font list led by Noto Sans CJK KR). Pure: it
// yields the document in small pieces, so the caller can build a large one in slices.
import { flowCurves } from "../flowGeometry.ts";
import { toScreen } from "../viewTransform.ts";
import { edgeShape, flowArrow, glyphBars, type Point } from "./geometry.ts";
import type { PictureLayout } from "./layout.ts";
import { svgLegend } from "./svgLegend.ts";
import { escapeXml as x, num, safeColor as color } from "./svgText.ts";
import type { PictureOptions, PictureScene } from "./types.ts";
import { GLYPH_COLORS } from "../flowLayer.ts";

/** Pieces of the document a caller can expect, for progress. */
export function svgWork(scene: PictureScene): number {
  return scene.provinces.shapes.length + scene.edges.length + scene.flows.flows.length + scene.nodes.length + scene.labels.length + 4;
}

const poly = (points: readonly Point[], fill: string, extra = "") =>
  `<polygon points="${points.map((p) => `${num(p.x)},${num(p.y)}`).join(" ")}" fill="${color(fill)}"${extra}/>`;

function text(p: Point, content: string, size: number, fill: string, extra = ""): string {
  return `<text x="${num(p.x)}" y="${num(p.y)}" font-size="${num(size)}" fill="${color(fill)}"${extra}>${x(content)}</text>`;
}

/** Division names with a halo, as the province layer draws them (stroke under fill). */
function divisionLabels(scene: PictureScene, labels: PictureScene["flows"]["labels"]): string {
  const { style } = scene.provinces;
  const weight = /^\s*(\d{3}|bold)/.exec(style.font)?.[1] ?? "600";
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(style.font)?.[1] ?? 13);
  const out = labels.map((l) => {
    const p = toScreen(scene.transform, l.anchor);
    return `<text class="division-label" x="${num(p.x)}" y="${num(p.y)}">${x(l.label)}</text>`;
  });
  return `<g font-size="${num(size)}" font-weight="${x(weight)}" text-anchor="middle" dominant-baseline="central">` +
    `<g stroke="rgba(255,255,255,0.9)" stroke-width="3" stroke-linejoin="round" fill="none">${out.join("")}</g>` +
    `<g fill="${color(style.labelColor)}">${out.join("")}</g></g>`;
}

export function* svgParts(scene: PictureScene, layout: PictureLayout, options: PictureOptions): Generator<string> {
  const { ink } = options;
  const font = x(scene.labelStyle.font);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${font}">`;
  yield `<rect width="100%" height="100%" fill="${color(scene.background, "#ffffff")}"/>`;
  yield `<g transform="translate(${num(layout.offsetX)} ${num(layout.offsetY)}) scale(${layout.scale})">`;
  if (layout.title) yield `<g id="title">${text({ x: layout.title.x, y: layout.title.y + layout.title.size }, layout.title.text, layout.title.size, ink.text, ' font-weight="700"')}</g>`;
  const { map } = layout;
  yield `<defs><clipPath id="map-clip"><rect x="0" y="0" width="${num(map.width)}" height="${num(map.height)}"/></clipPath></defs>`;
  yield `<g id="map" transform="translate(${num(map.x)} ${num(map.y)})" clip-path="url(#map-clip)">`;

  const { provinces } = scene;
  if (provinces.visible) {
    yield `<g id="provinces" stroke="${color(provinces.style.stroke)}" stroke-width="1" fill-rule="evenodd">`;
    for (const shape of provinces.shapes) {
      const d = shape.rings
        .map((ring) => {
          const pts: string[] = [];
          for (let i = 0; i + 1 < ring.length; i += 2) {
            const p = toScreen(scene.transform, { x: ring[i]!, y: ring[i + 1]! });
            pts.push(`${num(p.x)} ${num(p.y)}`);
          }
          return `M${pts.join("L")}Z`;
        })
        .join("");
      yield `<path data-division="${x(shape.code)}" fill="${color(provinces.fills.get(shape.code), "#E8ECF0")}" d="${d}"/>`;
    }
    yield `</g>${divisionLabels(scene, provinces.shapes)}`;
  }

  yield `<g id="links" fill="none" stroke-linecap="round">`;
  for (const e of scene.edges) {
    const { end, arrow } = edgeShape(e);
    const c = color(e.color);
    yield `<path d="M${num(e.x0)} ${num(e.y0)}Q${num(e.cx)} ${num(e.cy)} ${num(end.x)} ${num(end.y)}" stroke="${c}" stroke-width="${num(e.width)}"/>${arrow ? poly(arrow, c) : ""}`;
  }
  yield `</g>`;

  const flows = scene.flows;
  if (flows.visible) {
    yield `<g id="flows" fill="none" opacity="0.6">`;
    for (const c of flowCurves(flows.flows, flows.anchors, scene.transform)) {
      yield `<path d="M${num(c.x0)} ${num(c.y0)}Q${num(c.cx)} ${num(c.cy)} ${num(c.x1)} ${num(c.y1)}" stroke="${color(c.color)}" stroke-width="${num(c.width)}"/>${poly(flowArrow(c), c.color)}`;
    }
    yield `</g><g id="flow-glyphs">`;
    const glyphColors = [GLYPH_COLORS.out, GLYPH_COLORS.in, GLYPH_COLORS.internal];
    for (const g of flows.glyphs) {
      const anchor = flows.anchors.get(g.division);
      if (!anchor) continue;
      const bars = glyphBars(toScreen(scene.transform, anchor), [g.out, g.in, g.internal]);
      yield bars.map((b, i) => `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" fill="${glyphColors[i]}"/>`).join("");
    }
    yield `</g>${divisionLabels(scene, flows.labels)}`;
  }

  yield `<g id="companies">`;
  for (const n of scene.nodes) yield `<circle cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r)}" fill="${color(n.color)}"/>`;
  yield `</g>`;
  const ls = scene.labelStyle;
  yield `<g id="company-labels" font-size="${num(ls.size)}" font-weight="${x(ls.weight)}" fill="${color(ls.color)}">`;
  for (const l of scene.labels) yield `<text x="${num(l.x)}" y="${num(l.y)}">${x(l.text)}</text>`;
  yield `</g></g>`;

  if (layout.legend && options.legend) yield svgLegend(layout.legend, options.legend.title, { x: map.x + layout.legend.x, y: layout.legend.y }, ink);
  if (layout.caption) {
    const { caption } = layout;
    yield `<g id="caption">${caption.lines.map((line, i) => text({ x: caption.x, y: caption.y + (i + 1) * (caption.size + 6) - 6 }, line, caption.size, ink.text)).join("")}</g>`;
  }
  if (layout.source) yield `<g id="source">${text({ x: layout.source.x, y: layout.source.y + layout.source.size }, layout.source.text, layout.source.size, ink.muted)}</g>`;
  yield `</g></svg>\n`;
}
