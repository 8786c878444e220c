// Every view setting, declared once: its URL parameters, allowed values, default, whether a new
// dataset resets it and what the map redraws when it changes (fields.ts, Redraw). The store's view
// fields and their defaults, the URL codec, saved settings, the reset on a new dataset and the
// renderer's redraw plan (render/bindings/redrawPlan.ts) are all derived from this table; adding a
// setting means adding a line here and using it. What redraws the map but is not a setting (the
// graph, metrics, the hover, values derived from several settings) is declared in
// render/bindings/drawingInputs.ts.
import { groupingField } from "./groupingField.ts";
import { filterField } from "./filterField.ts";
import { focusField } from "./focusField.ts";
import { cameraField } from "./cameraField.ts";
import { weightsField } from "./weightsField.ts";
import { forceField } from "./forceField.ts";
import { choice, divisionList, companyRef, flag, GRAPH_REDRAWS, optionalChoice, optionalText, type Redraw, type ViewField } from "./fields.ts";
import {
  ANALYTICS_TABS, CHOROPLETHS, DIVISION_MODES, EDGE_COLOR_BY, FLOW_LEVELS, FLOW_MEASURES, LANGS,
  NODE_COLOR_BY, NODE_SIZE_BY, FLOW_COMPANIES, FLOW_LIMITS, SCALE_MODES, VIEW_MODES, VINTAGE_VALUES, REGION_LEVELS, type AnalyticsTab, type CameraState,
} from "./values.ts";

const MAP: Redraw[] = ["map"];
/** A company's colour, label or highlight. */
const NODES: Redraw[] = ["nodes"];
/** A link's colour or size. */
const EDGES: Redraw[] = ["edges"];
/** Companies and links alike: what lights or dims them. */
const LIGHTS: Redraw[] = ["nodes", "edges"];
/**
 * Settings whose effect on companies and links goes through values derived from several
 * settings (render/bindings/drawingInputs.ts: the draw level, the companies under the flows,
 * what the filters keep, whether links follow communities), each declared there.
 */
const THROUGH_DERIVED: Redraw = "indirect";

/** In URL order: a link lists its parameters in this order. */
export const VIEW_SCHEMA = {
  // Companies follow through the draw level, the companies under the flows and the community links.
  mode: choice("v", VIEW_MODES, "map", { resetOnData: true, redraws: [...MAP, THROUGH_DERIVED] }),
  // Companies take their division's colour under the vintage; links redraw where a division is drawn differently.
  vintage: choice("vin", VINTAGE_VALUES, "2023", { redraws: ["nodes", "edgeDivisions", "map"] }),
  // A grouping the user loaded travels whole (links, scenes, bundles); about divisions, not data, so a new dataset keeps it.
  userGrouping: groupingField("grp", { redraws: ["nodes", "edgeDivisions", "map"] }),
  // The regions flows, matrix and choropleth are aggregated in (시군구, 시도, super-regions ...);
  // companies take their region's colour, as under a vintage. Before the division lists: they name its regions.
  regionLevel: choice("rl", REGION_LEVELS, "division", { redraws: ["nodes", "edgeDivisions", "map"] }),
  // "auto" follows the zoom: what is drawn follows the derived draw level.
  level: choice("lvl", FLOW_LEVELS, "auto", { redraws: [THROUGH_DERIVED] }),
  // Company labels follow the language too (name_en), so the graph redraws as well as the map.
  lang: choice("lang", LANGS, "ko", { redraws: [...NODES, ...MAP] }),
  selectedDivisions: divisionList("div", { resetOnData: true, redraws: [...EDGES, ...MAP] }),
  // Means something only with divisions selected (view/dependent.ts), which a new dataset clears.
  divisionMode: choice("dm", DIVISION_MODES, "all", { resetOnData: true, redraws: [...EDGES, ...MAP] }),
  selected: companyRef("sel", { resetOnData: true, redraws: LIGHTS }),
  focus: focusField({ id: "foc", depth: "fdep", direction: "fdir" }, { resetOnData: true, redraws: LIGHTS }),
  filter: filterField(
    // `ft` was the map's own link-type setting; an old link's ft=production opens as lt=production.
    { divisions: "fdiv", role: "frole", industries: "ind", tiers: "tier", linkTypes: "lt", legacyLinkType: "ft", years: "yr", minWeight: "minw", crossOnly: "cross" },
    // Filters name industries and divisions of the old data; a new dataset starts unfiltered.
    // Companies and links follow through what the filters keep (its company part hides companies).
    { resetOnData: true, redraws: [...MAP, THROUGH_DERIVED] },
  ),
  nodeColorBy: choice("nc", NODE_COLOR_BY, "division", { redraws: [...NODES, THROUGH_DERIVED] }),
  // A column of the loaded data: a new dataset may not have it.
  colorAttribute: optionalText("nca", { resetOnData: true, redraws: NODES }),
  nodeSizeBy: choice("ns", NODE_SIZE_BY, "fixed", { redraws: ["layout"] }),
  edgeColorBy: choice("ec", EDGE_COLOR_BY, "linkType", { redraws: EDGES }),
  choropleth: choice("ch", CHOROPLETHS, "none", { redraws: MAP }),
  flowMeasure: choice("fm", FLOW_MEASURES, "count", { redraws: MAP }),
  scaleMode: choice("sc", SCALE_MODES, "fixed", { redraws: MAP }),
  flowLimit: choice("flim", FLOW_LIMITS, "top20", { redraws: MAP }),
  flowNumbers: flag("fnum", true, { redraws: MAP }),
  // Companies at the division-flow level: the node reducer sizes or hides them, the map puts the flows over them.
  flowCompanies: choice("fco", FLOW_COMPANIES, "small", { redraws: [...MAP, THROUGH_DERIVED] }),
  forceSettings: forceField("fa"),
  camera: cameraField("cam"),
  matrixOpen: flag("mx", false),
  analytics: optionalChoice("tab", ANALYTICS_TABS),
  // Sizes by score follow it (render/bindings/drawingInputs.ts, scoreWeights).
  rankingWeights: weightsField("rw", { redraws: [THROUGH_DERIVED] }),
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

/** What a change of each stored setting redraws, as declared above. */
export function settingRedraws(): Record<StoredKey, readonly Redraw[]> {
  const out = {} as Record<StoredKey, readonly Redraw[]>;
  for (const key of STORED_KEYS) out[key] = fieldOf(key).redraws;
  return out;
}

/** The stored settings whose change makes the map redraw `what`; "graph" stands for anything sigma draws (GRAPH_REDRAWS). */
export function redrawKeys(what: Redraw | "graph"): StoredKey[] {
  const kinds: readonly Redraw[] = what === "graph" ? GRAPH_REDRAWS : [what];
  return STORED_KEYS.filter((key) => fieldOf(key).redraws.some((kind) => kinds.includes(kind)));
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
