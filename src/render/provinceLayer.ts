import type Sigma from "sigma";
import type { Attributes } from "graphology-types";
import type { DivisionCode } from "../model/types.ts";
import { pointInRings } from "../geo/polygon.ts";
import { bindCanvasLayer } from "./canvasLayer.ts";
import { toScreen, transformOf, type GraphToScreen } from "./viewTransform.ts";

/** Province outlines already projected into graph space (y up), one ring list per division. */
export interface ProvinceShape {
  code: DivisionCode;
  /** Each ring is [x0, y0, x1, y1, ...]. */
  rings: number[][];
  label: string;
  anchor: { x: number; y: number };
}

export interface ProvinceStyle {
  fill: (code: DivisionCode) => string;
  stroke: string;
  labelColor: string;
  font: string;
}

export const DEFAULT_PROVINCE_STYLE: ProvinceStyle = {
  fill: () => "#E8ECF0",
  stroke: "#A3AEBA",
  labelColor: "rgba(60,70,80,0.75)",
  font: '600 13px "Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif',
};



function pathOf(shape: ProvinceShape): Path2D {
  const path = new Path2D();
  for (const ring of shape.rings) {
    for (let i = 0; i + 1 < ring.length; i += 2) {
      if (i === 0) path.moveTo(ring[0]!, ring[1]!);
      else path.lineTo(ring[i]!, ring[i + 1]!);
    }
    path.closePath();
  }
  return path;
}

/**
 * Draws provinces into any 2D context: the screen layer and, later, image
 * export both call this, so an exported picture matches what is on screen.
 * `scale` is device pixels per CSS pixel.
 */
export function drawProvinces(
  ctx: CanvasRenderingContext2D,
  shapes: readonly ProvinceShape[],
  paths: ReadonlyMap<DivisionCode, Path2D>,
  transform: GraphToScreen,
  style: ProvinceStyle,
  scale = 1,
): void {
  const [a, b, c, d, e, f] = transform;
  ctx.save();
  ctx.setTransform(a * scale, b * scale, c * scale, d * scale, e * scale, f * scale);
  const unit = Math.hypot(a, b) * scale || 1;
  ctx.lineWidth = 1 / unit;
  ctx.strokeStyle = style.stroke;
  for (const shape of shapes) {
    const path = paths.get(shape.code);
    if (!path) continue;
    ctx.fillStyle = style.fill(shape.code);
    ctx.fill(path, "evenodd");
    ctx.stroke(path);
  }
  ctx.restore();
  drawProvinceLabels(ctx, shapes, transform, style, scale);
}

/**
 * Division names with a white halo. The flow layer draws them again over its arrows,
 * so a name stays readable under a dense bundle of flows.
 */
export function drawProvinceLabels(
  ctx: CanvasRenderingContext2D,
  shapes: readonly Pick<ProvinceShape, "label" | "anchor">[],
  transform: GraphToScreen,
  style: Pick<ProvinceStyle, "font" | "labelColor">,
  scale = 1,
): void {
  ctx.save();
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.font = style.font;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(255,255,255,0.9)";
  ctx.fillStyle = style.labelColor;
  for (const shape of shapes) {
    const { x, y } = toScreen(transform, shape.anchor);
    ctx.strokeText(shape.label, x, y);
    ctx.fillText(shape.label, x, y);
  }
  ctx.restore();
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
  let paths = new Map(shapes.map((s) => [s.code, pathOf(s)] as const));
  let visible = true;
  let style = baseStyle;
  const layer = bindCanvasLayer(renderer, "provinces", { beforeLayer: "edges" }, (ctx, ratio) => {
    if (!visible) return false;
    drawProvinces(ctx, shapes, paths, transformOf(renderer), style, ratio);
  }, { followsView: true });
  return {
    setShapes(next) {
      shapes = next;
      paths = new Map(shapes.map((s) => [s.code, pathOf(s)] as const));
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
        if (pointInRings(shape.rings, p.x, p.y)) return shape.code;
      }
      return null;
    },
    clean: layer.clean,
  };
}
