// What an exported picture holds: the screen's layers as plain data in viewport (CSS) pixels,
// captured once from the renderer and its layers. Both pictures are drawn from it by one walk
// (drawPicture.ts) through a canvas pen or an SVG pen, so the two files show the same picture.
import type { DivisionCode } from "../../model/types.ts";
import type { ProvinceShape } from "../layers/provinceLayer.ts";
import type { GraphToScreen } from "../layers/viewTransform.ts";
import type { FlowScene } from "../layers/flowLayer.ts";
import type { QuadCurve } from "../layers/flowGeometry.ts";
import type { MapInk, Theme } from "../../style/mapTheme.ts";
import type { NamedHalo, PlacedLabel } from "../layers/clusterOverlays.ts";
import type { TextStyle } from "../pen/types.ts";
import type { LegendModel } from "../legend/types.ts";

export type { LegendModel, LegendRow } from "../legend/types.ts";

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

export interface PictureScene {
  /** Viewport size in CSS pixels. */
  width: number;
  height: number;
  /** The part of the viewport the picture shows: what panels over the map leave in sight. */
  view: { x: number; y: number; width: number; height: number };
  background: string;
  theme: Theme;
  /** Graph space to viewport pixels. */
  transform: GraphToScreen;
  provinces: {
    visible: boolean;
    shapes: readonly ProvinceShape[];
    fills: ReadonlyMap<DivisionCode, string>;
    stroke: string;
    names: MapInk;
  };
  flows: FlowScene;
  /** The flow map's companies are drawn under the flows; otherwise flows go under the companies. */
  companiesUnderFlows: boolean;
  /** In draw order (sigma draws graph order). */
  edges: PictureEdge[];
  nodes: PictureNode[];
  /** Company labels where the screen placed them (baseline start). */
  labels: PlacedLabel[];
  labelStyle: TextStyle;
  /** Division names drawn over the companies and their labels (map view). */
  divisionNames: ReadonlyArray<Pick<ProvinceShape, "label" | "anchor">>;
  /** Community halos and names (force view, coloured by community). */
  halos: readonly NamedHalo[];
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
