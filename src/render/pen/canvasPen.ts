// The Pen on a 2D canvas: the screen's layers (in device pixels) and the PNG export (in output
// pixels) both draw through this, in CSS units times `scale`, shifted by `offset`.
import { fontOf, MIDDLE_SHIFT, type Pen, type Point } from "./types.ts";
import type { GraphToScreen } from "../layers/viewTransform.ts";
import { safeColor } from "../export/svgText.ts";

/** Province rings become a Path2D once: the screen redraws them on every camera frame. */
const paths = new WeakMap<readonly number[][], Path2D>();

function pathOf(rings: readonly number[][]): Path2D {
  let path = paths.get(rings);
  if (path) return path;
  path = new Path2D();
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i += 2) {
      if (i === 0) path.moveTo(ring[0]!, ring[1]!);
      else path.lineTo(ring[i]!, ring[i + 1]!);
    }
    path.closePath();
  }
  paths.set(rings, path);
  return path;
}

export function canvasPen(ctx: CanvasRenderingContext2D, family: string, scale = 1, offset: Point = { x: 0, y: 0 }): Pen {
  const shifts: Point[] = [];
  let dx = 0;
  let dy = 0;
  const place = () => ctx.setTransform(scale, 0, 0, scale, offset.x + dx * scale, offset.y + dy * scale);
  const clips: boolean[] = [];
  return {
    family,
    rings(rings, transform: GraphToScreen, fill, stroke) {
      const [a, b, c, d, e, f] = transform;
      const s = scale;
      ctx.setTransform(a * s, b * s, c * s, d * s, offset.x + (e + dx) * s, offset.y + (f + dy) * s);
      ctx.lineWidth = 1 / (Math.hypot(a, b) * s || 1);
      ctx.fillStyle = safeColor(fill);
      ctx.strokeStyle = safeColor(stroke);
      const path = pathOf(rings);
      ctx.fill(path, "evenodd");
      ctx.stroke(path);
    },
    curve(q, stroke, width, options = {}) {
      place();
      ctx.globalAlpha = options.opacity ?? 1;
      ctx.lineCap = options.cap ?? "round";
      ctx.strokeStyle = safeColor(stroke);
      ctx.lineWidth = width;
      ctx.beginPath();
      ctx.moveTo(q.x0, q.y0);
      ctx.quadraticCurveTo(q.cx, q.cy, q.x1, q.y1);
      ctx.stroke();
      ctx.globalAlpha = 1;
    },
    polygon(points, fill, opacity = 1) {
      place();
      ctx.globalAlpha = opacity;
      ctx.fillStyle = safeColor(fill);
      ctx.beginPath();
      points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
      ctx.closePath();
      ctx.fill();
      ctx.globalAlpha = 1;
    },
    circle(cx, cy, r, fill) {
      place();
      ctx.fillStyle = safeColor(fill);
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      ctx.fill();
    },
    ring(cx, cy, r, stroke, width, options = {}) {
      place();
      ctx.globalAlpha = options.opacity ?? 1;
      ctx.strokeStyle = safeColor(stroke);
      ctx.lineWidth = width;
      ctx.setLineDash(options.dash ? [...options.dash] : []);
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, Math.PI * 2);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.globalAlpha = 1;
    },
    rect(x, y, width, height, fill, options = {}) {
      place();
      ctx.globalAlpha = options.opacity ?? 1;
      ctx.fillStyle = safeColor(fill);
      ctx.beginPath();
      if (options.radius) ctx.roundRect(x, y, width, height, options.radius);
      else ctx.rect(x, y, width, height);
      ctx.fill();
      if (options.stroke) {
        ctx.strokeStyle = safeColor(options.stroke);
        ctx.lineWidth = 1;
        ctx.stroke();
      }
      ctx.globalAlpha = 1;
    },
    text(text, x, y, style) {
      place();
      ctx.font = fontOf(style, family);
      ctx.textAlign = style.align ?? "left";
      ctx.textBaseline = "alphabetic";
      if (style.baseline === "middle") y += style.size * MIDDLE_SHIFT;
      if (style.halo) {
        ctx.lineJoin = "round";
        ctx.lineWidth = style.halo.width;
        ctx.strokeStyle = safeColor(style.halo.color);
        ctx.strokeText(text, x, y);
      }
      ctx.fillStyle = safeColor(style.fill, "#000000");
      ctx.fillText(text, x, y);
    },
    open(_id, options = {}) {
      const t = options.translate ?? { x: 0, y: 0 };
      shifts.push({ x: dx, y: dy });
      dx += t.x;
      dy += t.y;
      clips.push(Boolean(options.clip));
      if (options.clip) {
        ctx.save();
        place();
        ctx.beginPath();
        ctx.rect(0, 0, options.clip.width, options.clip.height);
        ctx.clip();
      }
    },
    close() {
      const back = shifts.pop() ?? { x: 0, y: 0 };
      dx = back.x;
      dy = back.y;
      if (clips.pop()) ctx.restore();
    },
  };
}
