// One drawing vocabulary for the screen's 2D layers and for both exported pictures: the map's
// layers draw through a Pen, so the canvas on screen, the PNG painter and the SVG writer put
// down the same shapes, in the same order, at the same places.
import type { QuadCurve } from "../layers/flowGeometry.ts";
import type { GraphToScreen } from "../layers/viewTransform.ts";

/** Every text on the map and in its pictures: Korean first, then the platforms' Korean fonts. */
export const MAP_FONT = '"Noto Sans CJK KR", "Noto Sans KR", "Malgun Gothic", "Apple SD Gothic Neo", sans-serif';

export interface Point {
  x: number;
  y: number;
}

export interface TextStyle {
  size: number;
  weight: string;
  fill: string;
  /** Stroked under the fill, so the text reads over whatever lies below. */
  halo?: { color: string; width: number };
  align?: "left" | "center" | "right";
  /** "middle": y is the text's centre; "alphabetic": y is its baseline. */
  baseline?: "middle" | "alphabetic";
}

export interface Pen {
  /** The font family every text is set in. */
  readonly family: string;
  /** Closed rings in graph space ([x0, y0, x1, y1, …]), put through `transform`; even-odd fill. */
  rings(rings: readonly number[][], transform: GraphToScreen, fill: string, stroke: string, key?: string): void;
  curve(c: QuadCurve, stroke: string, width: number, options?: { opacity?: number; cap?: "butt" | "round" }): void;
  polygon(points: readonly Point[], fill: string, opacity?: number): void;
  circle(cx: number, cy: number, r: number, fill: string): void;
  /** An unfilled circle (a community's halo). */
  ring(cx: number, cy: number, r: number, stroke: string, width: number, options?: { dash?: readonly number[]; opacity?: number }): void;
  rect(x: number, y: number, width: number, height: number, fill: string, options?: { stroke?: string; radius?: number; opacity?: number }): void;
  text(text: string, x: number, y: number, style: TextStyle): void;
  /** A named group (an SVG <g id>), moved by `translate` and clipped to (0, 0, clip) in its own units. */
  open(id: string, options?: { translate?: Point; clip?: { width: number; height: number } }): void;
  close(): void;
}

/**
 * Where a "middle" text's baseline goes below y, in ems: the centre of a Korean glyph (CJK faces
 * span about -0.12 to 0.88 em). Both pens set text on the alphabetic baseline, because canvas
 * "middle" and SVG "central" take the centre from different font metrics (and librsvg from none).
 */
export const MIDDLE_SHIFT = 0.38;

export const fontOf = (style: Pick<TextStyle, "size" | "weight">, family: string) => `${style.weight} ${style.size}px ${family}`;
