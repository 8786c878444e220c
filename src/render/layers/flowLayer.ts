import type Sigma from "sigma";
import type { Attributes } from "graphology-types";
import type { DivisionCode } from "../../model/types.ts";
import type { Lang } from "../../i18n/index.ts";
import { formatCompact } from "../../i18n/compactNumber.ts";
import { flowCurves, hitFlow, pointOnCurve, type FlowCurve, type FlowToDraw, type QuadCurve } from "./flowGeometry.ts";
import { drawDivisionNames, type ProvinceShape } from "./provinceLayer.ts";
import { mapTheme, type MapInk, type Theme } from "../../style/mapTheme.ts";
import { canvasPen } from "../pen/canvasPen.ts";
import { MAP_FONT, type Pen, type Point } from "../pen/types.ts";
import { toScreen, transformOf, type GraphToScreen } from "./viewTransform.ts";
import { bindCanvasLayer } from "./canvasLayer.ts";

export interface DivisionGlyph {
  division: DivisionCode;
  /** 0..1 bar heights: outgoing, incoming, internal. */
  out: number;
  in: number;
  internal: number;
}

export interface FlowScene {
  visible: boolean;
  flows: FlowToDraw[];
  anchors: ReadonlyMap<DivisionCode, { x: number; y: number }>;
  glyphs: DivisionGlyph[];
  highlight: { from: DivisionCode; to: DivisionCode } | null;
  /** How many of the largest flows carry their number (0: none; left out: NUMBERED_FLOWS). */
  numbered?: number;
  /** The language the numbers are written in (66.2만 or 662k); Korean when left out. */
  lang?: Lang;
  /** Whose colours: flow opacity, numbers and names follow the theme. */
  theme?: Theme;
  /** Division names, drawn again over the arrows so they stay readable. */
  labels: ReadonlyArray<Pick<ProvinceShape, "label" | "anchor">>;
}

export const GLYPH_COLORS = { out: "#E69F00", in: "#56B4E9", internal: "#9A9A9A" } as const;
const GLYPH_HEIGHT = 26;
const GLYPH_BAR = 5;

export const EMPTY_SCENE: FlowScene = { visible: false, flows: [], anchors: new Map(), glyphs: [], highlight: null, labels: [] };

/** The largest flows carry their value at the middle of their curve. */
export const NUMBERED_FLOWS = 5;
export const FLOW_NUMBER_TEXT = { size: 11, weight: "600" } as const;

function drawFlowNumbers(pen: Pen, curves: readonly FlowCurve[], lit: FlowScene["highlight"], count: number, lang: Lang, ink: MapInk) {
  if (count <= 0) return;
  // Curves are sorted smallest first; with one highlighted, only its number shows.
  const numbered = lit ? curves.filter((c) => c.from === lit.from && c.to === lit.to) : curves.slice(-count);
  const style = { ...FLOW_NUMBER_TEXT, fill: ink.ink, halo: { color: ink.halo, width: 3 }, align: "center", baseline: "middle" } as const;
  for (const c of numbered) {
    const p = pointOnCurve(c, 0.5);
    // Compact, in the reader's units (만/억 or k/M): the tooltip on hover gives the exact figure.
    pen.text(formatCompact(lang, c.value), p.x, p.y, style);
  }
}

/** Unit tangent at the curve's end and the head's length and half-width, from the stroke width. */
function headOf(c: FlowCurve) {
  const tx = c.x1 - c.cx;
  const ty = c.y1 - c.cy;
  const len = Math.hypot(tx, ty) || 1;
  return { ux: tx / len, uy: ty / len, head: 5 + c.width * 1.3, half: 2.5 + c.width * 0.9 };
}

/** The head's tip is the curve's end: on the circle around the destination, never past it. */
function arrowHead(c: FlowCurve): Point[] {
  const { ux, uy, head, half } = headOf(c);
  return [
    { x: c.x1, y: c.y1 },
    { x: c.x1 - ux * head - uy * half, y: c.y1 - uy * head + ux * half },
    { x: c.x1 - ux * head + uy * half, y: c.y1 - uy * head - ux * half },
  ];
}

