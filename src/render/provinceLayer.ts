import type Sigma from "sigma";
import type { Attributes } from "graphology-types";
import type { DivisionCode } from "../model/types.ts";

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

/** Affine map from graph space to CSS pixels: x' = a*x + c*y + e, y' = b*x + d*y + f. */
export type GraphToScreen = [a: number, b: number, c: number, d: number, e: number, f: number];

export function transformOf<N extends Attributes, E extends Attributes>(renderer: Sigma<N, E>): GraphToScreen {
  // graphToViewport is affine (camera + framing), so three points fix it.
  const o = renderer.graphToViewport({ x: 0, y: 0 });
  const ex = renderer.graphToViewport({ x: 1, y: 0 });
  const ey = renderer.graphToViewport({ x: 0, y: 1 });
  return [ex.x - o.x, ex.y - o.y, ey.x - o.x, ey.y - o.y, o.x, o.y];
}

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
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.font = style.font;
  ctx.fillStyle = style.labelColor;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  for (const shape of shapes) {
    const x = a * shape.anchor.x + c * shape.anchor.y + e;
    const y = b * shape.anchor.x + d * shape.anchor.y + f;
    ctx.fillText(shape.label, x, y);
  }
  ctx.restore();
}

export interface ProvinceLayer {
  setShapes: (shapes: readonly ProvinceShape[]) => void;
  setVisible: (visible: boolean) => void;
  clean: () => void;
}

/** Adds a canvas under sigma's edges and keeps it in step with the camera. */
export function bindProvinceLayer<N extends Attributes, E extends Attributes>(renderer: Sigma<N, E>, initial: readonly ProvinceShape[], style = DEFAULT_PROVINCE_STYLE): ProvinceLayer {
  const canvas = renderer.createCanvas("provinces", { beforeLayer: "edges" });
  const ctx = canvas.getContext("2d");
  let shapes = initial;
  let paths = new Map(shapes.map((s) => [s.code, pathOf(s)] as const));
  let visible = true;

  const size = () => {
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  };
  const draw = () => {
    if (!ctx) return;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!visible) return;
    drawProvinces(ctx, shapes, paths, transformOf(renderer), style, window.devicePixelRatio || 1);
  };
  const onResize = () => {
    size();
    draw();
  };

  size();
  renderer.on("afterRender", draw);
  renderer.on("resize", onResize);
  draw();

  return {
    setShapes(next) {
      shapes = next;
      paths = new Map(shapes.map((s) => [s.code, pathOf(s)] as const));
      draw();
    },
    setVisible(next) {
      visible = next;
      draw();
    },
    clean() {
      renderer.off("afterRender", draw);
      renderer.off("resize", onResize);
      renderer.killLayer("provinces");
    },
  };
}
