// The flow matrix's geometry and colours from the matrix and the store's sort, measure and
// language (the cells in order, one band per division, the ramp over the largest flow), and the
// words its labels, cells and readout use.
import { regionLabel } from "../../regions/units.ts";
import { useMemo } from "react";
import { scaleBand, scaleSequentialSqrt, type ScaleBand } from "d3-scale";
import type { FlowMatrix } from "../../model/flows.ts";
import type { DivisionCode } from "../../model/types.ts";
import { MATRIX_REGIONS, matrixLayout, widestCellText, type MatrixCell, type MatrixLayout } from "../../render/analytics/matrixLayout.ts";
import { useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { CELL_FONT, CELL_MARGIN, CELL_PADDING, LABEL_SPACE, MAX_CELL, MIN_CELL, ramp } from "./matrixLook.ts";

export interface MatrixGrid {
  layout: MatrixLayout;
  /** Room for the row and column labels, in CSS pixels. */
  label: number;
  /** Width and height of the cells together. */
  size: number;
  band: ScaleBand<DivisionCode>;
  color: (value: number) => string;
}

export function useMatrixGrid(matrix: FlowMatrix): MatrixGrid {
  const lang = useAtlas((s) => s.lang);
  const sort = useAtlas((s) => s.matrixSort);
  const measure = useAtlas((s) => s.flowMeasure);
  // Up to MATRIX_REGIONS regions on screen: the provinces and groupings always fit; of 250
  // municipalities the busiest. The CSV is made from the whole matrix (FlowMatrix.tsx).
  const layout = useMemo(() => matrixLayout(matrix, { sort, measure, type: "all", limit: MATRIX_REGIONS }), [matrix, sort, measure]);
  const { order, cells, max } = layout;
  const widest = widestCellText(cells.filter((c) => !c.internal).map((c) => c.value), lang, CELL_FONT);
  const cell = Math.min(MAX_CELL, Math.max(MIN_CELL, Math.ceil((widest + CELL_MARGIN) / (1 - CELL_PADDING))));
  const size = order.length * cell;
  const band = scaleBand<DivisionCode>().domain(order).range([0, size]).paddingInner(CELL_PADDING);
  // Square root: one dominant pair (Seoul-Gyeonggi) would otherwise leave the rest near white.
  const color = scaleSequentialSqrt(ramp).domain([0, Math.max(max, 1)]);
  return { layout, label: LABEL_SPACE[lang], size, band, color };
}

/** A division's short name in the UI's language, as the matrix labels it. */
export function useShortName(): (code: DivisionCode) => string {
  const lang = useAtlas((s) => s.lang);
  return (code) => regionLabel(code, lang, "short");
}

/** A cell in words with its unit: its accessible name, its tooltip and the readout under the grid. */
export function useCellWords(): (cell: MatrixCell) => string {
  const t = useT();
  const measure = useAtlas((s) => s.flowMeasure);
  const short = useShortName();
  const value = (v: number) => t(measure === "weight" ? "matrix.value.weight" : "matrix.value.count", { value: v });
  return (c) =>
    c.internal
      ? t("matrix.cellInternal", { division: short(c.from), value: value(c.value) })
      : t("matrix.cell", { from: short(c.from), to: short(c.to), value: value(c.value) });
}
