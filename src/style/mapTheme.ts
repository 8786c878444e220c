// The map's colours per theme: land, sea, outlines, flows and every text drawn on the map with
// the halo under it. One table in code, read by the screen's canvases, the legend and the
// exported pictures alike, so the three cannot disagree, and checked for contrast in unit tests
// (test/style/mapTheme.test.ts): a projector washes out whatever only just passes on a monitor.
import type { LinkType } from "../model/types.ts";
import { LINK_TYPE_COLORS } from "./palette.ts";

/** Light for print and bright rooms, dark for projectors. */
export type Theme = "light" | "dark";

export const THEMES: readonly Theme[] = ["light", "dark"];

/** Text on the map: its ink and the halo stroked under it, so it reads over flows and dots. */
export interface MapInk {
  ink: string;
  halo: string;
}

export interface MapTheme {
  sea: string;
  land: string;
  /** Province outlines. */
  stroke: string;
  divisionName: MapInk;
  companyLabel: MapInk;
  flowNumber: MapInk;
  /** Community names above their halos (force view). */
  communityName: MapInk;
  /** Division flows of all link types together: one neutral ink, so colour is free to mean a type. */
  flowInk: string;
  /** Flows of one link type take that type's colour, in a shade that holds against the land. */
  flowTypes: Record<LinkType, string>;
  /** Company links between divisions, by link type. */
  linkTypes: Record<LinkType, string>;
  /** Flows are translucent so crossing flows stay legible; each ink keeps 3:1 against the land at this opacity. */
  flowOpacity: number;
  /** The outline of the flow under the pointer. */
  flowHighlight: string;
  /** A supply chain's or a path's links, in one ink that stands out of the land. */
  trace: string;
  /** Links that recede (inside a division, between communities): close to the land, so cross links carry the picture. */
  recede: string;
  /** Companies out of the focus (a chain, a selection): faded toward the land. */
  dimmed: string;
}

/** The link types' hues, lightened to hold 3:1 on the dark land. */
const LIGHT_SHADES: Record<LinkType, string> = { technology: "#56B4E9", production: "#F08A4B", sales: "#3CC49B", other: "#BBBBBB" };

export const MAP_THEMES: Record<Theme, MapTheme> = {
  light: {
    sea: "#fcfdfe",
    land: "#E8ECF0",
    stroke: "#A3AEBA",
    divisionName: { ink: "rgba(44,54,64,0.92)", halo: "rgba(255,255,255,0.9)" },
    companyLabel: { ink: "#1f2933", halo: "rgba(255,255,255,0.9)" },
    flowNumber: { ink: "#1F2A35", halo: "rgba(255,255,255,0.95)" },
    communityName: { ink: "#1F2A35", halo: "rgba(255,255,255,0.95)" },
    flowInk: "#2C3E50",
    // Okabe-Ito's link-type hues, darkened until they hold 3:1 on the pale land.
    flowTypes: { technology: "#005F94", production: "#A64900", sales: "#007A59", other: "#5E5E5E" },
    linkTypes: LINK_TYPE_COLORS,
    flowOpacity: 0.75,
    flowHighlight: "#111111",
    trace: "#222B36",
    recede: "#C3C9D0",
    dimmed: "#D5D9DE",
  },
  dark: {
    sea: "#0f1419",
    land: "#2B3440",
    stroke: "#7C8894",
    divisionName: { ink: "#E8EEF4", halo: "rgba(15,20,25,0.88)" },
    companyLabel: { ink: "#F4F7FA", halo: "rgba(15,20,25,0.9)" },
    flowNumber: { ink: "#F4F7FA", halo: "rgba(15,20,25,0.95)" },
    communityName: { ink: "#F4F7FA", halo: "rgba(15,20,25,0.95)" },
    flowInk: "#DCE6F0",
    flowTypes: LIGHT_SHADES,
    // Okabe-Ito's blue was about 2.4:1 on the dark land: company links take the same light shades.
    linkTypes: LIGHT_SHADES,
    flowOpacity: 0.8,
    flowHighlight: "#FFFFFF",
    // Amber: near-black ink, the light theme's, vanished on the dark land.
    trace: "#F2C14E",
    // The light theme's pale grey glared on the dark land, pulling the eye to what should recede.
    recede: "#4A5562",
    dimmed: "#434C58",
  },
};

export function mapTheme(theme: Theme | undefined): MapTheme {
  return MAP_THEMES[theme ?? "light"] ?? MAP_THEMES.light;
}

/** The ink of division flows: neutral for all types, the type's shade for one. */
export function flowInk(theme: Theme | undefined, type: LinkType | "all"): string {
  const t = mapTheme(theme);
  return type === "all" ? t.flowInk : t.flowTypes[type];
}
