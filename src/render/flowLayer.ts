import type Sigma from "sigma";
import type { Attributes } from "graphology-types";
import type { DivisionCode } from "../model/types.ts";
import type { Lang } from "../i18n/index.ts";
import { formatCompact } from "../i18n/compactNumber.ts";
import { flowCurves, hitFlow, pointOnCurve, type FlowCurve, type FlowToDraw } from "./flowGeometry.ts";
import { DEFAULT_PROVINCE_STYLE, drawProvinceLabels, type ProvinceShape } from "./provinceLayer.ts";
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
  /** Division names, drawn again over the arrows so they stay readable. */
  labels: ReadonlyArray<Pick<ProvinceShape, "label" | "anchor">>;
}

export const GLYPH_COLORS = { out: "#E69F00", in: "#56B4E9", internal: "#9A9A9A" } as const;
const GLYPH_HEIGHT = 26;
const GLYPH_BAR = 5;

export const EMPTY_SCENE: FlowScene = { visible: false, flows: [], anchors: new Map(), glyphs: [], highlight: null, labels: [] };

/** The largest flows carry their value at the middle of their curve. */
export const NUMBERED_FLOWS = 5;
const NUMBER_FONT = '600 11px "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif';

function drawFlowNumbers(ctx: CanvasRenderingContext2D, curves: readonly FlowCurve[], lit: FlowScene["highlight"], count: number, lang: Lang) {
  if (count <= 0) return;
  // Curves are sorted smallest first; with one highlighted, only its number shows.
  const numbered = lit ? curves.filter((c) => c.from === lit.from && c.to === lit.to) : curves.slice(-count);
  ctx.font = NUMBER_FONT;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  for (const c of numbered) {
    const p = pointOnCurve(c, 0.5);
    // Compact, in the reader's units (만/억 or k/M): the tooltip on hover gives the exact figure.
    const text = formatCompact(lang, c.value);
    ctx.strokeStyle = "rgba(255,255,255,0.95)";
    ctx.strokeText(text, p.x, p.y);
    ctx.fillStyle = "#1F2A35";
    ctx.fillText(text, p.x, p.y);
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
function drawArrowHead(ctx: CanvasRenderingContext2D, c: FlowCurve) {
  const { ux, uy, head, half } = headOf(c);
  ctx.beginPath();
  ctx.moveTo(c.x1, c.y1);
  ctx.lineTo(c.x1 - ux * head - uy * half, c.y1 - uy * head + ux * half);
  ctx.lineTo(c.x1 - ux * head + uy * half, c.y1 - uy * head - ux * half);
  ctx.closePath();
  ctx.fill();
}

/** The shaft stops inside the head, so a thick line never pokes out beside the tip. */
function strokeShaft(ctx: CanvasRenderingContext2D, c: FlowCurve) {
  const { ux, uy, head } = headOf(c);
  ctx.beginPath();
  ctx.moveTo(c.x0, c.y0);
  ctx.quadraticCurveTo(c.cx, c.cy, c.x1 - ux * head * 0.8, c.y1 - uy * head * 0.8);
  ctx.stroke();
}

/**
 * Draws flows and division glyphs into any 2D context in CSS pixels times `scale`:
 * the screen layer and image export share it. Returns the curves for hit-testing.
 */
export function drawFlowScene(ctx: CanvasRenderingContext2D, scene: FlowScene, transform: GraphToScreen, scale = 1): FlowCurve[] {
  if (!scene.visible) return [];
  ctx.save();
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  const curves = flowCurves(scene.flows, scene.anchors, transform);
  const lit = scene.highlight;
  const isLit = (c: FlowCurve) => lit !== null && c.from === lit.from && c.to === lit.to;
  ctx.lineCap = "butt";
  for (const c of curves) {
    const on = isLit(c);
    // Translucent so crossing flows stay legible; the biggest are drawn last, on top.
    ctx.globalAlpha = lit && !on ? 0.15 : on ? 1 : 0.6;
    if (on) {
      ctx.strokeStyle = "#111";
      ctx.lineWidth = c.width + 3;
      strokeShaft(ctx, c);
    }
    ctx.strokeStyle = c.color;
    ctx.fillStyle = c.color;
    ctx.lineWidth = c.width;
    strokeShaft(ctx, c);
    drawArrowHead(ctx, c);
  }
  ctx.globalAlpha = 1;
  drawFlowNumbers(ctx, curves, lit, scene.numbered ?? NUMBERED_FLOWS, scene.lang ?? "ko");
  for (const g of scene.glyphs) {
    const anchor = scene.anchors.get(g.division);
    if (!anchor) continue;
    const p = toScreen(transform, anchor);
    const bars: Array<[number, string]> = [
      [g.out, GLYPH_COLORS.out],
      [g.in, GLYPH_COLORS.in],
      [g.internal, GLYPH_COLORS.internal],
    ];
    bars.forEach(([value, color], i) => {
      const h = Math.max(1, value * GLYPH_HEIGHT);
      // Under the division's name, not on it: bars stand on a baseline below the label.
      const x = p.x - (GLYPH_BAR * 3) / 2 + i * GLYPH_BAR;
      ctx.fillStyle = color;
      ctx.fillRect(x, p.y + 10 + GLYPH_HEIGHT - h, GLYPH_BAR - 1, h);
    });
  }
  ctx.restore();
  drawProvinceLabels(ctx, scene.labels, transform, DEFAULT_PROVINCE_STYLE, scale);
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
    curves = drawFlowScene(ctx, scene, transformOf(renderer), ratio);
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
