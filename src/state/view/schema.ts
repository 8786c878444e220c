// Every view setting, declared once: its URL parameters, allowed values, default, whether a new
// dataset resets it and what the map redraws when it changes. The store's view fields and their
// defaults, the URL codec, saved settings, the reset on a new dataset and the renderer's change
// gates are all derived from this table; adding a setting means adding a line here and using it.
import { filterField } from "./filterField.ts";
import { focusField } from "./focusField.ts";
import { cameraField } from "./cameraField.ts";
import { weightsField } from "./weightsField.ts";
import { forceField } from "./forceField.ts";
import { choice, divisionList, companyRef, flag, optionalChoice, optionalText, type Redraw, type ViewField } from "./fields.ts";
import {
  ANALYTICS_TABS, CHOROPLETHS, DIVISION_MODES, EDGE_COLOR_BY, FLOW_LEVELS, FLOW_MEASURES, LANGS,
  NODE_COLOR_BY, NODE_SIZE_BY, FLOW_COMPANIES, FLOW_LIMITS, SCALE_MODES, VIEW_MODES, VINTAGE_VALUES, type AnalyticsTab, type CameraState,
} from "./values.ts";

const GRAPH: Redraw[] = ["graph"];
const MAP: Redraw[] = ["map"];
const BOTH: Redraw[] = ["graph", "map"];

/** In URL order: a link lists its parameters in this order. */
export const VIEW_SCHEMA = {
  mode: choice("v", VIEW_MODES, "map", { resetOnData: true, redraws: BOTH }),
  vintage: choice("vin", VINTAGE_VALUES, "2023", { redraws: BOTH }),
  level: choice("lvl", FLOW_LEVELS, "auto", { redraws: GRAPH }),
  // Company labels follow the language too (name_en), so the graph redraws as well as the map.
  lang: choice("lang", LANGS, "ko", { redraws: BOTH }),
  selectedDivisions: divisionList("div", { resetOnData: true, redraws: BOTH }),
  // Means something only with divisions selected (view/dependent.ts), which a new dataset clears.
  divisionMode: choice("dm", DIVISION_MODES, "all", { resetOnData: true, redraws: BOTH }),
  selected: companyRef("sel", { resetOnData: true, redraws: GRAPH }),
  focus: focusField({ id: "foc", depth: "fdep", direction: "fdir" }, { resetOnData: true, redraws: GRAPH }),
  filter: filterField(
    // `ft` was the map's own link-type setting; an old link's ft=production opens as lt=production.
    { divisions: "fdiv", role: "frole", industries: "ind", tiers: "tier", linkTypes: "lt", legacyLinkType: "ft", years: "yr", minWeight: "minw", crossOnly: "cross" },
    // Filters name industries and divisions of the old data; a new dataset starts unfiltered.
    { resetOnData: true, redraws: BOTH },
  ),
  nodeColorBy: choice("nc", NODE_COLOR_BY, "division", { redraws: GRAPH }),
  // A column of the loaded data: a new dataset may not have it.
  colorAttribute: optionalText("nca", { resetOnData: true, redraws: GRAPH }),
  nodeSizeBy: choice("ns", NODE_SIZE_BY, "fixed", { redraws: GRAPH }),
  edgeColorBy: choice("ec", EDGE_COLOR_BY, "linkType", { redraws: GRAPH }),
  choropleth: choice("ch", CHOROPLETHS, "none", { redraws: MAP }),
  flowMeasure: choice("fm", FLOW_MEASURES, "count", { redraws: MAP }),
  scaleMode: choice("sc", SCALE_MODES, "fixed", { redraws: MAP }),
  flowLimit: choice("flim", FLOW_LIMITS, "top20", { redraws: MAP }),
  flowNumbers: flag("fnum", true, { redraws: MAP }),
  // Companies at the division-flow level: the node reducer sizes or hides them, the map puts the flows over them.
  flowCompanies: choice("fco", FLOW_COMPANIES, "small", { redraws: BOTH }),
  forceSettings: forceField("fa"),
  camera: cameraField("cam"),
  matrixOpen: flag("mx", false),
  analytics: optionalChoice("tab", ANALYTICS_TABS),
  rankingWeights: weightsField("rw"),
};

type Schema = typeof VIEW_SCHEMA;
export type ViewKey = keyof Schema;
type ValueOf<F> = F extends ViewField<infer T> ? T : never;

/** The whole view as links and saved sessions carry it. */
export type ViewState = { [K in ViewKey]: ValueOf<Schema[K]> };

/**
 * Settings held elsewhere than under their own name in the store: the camera lives in the
 * renderer (the app's camera service reads and sets it) and the open analytics tab is the
 * store's analyticsOpen plus analyticsTab (closing the drawer keeps the tab for next time).
 */
type Unstored = "camera" | "analytics";
export type StoredView = Omit<ViewState, Unstored>;
export type StoredKey = keyof StoredView;
export interface AnalyticsUi {
  analyticsOpen: boolean;
  analyticsTab: AnalyticsTab;
}

export const VIEW_KEYS = Object.keys(VIEW_SCHEMA) as ViewKey[];
export const STORED_KEYS = VIEW_KEYS.filter((k): k is StoredKey => k !== "camera" && k !== "analytics");

function fieldOf<K extends ViewKey>(key: K): ViewField<ViewState[K]> {
  return VIEW_SCHEMA[key] as unknown as ViewField<ViewState[K]>;
}

export function defaultView(): ViewState {
  const view = {} as Record<ViewKey, unknown>;
  for (const key of VIEW_KEYS) view[key] = fieldOf(key).initial();
  return view as ViewState;
}

/** What a URL left out takes its default: the URL describes the whole view. */
export function completeView(partial: Partial<ViewState>): ViewState {
  return { ...defaultView(), ...partial };
}

/** The store's initial view fields. */
export function storedDefaults(): StoredView & AnalyticsUi {
  const { camera: _camera, analytics, ...stored } = defaultView();
  return { ...stored, analyticsOpen: analytics !== null, analyticsTab: analytics ?? "ranking" };
}

/** Settings a new dataset puts back to their defaults, as a store patch. */
export function dataResetPatch(): Partial<StoredView> {
  const patch: Record<string, unknown> = {};
  for (const key of STORED_KEYS) if (fieldOf(key).resetOnData) patch[key] = fieldOf(key).initial();
  return patch as Partial<StoredView>;
}

/** The stored settings whose change makes the map redraw `what`. */
export function redrawKeys(what: Redraw): StoredKey[] {
  return STORED_KEYS.filter((key) => fieldOf(key).redraws.includes(what));
}

/** The store's view fields in the shape links and saved sessions carry. */
export function viewOfState(state: StoredView & AnalyticsUi, camera: CameraState | null): ViewState {
  const view = {} as Record<ViewKey, unknown>;
  for (const key of STORED_KEYS) view[key] = state[key];
  view.camera = camera ?? fieldOf("camera").initial();
  view.analytics = state.analyticsOpen ? state.analyticsTab : null;
  return view as ViewState;
}

/** A (validated) view as a store patch; the camera is returned apart, for the camera service. */
export function stateOfView(view: Partial<ViewState>): { patch: Partial<StoredView & AnalyticsUi>; camera: CameraState | undefined } {
  const { camera, analytics, ...stored } = view;
  const patch: Partial<StoredView & AnalyticsUi> = { ...stored };
  if (analytics !== undefined) {
    patch.analyticsOpen = analytics !== null;
    if (analytics) patch.analyticsTab = analytics;
  }
  return { patch, camera };
}
