// The picture's page: an optional title band above the map, the map exactly as on screen, the
// legend in the map's lower left corner, and caption and source line below. All in picture
// units (one unit = one CSS pixel on screen), then scaled into the output size.
import { legendLayout, type LegendLayout } from "./legendLayout.ts";
import { textEms, wrapText } from "./svgText.ts";
import type { LegendModel, PictureSize, PictureText } from "./types.ts";

export const PAGE_TEXT = { title: 24, caption: 16, source: 12 } as const;
const PAD = 16;
const LEGEND_MARGIN = 12;

export interface PictureLayout {
  /** Output size in pixels. */
  width: number;
  height: number;
  /** Picture units to output pixels: x' = scale * x + offsetX. */
  scale: number;
  offsetX: number;
  offsetY: number;
  /** Picture size in units. */
  units: { width: number; height: number };
  map: { x: number; y: number; width: number; height: number };
  title: { x: number; y: number; size: number; text: string } | null;
  caption: { x: number; y: number; size: number; lines: string[] } | null;
  source: { x: number; y: number; size: number; text: string } | null;
  legend: (LegendLayout & { x: number; y: number }) | null;
}

/** The largest output this app writes (a 16k canvas is Chromium's limit per side). */
export const MAX_OUTPUT_SIDE = 16_384;

export function pictureLayout(viewport: { width: number; height: number }, size: PictureSize, text: PictureText, legend: LegendModel | null): PictureLayout {
  const width = Math.max(1, viewport.width);
  const titleBand = text.title.trim() ? PAGE_TEXT.title + PAD * 2 : 0;
  const captionLines = text.caption.trim() ? wrapText(text.caption.trim(), (width - PAD * 2) / PAGE_TEXT.caption, 3) : [];
  const sourceText = text.source.trim();
  const footer = captionLines.length || sourceText ? PAD * 2 + captionLines.length * (PAGE_TEXT.caption + 6) + (sourceText ? PAGE_TEXT.source + 4 : 0) : 0;
  const map = { x: 0, y: titleBand, width, height: Math.max(1, viewport.height) };
  const units = { width, height: titleBand + map.height + footer };

  let scale: number;
  let out: { width: number; height: number };
  if ("scale" in size) {
    scale = Math.min(size.scale, MAX_OUTPUT_SIDE / units.width, MAX_OUTPUT_SIDE / units.height);
    out = { width: Math.round(units.width * scale), height: Math.round(units.height * scale) };
  } else {
    out = { width: Math.min(MAX_OUTPUT_SIDE, size.size.width), height: Math.min(MAX_OUTPUT_SIDE, size.size.height) };
    scale = Math.min(out.width / units.width, out.height / units.height);
  }
  const offsetX = (out.width - units.width * scale) / 2;
  const offsetY = (out.height - units.height * scale) / 2;

  const placed = legend ? legendLayout(legend) : null;
  let y = titleBand + map.height + PAD;
  const caption = captionLines.length ? { x: PAD, y, size: PAGE_TEXT.caption, lines: captionLines } : null;
  y += captionLines.length * (PAGE_TEXT.caption + 6);
  return {
    ...out,
    scale,
    offsetX,
    offsetY,
    units,
    map,
    title: titleBand ? { x: PAD, y: PAD, size: PAGE_TEXT.title, text: clipToWidth(text.title.trim(), (width - PAD * 2) / PAGE_TEXT.title) } : null,
    caption,
    source: sourceText ? { x: PAD, y, size: PAGE_TEXT.source, text: clipToWidth(sourceText, (width - PAD * 2) / PAGE_TEXT.source) } : null,
    legend: placed ? { ...placed, x: LEGEND_MARGIN, y: Math.max(map.y + LEGEND_MARGIN, map.y + map.height - placed.height - LEGEND_MARGIN) } : null,
  };
}

function clipToWidth(text: string, ems: number): string {
  if (textEms(text) <= ems) return text;
  let out = "";
  for (const ch of text) {
    if (textEms(`${out}${ch}…`) > ems) break;
    out += ch;
  }
  return `${out}…`;
}
