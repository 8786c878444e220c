// The flow matrix's row and column headers: each a button that selects its division on the map
// too (shift, ctrl or cmd adds it to the selection), lit while a flow from or to it is hovered.
import type { KeyboardEvent, MouseEvent, ReactNode } from "react";
import type { DivisionCode } from "../../model/types.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { useShortName, type MatrixGrid } from "./useMatrixGrid.ts";

interface AxisLabelProps {
  code: DivisionCode;
  axis: "row" | "col";
  /** Whether a flow is hovered in the grid: its ends' labels are lit. */
  lit: boolean;
  layout: MatrixGrid["layout"];
  children: ReactNode;
}

/** A row or column header: a button that selects its division on the map too. */
function AxisLabel({ code, axis, lit, layout, children }: AxisLabelProps) {
  const t = useT();
  const short = useShortName();
  const selected = useAtlas((s) => s.selectedDivisions);
  const hovered = useAtlas((s) => s.hoveredFlow);
  const actions = useActions();
  const end = axis === "row" ? "from" : "to";
  const className = ["matrix-label", selected.includes(code) ? "selected" : "", hovered?.[end] === code && lit ? "hovered" : ""].filter(Boolean).join(" ");
  const pick = (e: MouseEvent | KeyboardEvent) => actions.toggleDivision(code, e.shiftKey || e.metaKey || e.ctrlKey);
  return (
    <g
      className={className}
      data-axis={axis}
      data-division={code}
      role="button"
      tabIndex={0}
      aria-pressed={selected.includes(code)}
      onClick={pick}
      onKeyDown={(e) => {
        if (e.key !== "Enter" && e.key !== " ") return;
        e.preventDefault();
        pick(e);
      }}
    >
      <title>{t("matrix.label", { division: short(code), out: layout.rowTotals[code] ?? 0, in: layout.colTotals[code] ?? 0 })}</title>
      {children}
    </g>
  );
}

/** Division names down the left, right-aligned against the grid. */
export function MatrixRowLabels({ grid, lit }: { grid: MatrixGrid; lit: boolean }) {
  const short = useShortName();
  const { layout, band, label } = grid;
  return (
    <g transform={`translate(0,${label})`}>
      {layout.order.map((code) => (
        <AxisLabel key={code} code={code} axis="row" lit={lit} layout={layout}>
          <rect x={0} y={band(code) ?? 0} width={label} height={band.bandwidth()} fill="transparent" />
          <text x={label - 4} y={(band(code) ?? 0) + band.bandwidth() / 2} textAnchor="end" dominantBaseline="central">
            {short(code)}
          </text>
        </AxisLabel>
      ))}
    </g>
  );
}

/** Division names along the top, upright in Korean and rotated in English. */
export function MatrixColumnLabels({ grid, lit }: { grid: MatrixGrid; lit: boolean }) {
  const short = useShortName();
  const lang = useAtlas((s) => s.lang);
  const { layout, band, label } = grid;
  return (
    <g transform={`translate(${label},0)`}>
      {layout.order.map((code) => {
        const x = (band(code) ?? 0) + band.bandwidth() / 2;
        return (
          <AxisLabel key={code} code={code} axis="col" lit={lit} layout={layout}>
            <rect x={band(code) ?? 0} y={0} width={band.bandwidth()} height={label} fill="transparent" />
            {lang === "ko" ? (
              // Two-syllable Korean names read best stacked upright, as on printed tables.
              <text x={x} y={label - 4} textAnchor="end" writingMode="vertical-rl">
                {short(code)}
              </text>
            ) : (
              <text transform={`translate(${x},${label - 4}) rotate(-90)`} dominantBaseline="central">
                {short(code)}
              </text>
            )}
          </AxisLabel>
        );
      })}
    </g>
  );
}
