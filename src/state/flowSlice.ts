import type { StateCreator } from "zustand/vanilla";
import type { DivisionCode, LinkType, Vintage } from "../model/types.ts";
import type { AnalyticsSlice } from "./analyticsSlice.ts";

/** At the national view flows stand for the company links; zooming in or choosing a division shows the links. */
export type FlowLevel = "auto" | "divisions" | "companies";
/** Which flows of the selected divisions to show. */
export type DivisionMode = "all" | "incoming" | "outgoing" | "between";
export type FlowMeasure = "count" | "weight";
export type ScaleMode = "fixed" | "fitted";
export type ChoroplethMeasure = "none" | "outflow" | "inflow" | "net" | "crossShare" | "companies" | "partnerDivisions";
export type NodeColorBy = "division" | "industry" | "tier";
export type EdgeColorBy = "linkType" | "division";

export interface FlowPair {
  from: DivisionCode;
  to: DivisionCode;
}

export interface FlowSlice {
  vintage: Vintage;
  level: FlowLevel;
  /** What is drawn now ("auto" resolved against the camera); written by the map, read by the legend. */
  drawLevel: "divisions" | "companies";
  setDrawLevel: (drawLevel: "divisions" | "companies") => void;
  selectedDivisions: DivisionCode[];
  divisionMode: DivisionMode;
  flowMeasure: FlowMeasure;
  /** Restrict flows (and their thickness) to one link type. */
  flowType: LinkType | "all";
  scaleMode: ScaleMode;
  choropleth: ChoroplethMeasure;
  nodeColorBy: NodeColorBy;
  edgeColorBy: EdgeColorBy;
  /** Shared by the map and the matrix, so hovering either highlights both. */
  hoveredFlow: FlowPair | null;
  /** Division under the pointer on the map, for its totals tooltip. */
  hoveredDivision: DivisionCode | null;
  matrixOpen: boolean;
  matrixSort: "total" | "region";
  setVintage: (vintage: Vintage) => void;
  setLevel: (level: FlowLevel) => void;
  /** Click on a division: select it alone, or add/remove it with `additive`. */
  toggleDivision: (division: DivisionCode | null, additive?: boolean) => void;
  setDivisionMode: (mode: DivisionMode) => void;
  setFlowMeasure: (measure: FlowMeasure) => void;
  setFlowType: (type: LinkType | "all") => void;
  setScaleMode: (mode: ScaleMode) => void;
  setChoropleth: (measure: ChoroplethMeasure) => void;
  setNodeColorBy: (by: NodeColorBy) => void;
  setEdgeColorBy: (by: EdgeColorBy) => void;
  hoverFlow: (pair: FlowPair | null) => void;
  hoverDivision: (division: DivisionCode | null) => void;
  setMatrixOpen: (open: boolean) => void;
  setMatrixSort: (sort: "total" | "region") => void;
}

// The vintage switch also clears the what-if removal and profile division, which name divisions too.
export const createFlowSlice: StateCreator<FlowSlice & Pick<AnalyticsSlice, "removal" | "profileDivision">, [], [], FlowSlice> = (set) => ({
  vintage: "2023",
  level: "auto",
  drawLevel: "divisions",
  setDrawLevel: (drawLevel) => set({ drawLevel }),
  selectedDivisions: [],
  divisionMode: "all",
  flowMeasure: "count",
  flowType: "all",
  scaleMode: "fixed",
  choropleth: "none",
  nodeColorBy: "division",
  edgeColorBy: "linkType",
  hoveredFlow: null,
  hoveredDivision: null,
  matrixOpen: false,
  matrixSort: "total",
  // Division codes differ between vintages (KR-GJN), so a vintage switch clears the selection.
  // Division codes differ between vintages (KR-GJN), so everything that names a division is cleared.
  setVintage: (vintage) => set({ vintage, selectedDivisions: [], hoveredFlow: null, removal: null, profileDivision: null }),
  setLevel: (level) => set({ level }),
  toggleDivision: (division, additive = false) =>
    set((state) => {
      if (division === null) return { selectedDivisions: [] };
      const has = state.selectedDivisions.includes(division);
      if (!additive) return { selectedDivisions: has && state.selectedDivisions.length === 1 ? [] : [division] };
      return { selectedDivisions: has ? state.selectedDivisions.filter((d) => d !== division) : [...state.selectedDivisions, division] };
    }),
  setDivisionMode: (divisionMode) => set({ divisionMode }),
  setFlowMeasure: (flowMeasure) => set({ flowMeasure }),
  setFlowType: (flowType) => set({ flowType }),
  setScaleMode: (scaleMode) => set({ scaleMode }),
  setChoropleth: (choropleth) => set({ choropleth }),
  setNodeColorBy: (nodeColorBy) => set({ nodeColorBy }),
  setEdgeColorBy: (edgeColorBy) => set({ edgeColorBy }),
  hoverFlow: (hoveredFlow) => set({ hoveredFlow }),
  hoverDivision: (hoveredDivision) => set({ hoveredDivision }),
  setMatrixOpen: (matrixOpen) => set({ matrixOpen }),
  setMatrixSort: (matrixSort) => set({ matrixSort }),
});
