// From the shown flows and their scale (app/derived.ts) to what the flow layer draws.
import type { DivisionCode } from "../../model/types.ts";
import { flowMeasureValue, type Flow, type FlowMatrix, type FlowMeasure } from "../../model/flows.ts";
import type { ThicknessScale } from "../../style/flowScale.ts";
import type { Lang } from "../../i18n/index.ts";
import { singleLinkType, type FilterState } from "../../graph/filters/types.ts";
import { flowInk, type Theme } from "../../style/mapTheme.ts";
import { NUMBERED_FLOWS, type DivisionGlyph, type FlowScene } from "./flowLayer.ts";
import type { FlowToDraw } from "./flowGeometry.ts";

/** The light theme's ink of flows of all link types (style/mapTheme.ts): tests look for its pixels. */
export const ALL_TYPES_FLOW_COLOR = flowInk("light", "all");

interface SceneInput {
  flowMeasure: FlowMeasure;
  /** The flows already count only the filter's link types; one type also gives them its colour. */
  filter: Pick<FilterState, "linkTypes">;
  hoveredFlow: { from: DivisionCode; to: DivisionCode } | null;
  /** Numbers on the largest flows (the view setting; on when left out). */
  flowNumbers?: boolean;
  lang?: Lang;
  theme?: Theme;
}

export function buildFlowScene(
  state: SceneInput,
  matrix: FlowMatrix,
  shown: readonly Flow[],
  scale: ThicknessScale,
  anchors: ReadonlyMap<DivisionCode, { x: number; y: number }>,
  labels: FlowScene["labels"] = [],
): FlowScene {
  const color = flowInk(state.theme, singleLinkType(state.filter));
  const flows: FlowToDraw[] = shown.map((f) => {
    const value = flowMeasureValue(f, state.flowMeasure, "all");
    return { from: f.from, to: f.to, value, width: scale(value), color };
  });
  return { visible: true, flows, anchors, glyphs: divisionGlyphs(matrix, state.flowMeasure), highlight: state.hoveredFlow, labels, numbered: state.flowNumbers === false ? 0 : NUMBERED_FLOWS, ...(state.lang ? { lang: state.lang } : {}), theme: state.theme ?? "light" };
}

/** Bars of outgoing, incoming and internal links at each division, relative to the largest of any. */
export function divisionGlyphs(matrix: FlowMatrix, m: FlowMeasure): DivisionGlyph[] {
  let max = 0;
  for (const code of matrix.divisions) {
    const t = matrix.totals[code];
    if (t) max = Math.max(max, t.outgoing[m], t.incoming[m], t.internal[m]);
  }
  if (max === 0) return [];
  const rel = (v: number) => Math.sqrt(v / max);
  return matrix.divisions.flatMap((code) => {
    const t = matrix.totals[code];
    if (!t || t.outgoing.count + t.incoming.count + t.internal.count === 0) return [];
    return [{ division: code, out: rel(t.outgoing[m]), in: rel(t.incoming[m]), internal: rel(t.internal[m]) }];
  });
}
