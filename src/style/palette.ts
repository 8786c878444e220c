import { getMunicipality } from "../regions/municipalities.ts";
import { findGroup } from "../regions/groupings.ts";
import type { DivisionCode, LinkType } from "../model/types.ts";

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
export const LINK_TYPE_COLORS: Record<LinkType, string> = {
  technology: "#0072B2",
  production: "#D55E00",
  sales: "#009E73",
  other: "#7F7F7F",
};

/** Same-division links recede: pale and thin, so cross-division links carry the picture (stored with the graph: the light theme's; style/mapTheme.ts has the dark one). */
// Opaque: sigma blends alpha against a transparent canvas, which turns pale greys white.
export const INTERNAL_LINK_COLOR = "#C3C9D0";

/** Supply-chain (focus tiers) and shortest-path links in one dark ink (light theme; style/mapTheme.ts has both): the picture is about the chain, not the link types. */
export const TRACE_EDGE = "#222B36";

// Tier colours avoid the link-type hues, so a node never reads as a link type. Regional-innovation
// was a dark grey (#3D3D3D), lost on the dark theme's sea; a violet stands off both themes' maps.
export const TIER_COLORS = {
  "super-regional": "#CC79A7",
  "regional-innovation": "#8D7BE8",
  none: "#A8A8A8",
} as const;
export const SUPER_REGIONAL_COLOR = TIER_COLORS["super-regional"];

export function tierColor(tier: string | undefined): string {
  return tier === "super-regional" || tier === "regional-innovation" ? TIER_COLORS[tier] : TIER_COLORS.none;
}

/**
 * The eight most common industries get these, the rest share OTHER_INDUSTRY_COLOR. Okabe-Ito, with
 * three moved so each stays at 1.5:1 or more against both themes' sea and land
 * (test/style/palette.test.ts): black (#000000, lost on the dark sea) became a violet, yellow
 * (#F0E442, lost on the light map) a darker gold, and blue (#0072B2, lost on the dark land) a
 * lighter blue.
 */
const INDUSTRY_PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#C9B61B", "#3D85D8", "#D55E00", "#CC79A7", "#9C6ADE"];
export const OTHER_INDUSTRY_COLOR = "#B8B8B8";

export function industryPalette(industries: Iterable<string | undefined>): Map<string, string> {
  return categoryPalette(industries);
}

/** Categories in use, largest first (ties by name), with how many companies each has. */
export function categoryCounts(values: Iterable<string | undefined>): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "ko"));
}

/** The eight most common values of any categorical column get the industry colours; the rest share OTHER_INDUSTRY_COLOR. */
export function categoryPalette(values: Iterable<string | undefined>): Map<string, string> {
  const top = categoryCounts(values).slice(0, INDUSTRY_PALETTE.length);
  return new Map(top.map(([value], i) => [value, INDUSTRY_PALETTE[i]!]));
}

/** Colours for the largest communities; community ids are ranked by size (0 the largest), so a colour stays with its rank. */
export const COMMUNITY_COLORS = INDUSTRY_PALETTE;
export const OTHER_COMMUNITY_COLOR = OTHER_INDUSTRY_COLOR;

export function communityColor(community: number | undefined): string {
  return community !== undefined && community >= 0 ? (COMMUNITY_COLORS[community] ?? OTHER_COMMUNITY_COLOR) : OTHER_COMMUNITY_COLOR;
}

// 17 hues, ordered by ISO code so a division keeps its colour across datasets. No palette
// of 17 stays apart under every colour-vision deficiency; the legend and labels carry the names.
const DIVISION_PALETTE = [
  "#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948", "#9C755F", "#E15759",
  "#86BCB6", "#8CD17D", "#B6992D", "#499894", "#D37295", "#A0CBE8", "#FFBE7D", "#79706E", "#D4A6C8",
];

const DIVISION_ORDER: DivisionCode[] = [
  "KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-41", "KR-42",
  "KR-43", "KR-44", "KR-45", "KR-46", "KR-47", "KR-48", "KR-49", "KR-50",
];

/**
 * Companies without a division (model/types.ts NO_DIVISION): a plain grey no division uses,
 * so they are never read as one division's. Mid-grey: as visible on the light map as on the dark.
 */
export const NO_DIVISION_COLOR = "#9A9A9A";

/** The merged Jeonnam-Gwangju division takes Jeonnam's colour. */
export function divisionColor(code: DivisionCode): string {
  if (code === "") return NO_DIVISION_COLOR;
  const index = DIVISION_ORDER.indexOf(code === "KR-GJN" ? "KR-46" : code);
  return DIVISION_PALETTE[index >= 0 ? index : 15] ?? "#79706E";
}

export function linkColor(type: LinkType, cross: boolean): string {
  return cross ? LINK_TYPE_COLORS[type] : INTERNAL_LINK_COLOR;
}

/** Links inside one division recede: never thicker than this. */
export const INTERNAL_LINK_MAX_SIZE = 0.8;

/**
 * Edge thickness grows with log(weight) so a few huge contracts do not hide the rest. Internal
 * links are capped as the map's link reducer caps them, so the stored attributes sigma draws
 * unchanged when nothing is filtered are exactly what the reducer would draw.
 */
export function linkSize(weight: number | undefined, cross: boolean): number {
  const base = cross ? 1.2 : 0.6;
  const size = weight === undefined || weight <= 0 ? base : base + Math.min(3, Math.log10(1 + weight) * 0.6);
  return cross ? size : Math.min(INTERNAL_LINK_MAX_SIZE, size);
}

/**
 * Colour of any region code: a division its own; a municipality its division's (250 hues would
 * tell nothing apart); a group of divisions the colour of its first member, so groups of one
 * grouping never share a colour and a one-division group keeps the division's.
 */
export function regionColor(code: string): string {
  if (code === "" || DIVISION_ORDER.includes(code) || code === "KR-GJN") return divisionColor(code);
  const municipality = getMunicipality(code);
  if (municipality) return divisionColor(municipality.division);
  const group = findGroup(code);
  if (group?.members[0]) return divisionColor(group.members[0]);
  return divisionColor(code);
}
