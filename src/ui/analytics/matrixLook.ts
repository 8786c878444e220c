// How the flow matrix looks: cell sizes, the colour ramp and the hover colour, shared by the grid,
// its geometry and its legend.
import { interpolateBlues } from "d3-scale-chromatic";
import type { Lang } from "../../i18n/index.ts";

// The grid is drawn one unit to a CSS pixel (the panel scrolls rather than shrink it), so the
// cell numbers are read at CELL_FONT px. A cell is at least MIN_CELL wide and grows until the
// widest number fits: the largest flows are the ones a reader looks for first.
export const CELL_FONT = 10;
export const MIN_CELL = 34;
export const MAX_CELL = 64;
// scaleBand's inner padding, and the room left around a number inside its cell.
export const CELL_PADDING = 0.08;
export const CELL_MARGIN = 3;
// Rotated column labels and right-aligned row labels need room for the longest short name.
export const LABEL_SPACE: Record<Lang, number> = { ko: 46, en: 104 };
// Blues is single-hue, so it reads in every common colour-vision deficiency; starting at 0.15
// keeps the smallest flow visibly apart from the white of an empty pair.
const RAMP_START = 0.15;
export const ramp = (t: number) => interpolateBlues(RAMP_START + (1 - RAMP_START) * t);
// Okabe-Ito vermillion stands out on every shade of the blue ramp.
export const MATRIX_HOVER_COLOR = "#D55E00";
