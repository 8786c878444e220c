// What an exported picture holds: the screen's layers as plain data in viewport (CSS) pixels,
// captured once from the renderer. The PNG painter and the SVG writer both draw from it, so the
// two files show the same picture.
import type { DivisionCode } from "../../model/types.ts";
import type { ProvinceShape, ProvinceStyle } from "../provinceLayer.ts";
import type { GraphToScreen } from "../viewTransform.ts";
import type { FlowScene } from "../flowLayer.ts";
import type { QuadCurve } from "../flowGeometry.ts";

/** A company link as drawn: a quadratic curve from (x0, y0) through control (cx, cy) to the target's rim. */
export interface PictureEdge extends QuadCurve {
  width: number;
  color: string;
  /** Radius of the target company: the arrow's tip stops on its rim. */
  r1: number;
  /** Arrowhead length along the curve (0: none). */
  head: number;
}

export interface PictureNode {
  x: number;
  y: number;
  r: number;
  color: string;
}

export interface PictureLabel {
  x: number;
  y: number;
  text: string;
}

export interface PictureScene {
  /** Viewport size in CSS pixels. */
  width: number;
  height: number;
  background: string;
  /** Graph space to viewport pixels. */
  transform: GraphToScreen;
  provinces: {
    visible: boolean;
    shapes: readonly ProvinceShape[];
    fills: ReadonlyMap<DivisionCode, string>;
    style: Omit<ProvinceStyle, "fill">;
  };
  flows: FlowScene;
  /** In draw order (sigma draws graph order). */
  edges: PictureEdge[];
  nodes: PictureNode[];
  labels: PictureLabel[];
  labelStyle: { font: string; size: number; weight: string; color: string };
}

export type LegendRow =
  | { kind: "line"; color: string; width: number; label: string }
  | { kind: "dot"; color: string; label: string }
  | { kind: "bars"; colors: readonly string[]; label: string }
  | { kind: "ramp"; colors: readonly string[]; lo: string; hi: string };

export interface LegendModel {
  title: string;
  sections: { heading?: string; rows: LegendRow[] }[];
}

export interface PictureText {
  title: string;
  caption: string;
  /** The source line: file names, and that the sample's links are illustrative. */
  source: string;
}

/** `scale`: times the screen (1, 2, 4); `size`: fit into exactly these pixels (1920×1080, A4 at 300 dpi). */
export type PictureSize = { scale: number } | { size: { width: number; height: number } };

export interface PictureOptions {
  size: PictureSize;
  text: PictureText;
  legend: LegendModel | null;
  /** Colours of the page around the map (title, caption, legend box): follow the theme. */
  ink: { text: string; muted: string; panel: string; line: string };
}
