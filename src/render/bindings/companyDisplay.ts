// How a company is drawn: a function of the view, the company and its stored attributes, as
// sigma's node reducer is.
import { colourScaleOf } from "../../state/regionScale.ts";
import type { NodeDisplayData } from "sigma/types";
import type { CompanyNode } from "../../graph/types.ts";
import { STORED_VINTAGE } from "../../model/types.ts";
import { communityColor, OTHER_INDUSTRY_COLOR, regionColor, tierColor } from "../../style/palette.ts";
import { mapTheme } from "../../style/mapTheme.ts";
import { attributeValue } from "../../graph/build/categories.ts";
import { unitOf } from "../../regions/units.ts";
import { companyLabel, FLOW_LEVEL_COMPANY_SIZE, metricSize } from "./nodeStyle.ts";
import type { DrawingView } from "./drawingView.ts";

// sigma hands each reducer its own shallow copy of the attributes, so the display functions
// write into it instead of spreading another copy per item and refresh.
export type NodeOut = CompanyNode & Partial<NodeDisplayData>;

export function nodeColorOf(data: CompanyNode, view: Pick<DrawingView, "state" | "industries"> & Partial<Pick<DrawingView, "attributes">>): string {
  switch (view.state.nodeColorBy) {
    case "community": {
      // Written onto the node by the metrics service (graph/metrics/assign.ts); grey until then.
      const community = (data as unknown as Record<string, unknown>)["m_community"];
      return communityColor(typeof community === "number" ? community : undefined);
    }
    case "attribute": {
      const column = view.state.colorAttribute;
      const value = column ? attributeValue(data.company.attributes, column) : undefined;
      return (value && view.attributes?.get(value)) || OTHER_INDUSTRY_COLOR;
    }
    case "tier":
      return tierColor(data.company.tier);
    case "industry":
      return (data.company.industry && view.industries.get(data.company.industry)) || OTHER_INDUSTRY_COLOR;
    default: {
      // The stored colour is the division's under the stored vintage: right whenever the scale draws divisions of it.
      const scale = colourScaleOf(view.state);
      return scale === STORED_VINTAGE && data.place === data.division ? data.color : regionColor(unitOf(data.place, scale));
    }
  }
}

/** A company as drawn under `view`; no view yet draws the stored attributes. */
export function nodeDisplay(view: DrawingView | null, node: string, data: NodeOut): Partial<NodeDisplayData> {
  if (!view || view.passThroughNodes) return data;
  if (view.dots === "hidden" || (view.visible && !view.visible.keepNode(node))) {
    data.hidden = true;
    return data;
  }
  data.color = nodeColorOf(data, view);
  data.label = companyLabel(data, view.state.lang);
  if (view.dots === "small") data.size = FLOW_LEVEL_COMPANY_SIZE;
  else if (view.sizes) data.size = metricSize(view.sizes.get(node));
  if (!view.focus && view.trace) {
    const tier = view.trace.nodes.get(node);
    if (tier === undefined) {
      data.color = mapTheme(view.state.theme).dimmed;
      data.label = "";
    } else {
      data.forceLabel = Math.abs(tier) <= 1 || view.trace.nodes.size < 40;
      data.highlighted = tier === 0;
    }
    return data;
  }
  if (!view.focus) return data;
  if (node === view.focus || node === view.state.selected) {
    data.highlighted = true;
    data.forceLabel = true;
  } else if (view.near.has(node)) {
    data.forceLabel = view.near.size < 40;
  } else {
    data.color = mapTheme(view.state.theme).dimmed;
    data.label = "";
  }
  return data;
}
