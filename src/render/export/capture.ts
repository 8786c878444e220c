// What is on screen now, as plain picture data: sigma's display data (the reducers' output:
// colours, sizes, hidden) projected to the viewport, plus the province and flow layers' current
// scene. Companies and links off screen are left out, as they are off the picture.
import type { DivisionCode } from "../../model/types.ts";
import type { AtlasRenderer } from "../createRenderer.ts";
import type { ProvinceShape, ProvinceStyle } from "../provinceLayer.ts";
import { transformOf } from "../viewTransform.ts";
import type { FlowScene } from "../flowLayer.ts";
import type { PictureEdge, PictureLabel, PictureNode, PictureScene } from "./types.ts";

/** What the map's own layers show now (mapOverlays keeps it). */
export interface OverlayPicture {
  visible: boolean;
  shapes: readonly ProvinceShape[];
  style: ProvinceStyle;
  flows: FlowScene;
}

const MARGIN = 40;
const ARROW_LENGTH = 2.5;

/** The first non-transparent background from the container up: what the map is drawn on. */
function backgroundOf(element: HTMLElement | null): string {
  for (let el = element; el; el = el.parentElement) {
    const bg = getComputedStyle(el).backgroundColor;
    if (bg && bg !== "transparent" && !/rgba\([^)]*,\s*0\)$/.test(bg)) return bg;
  }
  return "#ffffff";
}

export function capturePicture(renderer: AtlasRenderer, overlay: OverlayPicture): PictureScene {
  const { width, height } = renderer.getDimensions();
  const graph = renderer.getGraph();
  const inView = (x: number, y: number) => x > -MARGIN && y > -MARGIN && x < width + MARGIN && y < height + MARGIN;
  const minThickness = renderer.getSetting("minEdgeThickness");
  const screen = new Map<string, { x: number; y: number; r: number }>();
  const nodes: PictureNode[] = [];
  graph.forEachNode((node) => {
    const d = renderer.getNodeDisplayData(node);
    if (!d || d.hidden) return;
    const p = renderer.framedGraphToViewport(d);
    const r = renderer.scaleSize(d.size);
    screen.set(node, { x: p.x, y: p.y, r });
    if (inView(p.x, p.y)) nodes.push({ x: p.x, y: p.y, r, color: d.color });
  });
  const edges: PictureEdge[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const d = renderer.getEdgeDisplayData(edge);
    const s = screen.get(source);
    const t = screen.get(target);
    if (!d || d.hidden || !s || !t || (!inView(s.x, s.y) && !inView(t.x, t.y))) return;
    const curvature = typeof (d as { curvature?: unknown }).curvature === "number" ? (d as unknown as { curvature: number }).curvature : 0;
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const w = Math.max(minThickness, renderer.scaleSize(d.size));
    // The control point @sigma/edge-curve computes (its shader works in y-up pixels; this is y-down).
    edges.push({ x0: s.x, y0: s.y, cx: (s.x + t.x) / 2 + curvature * dy, cy: (s.y + t.y) / 2 - curvature * dx, x1: t.x, y1: t.y, width: w, color: d.color, r1: t.r, head: w * ARROW_LENGTH });
  });
  const labelSize = renderer.getSetting("labelSize");
  const labels: PictureLabel[] = [];
  for (const node of renderer.getNodeDisplayedLabels()) {
    const d = renderer.getNodeDisplayData(node);
    const p = screen.get(node);
    if (!d || !p || typeof d.label !== "string" || !d.label) continue;
    labels.push({ x: p.x + p.r + 3, y: p.y + labelSize / 3, text: d.label });
  }
  const fills = new Map<DivisionCode, string>(overlay.shapes.map((s) => [s.code, overlay.style.fill(s.code)] as const));
  const { fill: _fill, ...style } = overlay.style;
  return {
    width,
    height,
    background: backgroundOf(renderer.getContainer()),
    transform: transformOf(renderer),
    provinces: { visible: overlay.visible, shapes: overlay.shapes, fills, style },
    flows: overlay.flows,
    edges,
    nodes,
    labels,
    labelStyle: {
      font: renderer.getSetting("labelFont"),
      size: labelSize,
      weight: renderer.getSetting("labelWeight"),
      color: renderer.getSetting("labelColor").color ?? "#000000",
    },
  };
}
