// Everything the node and edge display read (companyDisplay.ts, linkDisplay.ts), computed once per
// change instead of once per item.
import type { RegionScale } from "../../model/scale.ts";
import { scaleOf } from "../../state/regionScale.ts";
import type { AtlasState } from "../../state/store.ts";
import type { Derived } from "../../app/derived.ts";
import type { Visible } from "../../graph/filters/visibility.ts";
import type { Trace } from "../../graph/paths/trace.ts";
import { companyDots, type DrawLevel } from "../../app/map/drawLevel.ts";
import type { SupplyGraph } from "../../graph/types.ts";
import { type DivisionCode } from "../../model/types.ts";
import { neighbourhood } from "../../graph/flows/partners.ts";
import { selectedUnits, unitOf } from "../../regions/units.ts";
import { selectionFocus, type LinkShowing } from "../../app/map/linkShowing.ts";
import { linksFollowCommunities } from "../../app/map/linkColour.ts";
import { litHover } from "./litHover.ts";
import { keptOrNull } from "./drawingInputs.ts";
import { drawsAsDefault } from "../../state/view/drawsAsDefault.ts";
import type { Redraw } from "../../state/view/fields.ts";

const NO_INDUSTRY_COLORS: ReadonlyMap<string, string> = new Map();
/** What the settings declared as redrawing companies, or links, change (state/view/fields.ts). */
const COMPANY_LOOK: readonly Redraw[] = ["layout", "nodes"];
const LINK_LOOK: readonly Redraw[] = ["edges", "edgeDivisions"];

export interface DrawingView extends LinkShowing {
  /** The graph sigma draws, asked when an item is drawn: sigma may be handed another after this view is made. */
  graph: () => SupplyGraph;
  /** The hovered (else selected) company: it and its partners stand out. */
  focus: string | null;
  near: Set<string>;
  /** A supply-tier focus or a shortest supply path: only its companies and links stay lit. */
  trace: Trace | null;
  level: DrawLevel;
  selected: Set<DivisionCode>;
  state: AtlasState;
  /** The scale regions are drawn in (state/regionScale.ts): what a company's region colour follows. */
  scale: RegionScale;
  industries: ReadonlyMap<string, string>;
  /** Colours of the chosen attribute column's values (nodeColorBy "attribute"). */
  attributes: ReadonlyMap<string, string>;
  /** Companies under the division flows: as elsewhere, small dots, or hidden (companyDots). */
  dots: AtlasState["flowCompanies"];
  /** Relative size metric per company, or null for the stored sizes. */
  sizes: ReadonlyMap<string, number> | null;
  /** Filters and what-if removal: what fails them is not drawn. Null when everything is shown. */
  visible: Visible | null;
  /** Nothing to change: hand sigma the stored attributes as they are (no copies at 500k links). */
  passThroughNodes: boolean;
  passThroughEdges: boolean;
  /** Force view coloured by community: links inside a community take its colour, links between recede. */
  communityEdges: boolean;
}

export type ViewDerived = Pick<Derived, "drawLevel" | "visible" | "trace" | "industryColors" | "attributeColors" | "nodeSizes">;

/** The view of `state`, drawing `graph()` (the graph sigma draws when an item is drawn). */
export function drawingView(state: AtlasState, derived: ViewDerived, graph: () => SupplyGraph): DrawingView {
  const data = state.graph;
  const level = derived.drawLevel(state);
  const focus = litHover(state, level) ?? selectionFocus(state);
  const selected = selectedUnits(state.selectedDivisions, scaleOf(state));
  const visible = keptOrNull(derived.visible(state));
  const trace = derived.trace(state);
  const dots = companyDots(state, level);
  const communities = linksFollowCommunities(state);
  const scale = scaleOf(state);
  return {
    scale,
    graph,
    dots,
    visible,
    trace,
    focus,
    near: focus && data ? neighbourhood(data, focus) : new Set(),
    level,
    selected,
    divisionMode: state.divisionMode,
    divisionOf: (node) => unitOf(graph().getNodeAttribute(node, "place"), scale),
    state,
    // Counting every company's industry costs 40 ms at 100k companies: only when it is the colouring.
    industries: state.nodeColorBy === "industry" ? derived.industryColors(data) : NO_INDUSTRY_COLORS,
    attributes: derived.attributeColors(data, state.colorAttribute),
    sizes: derived.nodeSizes(state)?.relative ?? null,
    // The stored attributes are the default settings' drawing (state/view/drawsAsDefault.ts):
    // company colour by division under the stored vintage, fixed sizes, Korean names.
    passThroughNodes: dots === "shown" && !focus && !trace && !visible && drawsAsDefault(state, COMPANY_LOOK),
    communityEdges: communities,
    passThroughEdges:
      !focus && !trace && !visible && level === "companies" && drawsAsDefault(state, LINK_LOOK) &&
      // The stored internal-link colour is the light theme's.
      state.theme === "light" && !communities,
  };
}
