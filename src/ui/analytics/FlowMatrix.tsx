// The division flow matrix dialog: rows supply, columns buy. The grid's parts are their own
// components (MatrixAxes, MatrixCells, MatrixLegend) and hooks (useMatrixGrid, useGridKeys).
import { scaleText } from "../scaleText.ts";
import { useId, useState } from "react";
import type { FlowMatrix as FlowMatrixData } from "../../model/flows.ts";
import { matrixLayout, type MatrixCell } from "../../render/analytics/matrixLayout.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { linkTypesText } from "../linkTypesText.ts";
import { matrixGridCsv } from "../../io/write/matrixCsv.ts";
import { MatrixColumnLabels, MatrixRowLabels } from "./MatrixAxes.tsx";
import { MatrixCells } from "./MatrixCells.tsx";
import { MatrixLegend } from "./MatrixLegend.tsx";
import { useCellWords, useMatrixGrid, useShortName } from "./useMatrixGrid.ts";

export interface FlowMatrixProps {
  matrix: FlowMatrixData;
  onClose: () => void;
  /** The grid as shown (rows supply, columns buy, in the UI's language), as CSV text to save. */
  onDownloadCsv: (csv: string) => void;
  /** The long list of pairs with every measure and link type. */
  onDownloadList?: () => void;
}

export function FlowMatrix({ matrix, onClose, onDownloadCsv, onDownloadList }: FlowMatrixProps) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const measure = useAtlas((s) => s.flowMeasure);
  const matrixSort = useAtlas((s) => s.matrixSort);
  // The matrix counts the links the filter keeps, so its link types are the filter's.
  const linkTypes = useAtlas((s) => s.filter.linkTypes);
  const hovered = useAtlas((s) => s.hoveredFlow);
  const grid = useMatrixGrid(matrix);
  const [focusedCell, setFocusedCell] = useState<number | null>(null);
  const hatchId = `matrix-hatch-${useId().replace(/[^\w-]/g, "")}`;
  const short = useShortName();
  const cellWords = useCellWords();

  const { order, cells, max } = grid.layout;
  const { label, size } = grid;
  const isHovered = (c: MatrixCell) => !c.internal && hovered !== null && hovered.from === c.from && hovered.to === c.to;
  const hoveredCell = cells.find(isHovered);
  const activeCell = hoveredCell ?? (focusedCell !== null ? cells[focusedCell] : undefined);
  const readout = activeCell ? cellWords(activeCell) : null;
  const unitText = t(measure === "weight" ? "matrix.unit.weight" : "matrix.unit.count");
  const gridCsv = () => {
    // Every region with a link, whatever the screen's limit.
    const whole = matrixLayout(matrix, { sort: matrixSort, measure, type: "all" });
    return matrixGridCsv({
      order: whole.order,
      cells: whole.cells,
      name: short,
      corner: t("matrix.csvCorner"),
      note: t("matrix.csvNote", { unit: unitText, types: linkTypesText(linkTypes, t), vintage: scaleText(t, matrix.vintage) }),
    });
  };

  return (
    <section
      className="flow-matrix"
      role="dialog"
      aria-modal="false"
      aria-labelledby="flow-matrix-title"
      data-testid="flow-matrix"
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        // Esc closes the matrix only; the selection on the map stays.
        e.stopPropagation();
        onClose();
      }}
    >
      <header>
        <h2 id="flow-matrix-title">{t("matrix.title")}</h2>
        <button type="button" className="close" aria-label={t("panel.close")} onClick={onClose}>
          ×
        </button>
      </header>
      <MatrixControls onDownloadCsv={() => onDownloadCsv(gridCsv())} onDownloadList={onDownloadList} />
      <p className="muted">{t("matrix.axes")}</p>
      {max === 0 && <p className="muted">{t("matrix.empty")}</p>}
      {grid.layout.omitted > 0 && (
        <p className="muted" data-testid="matrix-omitted">
          {t("matrix.omitted", { shown: order.length, all: order.length + grid.layout.omitted })}
        </p>
      )}
      <div className="matrix-scroll">
      <svg
        className="matrix-svg"
        viewBox={`0 0 ${label + size + 2} ${label + size + 2}`}
        width={label + size + 2}
        height={label + size + 2}
        role="group"
        aria-label={`${t("matrix.title")}. ${t("matrix.axes")}`}
      >
        <defs>
          <pattern id={hatchId} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="4" height="4" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="4" stroke="#AEB6BF" strokeWidth="1.5" />
          </pattern>
        </defs>
        <MatrixRowLabels grid={grid} lit={hoveredCell !== undefined} />
        <MatrixColumnLabels grid={grid} lit={hoveredCell !== undefined} />
        <MatrixCells grid={grid} hoveredCell={hoveredCell} hatchId={hatchId} onFocusCell={setFocusedCell} />
      </svg>
      </div>
      {/* The hovered or focused cell in words: a tooltip keyboard users and touch screens also get. */}
      <p className="matrix-readout" aria-live="polite" data-testid="matrix-readout">
        {readout ?? "\u00a0"}
      </p>
      <MatrixLegend max={max} unit={unitText} lang={lang}>
        {linkTypesText(linkTypes, t)}
      </MatrixLegend>
    </section>
  );
}

/** The sort order of the rows and columns, and the two downloads. */
function MatrixControls({ onDownloadCsv, onDownloadList }: { onDownloadCsv: () => void; onDownloadList: (() => void) | undefined }) {
  const t = useT();
  const sort = useAtlas((s) => s.matrixSort);
  const actions = useActions();
  return (
    <div className="matrix-controls">
      <div className="segmented" role="group" aria-label={t("matrix.sort")} data-testid="matrix-sort">
        {(["total", "region"] as const).map((option) => (
          <button key={option} type="button" aria-pressed={sort === option} onClick={() => actions.setMatrixSort(option)}>
            {t(option === "total" ? "matrix.sort.total" : "matrix.sort.region")}
          </button>
        ))}
      </div>
      <span className="matrix-downloads">
        <button type="button" data-testid="matrix-download" onClick={onDownloadCsv}>
          {t("matrix.download")}
        </button>
        {onDownloadList && (
          <button type="button" data-testid="matrix-download-list" onClick={onDownloadList}>
            {t("matrix.downloadList")}
          </button>
        )}
      </span>
    </div>
  );
}