/** The shaft stops inside the head, so a thick line never pokes out beside the tip. */
function shaft(c: FlowCurve): QuadCurve {
  const { ux, uy, head } = headOf(c);
  return { x0: c.x0, y0: c.y0, cx: c.cx, cy: c.cy, x1: c.x1 - ux * head * 0.8, y1: c.y1 - uy * head * 0.8 };
}

/** Bars of outgoing, incoming and internal links under a division's name, in CSS pixels. */
export function glyphBars(anchor: Point, glyph: DivisionGlyph): Array<{ x: number; y: number; width: number; height: number; color: string }> {
  const bars: Array<[number, string]> = [
    [glyph.out, GLYPH_COLORS.out],
    [glyph.in, GLYPH_COLORS.in],
    [glyph.internal, GLYPH_COLORS.internal],
  ];
  return bars.map(([value, color], i) => {
    const h = Math.max(1, value * GLYPH_HEIGHT);
    // Under the division's name, not on it: bars stand on a baseline below the label.
    return { x: anchor.x - (GLYPH_BAR * 3) / 2 + i * GLYPH_BAR, y: anchor.y + 10 + GLYPH_HEIGHT - h, width: GLYPH_BAR - 1, height: h, color };
  });
}

/**
 * Draws flows, their numbers, division glyphs and names through a pen: the screen layer and
 * both exported pictures share it. Returns the curves for hit-testing.
 */
export function drawFlowScene(pen: Pen, scene: FlowScene, transform: GraphToScreen): FlowCurve[] {
  if (!scene.visible) return [];
  const theme = mapTheme(scene.theme);
  const curves = flowCurves(scene.flows, scene.anchors, transform);
  const lit = scene.highlight;
  const isLit = (c: FlowCurve) => lit !== null && c.from === lit.from && c.to === lit.to;
  for (const c of curves) {
    const on = isLit(c);
    // Translucent so crossing flows stay legible; the biggest are drawn last, on top.
    const opacity = lit && !on ? 0.15 : on ? 1 : theme.flowOpacity;
    if (on) pen.curve(shaft(c), theme.flowHighlight, c.width + 3, { cap: "butt" });
    pen.curve(shaft(c), c.color, c.width, { opacity, cap: "butt" });
    pen.polygon(arrowHead(c), c.color, opacity);
  }
  drawFlowNumbers(pen, curves, lit, scene.numbered ?? NUMBERED_FLOWS, scene.lang ?? "ko", theme.flowNumber);
  for (const g of scene.glyphs) {
    const anchor = scene.anchors.get(g.division);
    if (!anchor) continue;
    for (const bar of glyphBars(toScreen(transform, anchor), g)) pen.rect(bar.x, bar.y, bar.width, bar.height, bar.color);
  }
  drawDivisionNames(pen, scene.labels, transform, theme.divisionName);
  return curves;
}

export interface FlowLayer {
  setScene: (scene: FlowScene) => void;
  /** The flow under a viewport point, from the last drawn frame. */
  flowAt: (x: number, y: number) => FlowCurve | null;
  /** Whether the flows are drawn over sigma's companies ("nodes") or under them ("edges": over the links only). */
  setOver: (layer: "edges" | "nodes") => void;
  clean: () => void;
}

/** A canvas over sigma's edges (and, with setOver("nodes"), its nodes), redrawn with every sigma frame. */
export function bindFlowLayer<N extends Attributes, E extends Attributes>(renderer: Sigma<N, E>): FlowLayer {
  let scene = EMPTY_SCENE;
  let curves: FlowCurve[] = [];
  const layer = bindCanvasLayer(renderer, "flows", { afterLayer: "edges" }, (ctx, ratio) => {
    const start = performance.now();
    curves = drawFlowScene(canvasPen(ctx, MAP_FONT, ratio), scene, transformOf(renderer));
    if (!scene.visible) return false;
    // The benchmark reads the latest frame's cost; clearing first keeps one entry, not one per frame.
    performance.clearMeasures("atlas:flows-frame");
    performance.measure("atlas:flows-frame", { start });
  }, { followsView: true });
  return {
    setScene(next) {
      scene = next;
      layer.redraw();
    },
    flowAt: (x, y) => hitFlow(curves, x, y),
    setOver: (over) => layer.place({ afterLayer: over }),
    clean: layer.clean,
  };
}
