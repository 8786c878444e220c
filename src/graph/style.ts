import type { DivisionCode, LinkType } from "../model/types.ts";

// Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
export const LINK_TYPE_COLORS: Record<LinkType, string> = {
  technology: "#0072B2",
  production: "#D55E00",
  sales: "#009E73",
  other: "#7F7F7F",
};

/** Same-division links recede: pale and thin, so cross-division links carry the picture. */
// Opaque: sigma blends alpha against a transparent canvas, which turns pale greys white.
export const INTERNAL_LINK_COLOR = "#C3C9D0";

export const SUPER_REGIONAL_COLOR = "#CC79A7";

// 17 muted hues, ordered by ISO code so a division keeps its colour across datasets.
const DIVISION_PALETTE = [
  "#4E79A7", "#F28E2B", "#59A14F", "#B07AA1", "#76B7B2", "#EDC948", "#9C755F", "#E15759",
  "#86BCB6", "#8CD17D", "#B6992D", "#499894", "#D37295", "#A0CBE8", "#FFBE7D", "#79706E", "#D4A6C8",
];

const DIVISION_ORDER: DivisionCode[] = [
  "KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-41", "KR-42",
  "KR-43", "KR-44", "KR-45", "KR-46", "KR-47", "KR-48", "KR-49", "KR-50",
];

export function divisionColor(code: DivisionCode): string {
  const index = DIVISION_ORDER.indexOf(code);
  return DIVISION_PALETTE[index >= 0 ? index : 15] ?? "#79706E";
}

export function linkColor(type: LinkType, cross: boolean): string {
  return cross ? LINK_TYPE_COLORS[type] : INTERNAL_LINK_COLOR;
}

/** Edge thickness grows with log(weight) so a few huge contracts do not hide the rest. */
export function linkSize(weight: number | undefined, cross: boolean): number {
  const base = cross ? 1.2 : 0.6;
  if (weight === undefined || weight <= 0) return base;
  return base + Math.min(3, Math.log10(1 + weight) * 0.6);
}
