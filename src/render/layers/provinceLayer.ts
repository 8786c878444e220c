import type Sigma from "sigma";
import type { Attributes } from "graphology-types";
import type { DivisionCode } from "../../model/types.ts";
import { pointInRings } from "../../geo/polygon.ts";
import { bindCanvasLayer } from "./canvasLayer.ts";
import { toScreen, transformOf, type GraphToScreen } from "./viewTransform.ts";
import { MAP_THEMES, type MapInk, type MapTheme } from "../../style/mapTheme.ts";
import { canvasPen } from "../pen/canvasPen.ts";
import { MAP_FONT, type Pen } from "../pen/types.ts";

/** Province outlines already projected into graph space (y up), one ring list per division. */
export interface ProvinceShape {
  code: DivisionCode;
  /** Each ring is [x0, y0, x1, y1, ...]. */
  rings: number[][];
  label: string;
  anchor: { x: number; y: number };
  /**
   * "fine": a small unit (a municipality) under named borders, outlined faintly. "border": a
   * province drawn over its municipalities as an outline only, never filled nor picked.
   */
  outline?: "fine" | "border";
}

export interface ProvinceStyle {
  fill: (code: DivisionCode) => string;
  stroke: string;
  /** Division names: ink and halo. */
  names: MapInk;
}

/** Division names: a size and weight above company labels (12 px, 500), so places read first. */
export const DIVISION_NAME_TEXT = { size: 13, weight: "600" } as const;

export function provinceStyle(theme: MapTheme): ProvinceStyle {
  return { fill: () => theme.land, stroke: theme.stroke, names: theme.divisionName };
}

const NO_FILL = "rgba(0,0,0,0)";

/** A hex stroke at a third of its strength: municipal lines recede behind the province borders. */
function faint(stroke: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(stroke);
  return m ? `rgba(${parseInt(m[1]!, 16)},${parseInt(m[2]!, 16)},${parseInt(m[3]!, 16)},0.35)` : stroke;
}

export const DEFAULT_PROVINCE_STYLE: ProvinceStyle = provinceStyle(MAP_THEMES.light);

/**
 * Draws provinces and their names through a pen: the screen layer and both exported pictures
 * call this, so a picture matches what is on screen.
 */
export function drawProvinces(pen: Pen, shapes: readonly ProvinceShape[], transform: GraphToScreen, style: ProvinceStyle): void {
  for (const shape of shapes) {
    if (shape.outline === "border") pen.rings(shape.rings, transform, NO_FILL, style.stroke, shape.code);
    else pen.rings(shape.rings, transform, style.fill(shape.code), shape.outline === "fine" ? faint(style.stroke) : style.stroke, shape.code);
  }
  drawDivisionNames(pen, shapes.filter((s) => s.label !== ""), transform, style.names);
}

/**
 * Division names with a halo. The flow layer draws them again over its arrows, and the label
 * layer over the companies, so a name stays readable under a dense bundle of flows or dots.
 */
export function drawDivisionNames(pen: Pen, shapes: readonly Pick<ProvinceShape, "label" | "anchor">[], transform: GraphToScreen, ink: MapInk): void {
  const style = { ...DIVISION_NAME_TEXT, fill: ink.ink, halo: { color: ink.halo, width: 3 }, align: "center", baseline: "middle" } as const;
  for (const shape of shapes) {
    const { x, y } = toScreen(transform, shape.anchor);
    pen.text(shape.label, x, y, style);
  }
}

export interface ProvinceLayer {
  setShapes: (shapes: readonly ProvinceShape[]) => void;
  setVisible: (visible: boolean) => void;
  /** Choropleth or plain fill; the legend reads the same function's scale. */
  setFill: (fill: ProvinceStyle["fill"]) => void;
  /** The division under a viewport point, or null over the sea. */
  divisionAt: (x: number, y: number) => DivisionCode | null;
  clean: () => void;
}

/** Adds a canvas under sigma's edges and keeps it in step with the camera. */
export function bindProvinceLayer<N extends Attributes, E extends Attributes>(
  renderer: Sigma<N, E>,
  initial: readonly ProvinceShape[],
  baseStyle = DEFAULT_PROVINCE_STYLE,
): ProvinceLayer {
  let shapes = initial;
  let visible = true;
  let style = baseStyle;
  const layer = bindCanvasLayer(renderer, "provinces", { beforeLayer: "edges" }, (ctx, ratio) => {
    if (!visible) return false;
    drawProvinces(canvasPen(ctx, MAP_FONT, ratio), shapes, transformOf(renderer), style);
  }, { followsView: true });
  return {
    setShapes(next) {
      shapes = next;
      layer.redraw();
    },
    setVisible(next) {
      visible = next;
      layer.redraw();
    },
    setFill(fill) {
      style = { ...baseStyle, fill };
      layer.redraw();
    },
    divisionAt(x, y) {
      if (!visible) return null;
      const p = renderer.viewportToGraph({ x, y });
      // Last drawn wins, as on screen; even-odd matches the fill rule (Seoul is a hole in Gyeonggi).
      for (let i = shapes.length - 1; i >= 0; i--) {
        const shape = shapes[i]!;
        if (shape.outline === "border") continue;
        if (pointInRings(shape.rings, p.x, p.y)) return shape.code;
      }
      return null;
    },
    clean: layer.clean,
  };
}
