import type { Grouping } from "../regions/groupings.ts";
import type { StateCreator } from "zustand/vanilla";
import type { DivisionCode, Vintage } from "../model/types.ts";
import type { AnalyticsSlice } from "./analyticsSlice.ts";
import type { StoredView } from "./view/schema.ts";
import { divisionModeHolds } from "./view/dependent.ts";
import type { RegionLevel, ChoroplethMeasure, DivisionMode, EdgeColorBy, FlowCompanies, FlowLevel, FlowLimit, FlowMeasure, NodeColorBy, NodeSizeBy, ScaleMode } from "./view/values.ts";
import type { ForceSettings } from "../model/forceSettings.ts";

export interface FlowPair {
  from: DivisionCode;
  to: DivisionCode;
}

/** Division flows and map colouring: the view fields are declared in the view schema; these are their actions and the pointer state. */
export interface FlowSlice {
  /** Shared by the map and the matrix, so hovering either highlights both. */
  hoveredFlow: FlowPair | null;
  /** Division under the pointer on the map, for its totals tooltip. */
  hoveredDivision: DivisionCode | null;
  matrixSort: "total" | "region";
  setVintage: (vintage: Vintage) => void;
  setRegionLevel: (level: RegionLevel) => void;
  /** The municipal outlines, loaded the first time the municipality level is shown. */
  municipalBoundaries: "idle" | "loading" | "ready" | "failed";
  setMunicipalBoundaries: (stage: FlowSlice["municipalBoundaries"]) => void;
  /** Makes a grouping the user loaded the level "grouping:user", and shows it. */
  applyGrouping: (grouping: Grouping) => void;
  setLevel: (level: FlowLevel) => void;
  /** Click on a division: select it alone, or add/remove it with `additive`. */
  toggleDivision: (division: DivisionCode | null, additive?: boolean) => void;
  setDivisionMode: (mode: DivisionMode) => void;
  setFlowMeasure: (measure: FlowMeasure) => void;
  setScaleMode: (mode: ScaleMode) => void;
  setChoropleth: (measure: ChoroplethMeasure) => void;
  setNodeColorBy: (by: NodeColorBy) => void;
  setEdgeColorBy: (by: EdgeColorBy) => void;
  /** Colour companies by a categorical column of the data (nodeColorBy "attribute"). */
  setColorAttribute: (column: string | null) => void;
  setNodeSizeBy: (by: NodeSizeBy) => void;
  setFlowLimit: (limit: FlowLimit) => void;
  /** Numbers on the largest flows. */
  setFlowNumbers: (on: boolean) => void;
  /** Companies at the division-flow level: as elsewhere, small under the flows, or hidden. */
  setFlowCompanies: (how: FlowCompanies) => void;
  setForceSettings: (settings: Partial<ForceSettings>) => void;
  hoverFlow: (pair: FlowPair | null) => void;
  hoverDivision: (division: DivisionCode | null) => void;
  setMatrixOpen: (open: boolean) => void;
  setMatrixSort: (sort: "total" | "region") => void;
}

type Reads = FlowSlice & StoredView & Pick<AnalyticsSlice, "removal" | "profileDivision">;

/**
 * New selected divisions, with the division mode back at "all" when they no longer give it a
 * meaning (no division, or fewer than two for "between"): view/dependent.ts, so the address
 * never keeps a mode nobody sees.
 */
function divisionsPatch(selectedDivisions: DivisionCode[], mode: DivisionMode): Pick<StoredView, "selectedDivisions" | "divisionMode"> {
  return { selectedDivisions, divisionMode: divisionModeHolds(mode, selectedDivisions.length) ? mode : "all" };
}

export const createFlowSlice: StateCreator<Reads, [], [], FlowSlice> = (set) => ({
  hoveredFlow: null,
  hoveredDivision: null,
  matrixSort: "total",
  // Division codes differ between vintages (KR-GJN), so everything that names a division is cleared.
  setVintage: (vintage) => set({ vintage, ...divisionsPatch([], "all"), hoveredFlow: null, removal: null, profileDivision: null }),
  // Region codes differ between levels as they do between vintages.
  municipalBoundaries: "idle",
  setMunicipalBoundaries: (municipalBoundaries) => set({ municipalBoundaries }),
  // The grouping is a view setting (view/groupingField.ts): links, scenes and bundles carry it.
  applyGrouping: (userGrouping) => set({ userGrouping, regionLevel: "grouping:user", ...divisionsPatch([], "all"), hoveredFlow: null, removal: null, profileDivision: null }),
  setRegionLevel: (regionLevel) => set({ regionLevel, ...divisionsPatch([], "all"), hoveredFlow: null, removal: null, profileDivision: null }),
  setLevel: (level) => set({ level }),
  toggleDivision: (division, additive = false) =>
    set((state) => {
      if (division === null) return divisionsPatch([], state.divisionMode);
      const has = state.selectedDivisions.includes(division);
      if (!additive) return divisionsPatch(has && state.selectedDivisions.length === 1 ? [] : [division], state.divisionMode);
      return divisionsPatch(has ? state.selectedDivisions.filter((d) => d !== division) : [...state.selectedDivisions, division], state.divisionMode);
    }),
  setDivisionMode: (divisionMode) => set({ divisionMode }),
  setFlowMeasure: (flowMeasure) => set({ flowMeasure }),
  setScaleMode: (scaleMode) => set({ scaleMode }),
  setChoropleth: (choropleth) => set({ choropleth }),
  setNodeColorBy: (nodeColorBy) => set({ nodeColorBy }),
  setEdgeColorBy: (edgeColorBy) => set({ edgeColorBy }),
  setColorAttribute: (colorAttribute) => set({ colorAttribute }),
  setNodeSizeBy: (nodeSizeBy) => set({ nodeSizeBy }),
  setFlowLimit: (flowLimit) => set({ flowLimit }),
  setFlowNumbers: (flowNumbers) => set({ flowNumbers }),
  setFlowCompanies: (flowCompanies) => set({ flowCompanies }),
  setForceSettings: (patch) => set((state) => ({ forceSettings: { ...state.forceSettings, ...patch } })),
  hoverFlow: (hoveredFlow) => set({ hoveredFlow }),
  hoverDivision: (hoveredDivision) => set({ hoveredDivision }),
  setMatrixOpen: (matrixOpen) => set({ matrixOpen }),
  setMatrixSort: (matrixSort) => set({ matrixSort }),
});
