// The picture painted into a 2D canvas (PNG export), with the same renderers the screen uses for
// provinces and flows, and the same geometry the SVG writer uses for everything else. A
// generator of steps, so a large network paints in slices between which the page stays responsive.
import { drawProvinces } from "../provinceLayer.ts";
import type { GraphToScreen } from "../viewTransform.ts";
import { drawFlowScene } from "../flowLayer.ts";
import { edgeShape } from "./geometry.ts";
import type { PictureLayout } from "./layout.ts";
import { paintLegend } from "./paintLegend.ts";
import { safeColor } from "./svgText.ts";
import type { PictureOptions, PictureScene } from "./types.ts";

const CHUNK = 4000;

function pathOf(rings: readonly number[][]): Path2D {
  const path = new Path2D();
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i += 2) {
      if (i === 0) path.moveTo(ring[0]!, ring[1]!);
      else path.lineTo(ring[i]!, ring[i + 1]!);
    }
    path.closePath();
  }
  return path;
}

/** Steps to paint; each returns how many work items it covered (for progress). */
export function* paintSteps(ctx: CanvasRenderingContext2D, scene: PictureScene, layout: PictureLayout, options: PictureOptions): Generator<number> {
  const S = layout.scale;
  // The shared renderers take a graph-to-CSS transform and a pixel scale; the page offset and
  // the map's place on the page go into the transform's translation, in CSS units.
  const ox = layout.offsetX / S + layout.map.x;
  const oy = layout.offsetY / S + layout.map.y;
  const [a, b, c, d, e, f] = scene.transform;
  const shifted: GraphToScreen = [a, b, c, d, e + ox, f + oy];
  const unit = () => ctx.setTransform(S, 0, 0, S, layout.offsetX, layout.offsetY);
  const inMap = () => ctx.setTransform(S, 0, 0, S, layout.offsetX + layout.map.x * S, layout.offsetY + layout.map.y * S);

  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = safeColor(scene.background, "#ffffff");
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.save();
  // Clip to the map's box: what was off screen stays off the picture.
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.beginPath();
  ctx.rect(layout.offsetX + layout.map.x * S, layout.offsetY + layout.map.y * S, layout.map.width * S, layout.map.height * S);
  ctx.clip();
  const { provinces } = scene;
  if (provinces.visible) {
    const paths = new Map(provinces.shapes.map((s) => [s.code, pathOf(s.rings)] as const));
    drawProvinces(ctx, provinces.shapes, paths, shifted, { ...provinces.style, fill: (code) => provinces.fills.get(code) ?? "#E8ECF0" }, S);
  }
  yield provinces.shapes.length;

  ctx.lineCap = "round";
  for (let start = 0; start < scene.edges.length; start += CHUNK) {
    inMap();
    for (const edge of scene.edges.slice(start, start + CHUNK)) {
      const { end, arrow } = edgeShape(edge);
      ctx.strokeStyle = ctx.fillStyle = safeColor(edge.color);
      ctx.lineWidth = edge.width;
      ctx.beginPath();
      ctx.moveTo(edge.x0, edge.y0);
      ctx.quadraticCurveTo(edge.cx, edge.cy, end.x, end.y);
      ctx.stroke();
      if (arrow) {
        ctx.beginPath();
        ctx.moveTo(arrow[0].x, arrow[0].y);
        ctx.lineTo(arrow[1].x, arrow[1].y);
        ctx.lineTo(arrow[2].x, arrow[2].y);
        ctx.fill();
      }
    }
    yield Math.min(CHUNK, scene.edges.length - start);
  }

  drawFlowScene(ctx, { ...scene.flows, highlight: null }, shifted, S);
  yield scene.flows.flows.length;

  for (let start = 0; start < scene.nodes.length; start += CHUNK) {
    inMap();
    for (const n of scene.nodes.slice(start, start + CHUNK)) {
      ctx.fillStyle = safeColor(n.color);
      ctx.beginPath();
      ctx.arc(n.x, n.y, n.r, 0, Math.PI * 2);
      ctx.fill();
    }
    yield Math.min(CHUNK, scene.nodes.length - start);
  }

  inMap();
  const ls = scene.labelStyle;
  ctx.font = `${ls.weight} ${ls.size}px ${ls.font}`;
  ctx.fillStyle = safeColor(ls.color, "#000000");
  ctx.textAlign = "left";
  ctx.textBaseline = "alphabetic";
  for (const l of scene.labels) ctx.fillText(l.text, l.x, l.y);
  ctx.restore();
  yield scene.labels.length;

  unit();
  if (layout.legend && options.legend) paintLegend(ctx, layout.legend, options.ink, scene.labelStyle.font);
  const text = (t: string, x: number, y: number, size: number, fill: string, weight = "400") => {
    ctx.font = `${weight} ${size}px ${scene.labelStyle.font}`;
    ctx.fillStyle = safeColor(fill, "#000000");
    ctx.textAlign = "left";
    ctx.textBaseline = "alphabetic";
    ctx.fillText(t, x, y);
  };
  if (layout.title) text(layout.title.text, layout.title.x, layout.title.y + layout.title.size, layout.title.size, options.ink.text, "700");
  const { caption, source } = layout;
  if (caption) caption.lines.forEach((line, i) => text(line, caption.x, caption.y + (i + 1) * (caption.size + 6) - 6, caption.size, options.ink.text));
  if (source) text(source.text, source.x, source.y + source.size, source.size, options.ink.muted);
  yield 4;
}
