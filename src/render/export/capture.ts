// What is on screen now, as plain picture data: sigma's display data (the reducers' output:
// colours, sizes, hidden) projected to the viewport, the province and flow layers' current
// scene, and the label layer's placements (company labels, division names, community halos).
// Companies and links off screen are left out, as they are off the picture.
import type { DivisionCode } from "../../model/types.ts";
import type { AtlasRenderer } from "../sigma/createRenderer.ts";
import type { ProvinceShape, ProvinceStyle } from "../layers/provinceLayer.ts";
import { transformOf } from "../layers/viewTransform.ts";
import type { FlowScene } from "../layers/flowLayer.ts";
import { companyLabelStyle, type NamedHalo, type PlacedLabel } from "../layers/clusterOverlays.ts";
import { mapTheme, type Theme } from "../../style/mapTheme.ts";
import type { PictureEdge, PictureNode, PictureScene } from "./types.ts";

/** What the map's own layers show now (mapOverlays keeps it). */
export interface OverlayPicture {
  visible: boolean;
  shapes: readonly ProvinceShape[];
  style: ProvinceStyle;
  flows: FlowScene;
  companiesUnderFlows: boolean;
}

/** What the label layer placed in its last frame (clusterOverlays keeps it). */
export interface LabelPicture {
  labels(): readonly PlacedLabel[];
  halos(): readonly NamedHalo[];
  divisionNames(): ReadonlyArray<Pick<ProvinceShape, "label" | "anchor">>;
}

const MARGIN = 40;

/** The scene cut to what lies right of `left` viewport pixels (the panel column over the map's left edge). */
export function uncovered(scene: PictureScene, left: number): PictureScene {
  const x = Math.max(0, Math.min(scene.width - 1, Math.round(left)));
  return x === 0 ? scene : { ...scene, view: { x, y: 0, width: scene.width - x, height: scene.height } };
}
const ARROW_LENGTH = 2.5;

export function capturePicture(renderer: AtlasRenderer, overlay: OverlayPicture, placed: LabelPicture, theme: Theme): PictureScene {
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
  const fills = new Map<DivisionCode, string>(overlay.shapes.map((s) => [s.code, overlay.style.fill(s.code)] as const));
  const colors = mapTheme(theme);
  return {
    width,
    height,
    view: { x: 0, y: 0, width, height },
    background: colors.sea,
    theme,
    transform: transformOf(renderer),
    provinces: { visible: overlay.visible, shapes: overlay.shapes, fills, stroke: overlay.style.stroke, names: overlay.style.names },
    flows: overlay.flows,
    companiesUnderFlows: overlay.companiesUnderFlows,
    edges,
    nodes,
    labels: [...placed.labels()],
    labelStyle: companyLabelStyle({ labelSize: renderer.getSetting("labelSize"), labelWeight: renderer.getSetting("labelWeight") }, colors),
    divisionNames: placed.divisionNames(),
    halos: placed.halos(),
  };
}
