// The picture's page: an optional title band above, the legend in a column left of the map (as
// on screen, beside the map rather than over it), the map exactly as on screen, and caption and
// source line below. All in picture units (one unit = one CSS pixel on screen), then scaled
// into the output size.
import { legendLayout, type LegendLayout } from "./legendLayout.ts";
import { clipToEms, wrapText } from "./svgText.ts";
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

export function pictureLayout(viewport: { view: { width: number; height: number } }, size: PictureSize, text: PictureText, legend: LegendModel | null): PictureLayout {
  const placed = legend ? legendLayout(legend) : null;
  const legendBand = placed ? placed.width + LEGEND_MARGIN * 2 : 0;
  const mapWidth = Math.max(1, viewport.view.width);
  const width = legendBand + mapWidth;
  const titleBand = text.title.trim() ? PAGE_TEXT.title + PAD * 2 : 0;
  const captionLines = text.caption.trim() ? wrapText(text.caption.trim(), (width - PAD * 2) / PAGE_TEXT.caption, 3) : [];
  const sourceText = text.source.trim();
  const footer = captionLines.length || sourceText ? PAD * 2 + captionLines.length * (PAGE_TEXT.caption + 6) + (sourceText ? PAGE_TEXT.source + 4 : 0) : 0;
  const map = { x: legendBand, y: titleBand, width: mapWidth, height: Math.max(1, viewport.view.height) };
  const body = Math.max(map.height, placed ? placed.height + LEGEND_MARGIN * 2 : 0);
  const units = { width, height: titleBand + body + footer };

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

  let y = titleBand + body + PAD;
  const caption = captionLines.length ? { x: PAD, y, size: PAGE_TEXT.caption, lines: captionLines } : null;
  y += captionLines.length * (PAGE_TEXT.caption + 6);
  return {
    ...out,
    scale,
    offsetX,
    offsetY,
    units,
    map,
    title: titleBand ? { x: PAD, y: PAD, size: PAGE_TEXT.title, text: clipToEms(text.title.trim(), (width - PAD * 2) / PAGE_TEXT.title) } : null,
    caption,
    source: sourceText ? { x: PAD, y, size: PAGE_TEXT.source, text: clipToEms(sourceText, (width - PAD * 2) / PAGE_TEXT.source) } : null,
    legend: placed ? { ...placed, x: LEGEND_MARGIN, y: titleBand + LEGEND_MARGIN } : null,
  };
}
