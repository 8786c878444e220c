// How a company link is drawn: a function of the view, the link and its stored attributes, as
// sigma's edge reducer is.
import type { EdgeDisplayData } from "sigma/types";
import type { LinkEdge } from "../../graph/types.ts";
import { hasDivision, isCrossDivision } from "../../model/types.ts";
import { communityColor, divisionColor, INTERNAL_LINK_MAX_SIZE } from "../../style/palette.ts";
import { mapTheme } from "../../style/mapTheme.ts";
import { showsLinkIn } from "../../app/map/linkShowing.ts";
import type { DrawingView } from "./drawingView.ts";

export type EdgeOut = LinkEdge & Partial<EdgeDisplayData>;

/** A focused company's links inside one division: darker than internal links usually are (hoverFocus.ts too). */
export const FOCUSED_INTERNAL_EDGE = "#6B7580";
/** A focused company's links are drawn this much thicker. */
export const FOCUSED_EDGE_SCALE = 1.6;

const hide = (data: EdgeOut) => {
  data.hidden = true;
  return data;
};

function communityOf(view: DrawingView, node: string): number | undefined {
  const value = (view.graph().getNodeAttributes(node) as unknown as Record<string, unknown>)["m_community"];
  return typeof value === "number" ? value : undefined;
}

/** A link as drawn under `view`; no view yet draws the stored attributes. */
export function edgeDisplay(view: DrawingView | null, edge: string, data: EdgeOut): Partial<EdgeDisplayData> {
  if (!view || view.passThroughEdges) return data;
  if (view.level === "divisions") return hide(data);
  const [source, target] = view.graph().extremities(edge);
  if (!showsLinkIn(view, !view.visible || view.visible.keepEdge(edge, data), edge, source, target)) return hide(data);
  if (!view.focus && view.trace) {
    data.size *= 2;
    data.color = mapTheme(view.state.theme).trace;
    return data;
  }
  const from = view.divisionOf(source);
  const to = view.divisionOf(target);
  if (view.communityEdges && !view.focus) {
    const community = communityOf(view, source);
    if (community !== undefined && community === communityOf(view, target)) data.color = communityColor(community);
    else {
      data.color = mapTheme(view.state.theme).recede;
      data.size = Math.min(data.size, INTERNAL_LINK_MAX_SIZE);
    }
    return data;
  }
  // Under the merged vintage a Gwangju-Jeonnam link is internal and recedes like one. A link
  // with an end of no division is neither: it keeps its link type's colour and size, so a
  // graph brought in without geography is not drawn as all internal.
  const cross = isCrossDivision(from, to);
  const unplaced = !hasDivision(from) || !hasDivision(to);
  if (!cross && !unplaced) data.color = view.focus ? FOCUSED_INTERNAL_EDGE : mapTheme(view.state.theme).recede;
  else if (cross && view.state.edgeColorBy === "division") data.color = divisionColor(from);
  // The stored colour is the light theme's; the dark land takes lighter shades.
  else if (view.state.theme !== "light") data.color = mapTheme(view.state.theme).linkTypes[data.linkType] ?? data.color;
  data.size = view.focus ? data.size * FOCUSED_EDGE_SCALE : cross || unplaced ? data.size : Math.min(data.size, INTERNAL_LINK_MAX_SIZE);
  return data;
}
