// The Pen writing SVG: the same calls the canvas pen paints, as elements. Text from data only
// ever becomes escaped character data (svgText.ts). `take` hands over what was written so far,
// so a large picture is built in slices.
import { escapeXml as x, num, safeColor as color } from "../export/svgText.ts";
import { toScreen, type GraphToScreen } from "../layers/viewTransform.ts";
import { MIDDLE_SHIFT, type Pen, type Point } from "./types.ts";

export interface SvgPen extends Pen {
  take(): string;
}

const ANCHOR = { left: "start", center: "middle", right: "end" } as const;

export function svgPen(family: string): SvgPen {
  let parts: string[] = [];
  let clipCount = 0;
  /** Per open group: whether it opened an outer clipping group too. */
  const clipped: boolean[] = [];
  const opacity = (o: number | undefined) => (o === undefined || o >= 1 ? "" : ` opacity="${Math.max(0, Math.round(o * 1000) / 1000)}"`);
  const pts = (points: readonly Point[]) => points.map((p) => `${num(p.x)},${num(p.y)}`).join(" ");
  return {
    family,
    take() {
      const out = parts.join("");
      parts = [];
      return out;
    },
    rings(rings, transform: GraphToScreen, fill, stroke, key) {
      const d = rings
        .map((ring) => {
          const out: string[] = [];
          for (let i = 0; i + 1 < ring.length; i += 2) {
            const p = toScreen(transform, { x: ring[i]!, y: ring[i + 1]! });
            out.push(`${num(p.x)} ${num(p.y)}`);
          }
          return `M${out.join("L")}Z`;
        })
        .join("");
      parts.push(`<path${key ? ` data-division="${x(key)}"` : ""} d="${d}" fill="${color(fill)}" stroke="${color(stroke)}" stroke-width="1" fill-rule="evenodd"/>`);
    },
    curve(q, stroke, width, options = {}) {
      parts.push(`<path d="M${num(q.x0)} ${num(q.y0)}Q${num(q.cx)} ${num(q.cy)} ${num(q.x1)} ${num(q.y1)}" fill="none" stroke="${color(stroke)}" stroke-width="${num(width)}" stroke-linecap="${options.cap ?? "round"}"${opacity(options.opacity)}/>`);
    },
    polygon(points, fill, o) {
      parts.push(`<polygon points="${pts(points)}" fill="${color(fill)}"${opacity(o)}/>`);
    },
    circle(cx, cy, r, fill) {
      parts.push(`<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${color(fill)}"/>`);
    },
    ring(cx, cy, r, stroke, width, options = {}) {
      const dash = options.dash?.length ? ` stroke-dasharray="${options.dash.map(num).join(" ")}"` : "";
      parts.push(`<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="none" stroke="${color(stroke)}" stroke-width="${num(width)}"${dash}${opacity(options.opacity)}/>`);
    },
    rect(rx, ry, width, height, fill, options = {}) {
      const round = options.radius ? ` rx="${num(options.radius)}"` : "";
      const stroke = options.stroke ? ` stroke="${color(options.stroke)}" stroke-width="1"` : "";
      parts.push(`<rect x="${num(rx)}" y="${num(ry)}" width="${num(width)}" height="${num(height)}"${round} fill="${color(fill)}"${stroke}${opacity(options.opacity)}/>`);
    },
    text(content, tx, ty, style) {
      const anchor = style.align && style.align !== "left" ? ` text-anchor="${ANCHOR[style.align]}"` : "";
      const y = style.baseline === "middle" ? ty + style.size * MIDDLE_SHIFT : ty;
      const halo = style.halo ? ` stroke="${color(style.halo.color)}" stroke-width="${num(style.halo.width)}" stroke-linejoin="round" paint-order="stroke"` : "";
      parts.push(`<text x="${num(tx)}" y="${num(y)}" font-size="${num(style.size)}" font-weight="${x(style.weight)}" fill="${color(style.fill, "#000000")}"${anchor}${halo}>${x(content)}</text>`);
    },
    open(id, options = {}) {
      const t = options.translate;
      const move = t && (t.x || t.y) ? ` transform="translate(${num(t.x)} ${num(t.y)})"` : "";
      clipped.push(Boolean(options.clip));
      if (options.clip) {
        const clipId = `clip-${++clipCount}`;
        parts.push(`<clipPath id="${clipId}"><rect x="${num(t?.x ?? 0)}" y="${num(t?.y ?? 0)}" width="${num(options.clip.width)}" height="${num(options.clip.height)}"/></clipPath>`);
        // The clip sits on an outer group in the parent's units; the move on the inner one.
        parts.push(`<g clip-path="url(#${clipId})">`);
      }
      parts.push(`<g id="${x(id)}"${move}>`);
    },
    close() {
      parts.push(clipped.pop() ? `</g></g>` : `</g>`);
    },
  };
}
