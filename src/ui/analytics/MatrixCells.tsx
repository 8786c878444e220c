// The flow matrix's cells: one square per division pair, its flow's number where it fits,
// hovering or focusing one lights that flow on the map, and a ring around the hovered one.
import type { MatrixCell } from "../../render/analytics/matrixLayout.ts";
import { cellText, lightInk } from "../../render/analytics/matrixLayout.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { CELL_FONT, CELL_MARGIN, MATRIX_HOVER_COLOR } from "./matrixLook.ts";
import { useGridKeys } from "./useGridKeys.ts";
import { useCellWords, type MatrixGrid } from "./useMatrixGrid.ts";

export interface MatrixCellsProps {
  grid: MatrixGrid;
  /** The cell of the flow hovered (here or on the map); undefined when none. */
  hoveredCell: MatrixCell | undefined;
  /** Id of the hatch pattern the diagonal is filled with. */
  hatchId: string;
  /** The cell that has the keyboard focus, or null when it leaves: what the readout says. */
  onFocusCell: (index: number | null) => void;
}

export function MatrixCells({ grid, hoveredCell, hatchId, onFocusCell }: MatrixCellsProps) {
  const actions = useActions();
  const cellWords = useCellWords();
  const { layout, band, color, label, size } = grid;
  const { cells } = layout;
  const keys = useGridKeys(layout.order.length, cells.length);
  const hoverCell = (c: MatrixCell) => actions.hoverFlow(c.internal ? null : { from: c.from, to: c.to });
  return (
    <g
      ref={keys.gridRef}
      className="matrix-grid"
      transform={`translate(${label},${label})`}
      onKeyDown={keys.onKeyDown}
      onMouseLeave={() => actions.hoverFlow(null)}
    >
      {/* Covers the gaps between cells, so crossing one does not clear the hover on the map. */}
      <rect width={size} height={size} fill="transparent" />
      {cells.map((c, i) => (
        <rect
          key={`${c.from}>${c.to}`}
          className={["matrix-cell", c.internal ? "internal" : c.value === 0 ? "empty" : "", c === hoveredCell ? "hovered" : ""]
            .filter(Boolean)
            .join(" ")}
          data-index={i}
          data-from={c.from}
          data-to={c.to}
          data-value={c.value}
          x={band(c.to) ?? 0}
          y={band(c.from) ?? 0}
          width={band.bandwidth()}
          height={band.bandwidth()}
          fill={c.internal ? `url(#${hatchId})` : c.value === 0 ? "#fff" : color(c.value)}
          tabIndex={i === keys.tabStop ? 0 : -1}
          // The exact figure with its unit is the cell's name (the number drawn on it is short); the title is its tooltip.
          role="img"
          aria-label={cellWords(c)}
          onMouseEnter={() => hoverCell(c)}
          onFocus={() => {
            keys.setActive(i);
            onFocusCell(i);
            hoverCell(c);
          }}
          onBlur={() => {
            onFocusCell(null);
            actions.hoverFlow(null);
          }}
        >
          <title>{cellWords(c)}</title>
        </rect>
      ))}
      <MatrixNumbers grid={grid} />
      {hoveredCell && (
        // Drawn last so neighbouring cells cannot paint over the ring.
        <rect
          className="matrix-hover-ring"
          x={band(hoveredCell.to) ?? 0}
          y={band(hoveredCell.from) ?? 0}
          width={band.bandwidth()}
          height={band.bandwidth()}
          fill="none"
          stroke={MATRIX_HOVER_COLOR}
          strokeWidth={2.5}
          pointerEvents="none"
        />
      )}
    </g>
  );
}

/** Numbers where they fit; pointer events pass through to the cell under them. */
function MatrixNumbers({ grid }: { grid: MatrixGrid }) {
  const lang = useAtlas((s) => s.lang);
  const { layout, band } = grid;
  const { cells, max } = layout;
  return (
    <g className="matrix-numbers" aria-hidden="true" pointerEvents="none">
      {cells.map((c) => {
        const text = c.internal ? null : cellText(c.value, lang, band.bandwidth() - CELL_MARGIN, CELL_FONT);
        if (text === null) return null;
        return (
          <text
            key={`${c.from}>${c.to}`}
            data-number-from={c.from}
            data-number-to={c.to}
            x={(band(c.to) ?? 0) + band.bandwidth() / 2}
            y={(band(c.from) ?? 0) + band.bandwidth() / 2}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={CELL_FONT}
            // A style, not the fill attribute: the stylesheet's colour for SVG text would win over an attribute.
            style={{ fill: lightInk(c.value, max) ? "#fff" : "#1b2631" }}
          >
            {text}
          </text>
        );
      })}
    </g>
  );
}
