import { useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { scaleBand, scaleSequentialSqrt } from "d3-scale";
import { interpolateBlues } from "d3-scale-chromatic";
import type { FlowMatrix as FlowMatrixData } from "../../model/flows.ts";
import { formatNumber, type Lang } from "../../i18n/index.ts";
import { formatCompact, formatExact } from "../../i18n/compactNumber.ts";
import type { DivisionCode } from "../../model/types.ts";
import { divisionLabel } from "../../regions/divisions.ts";
import { cellText, lightInk, matrixLayout, widestCellText, type MatrixCell } from "../../render/analytics/matrixLayout.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { linkTypesText } from "../linkTypesText.ts";
import { matrixGridCsv } from "../../io/write/matrixCsv.ts";

export interface FlowMatrixProps {
  matrix: FlowMatrixData;
  onClose: () => void;
  /** The grid as shown (rows supply, columns buy, in the UI's language), as CSV text to save. */
  onDownloadCsv: (csv: string) => void;
  /** The long list of pairs with every measure and link type. */
  onDownloadList?: () => void;
}

// The grid is drawn one unit to a CSS pixel (the panel scrolls rather than shrink it), so the
// cell numbers are read at CELL_FONT px. A cell is at least MIN_CELL wide and grows until the
// widest number fits: the largest flows are the ones a reader looks for first.
const CELL_FONT = 10;
const MIN_CELL = 34;
const MAX_CELL = 64;
// scaleBand's inner padding, and the room left around a number inside its cell.
const CELL_PADDING = 0.08;
const CELL_MARGIN = 3;
// Rotated column labels and right-aligned row labels need room for the longest short name.
const LABEL_SPACE: Record<Lang, number> = { ko: 46, en: 104 };
// Blues is single-hue, so it reads in every common colour-vision deficiency; starting at 0.15
// keeps the smallest flow visibly apart from the white of an empty pair.
const RAMP_START = 0.15;
const ramp = (t: number) => interpolateBlues(RAMP_START + (1 - RAMP_START) * t);
// Okabe-Ito vermillion stands out on every shade of the blue ramp.
export const MATRIX_HOVER_COLOR = "#D55E00";

interface AxisLabelProps {
  code: DivisionCode;
  axis: "row" | "col";
  className: (code: DivisionCode, axis: "from" | "to") => string;
  selected: readonly DivisionCode[];
  title: (code: DivisionCode) => string;
  onPick: (code: DivisionCode, e: MouseEvent | KeyboardEvent) => void;
  onKeys: (code: DivisionCode) => (e: KeyboardEvent) => void;
  children: ReactNode;
}

/** A row or column header: a button that selects its division on the map too. */
function AxisLabel({ code, axis, className, selected, title, onPick, onKeys, children }: AxisLabelProps) {
  return (
    <g
      className={className(code, axis === "row" ? "from" : "to")}
      data-axis={axis}
      data-division={code}
      role="button"
      tabIndex={0}
      aria-pressed={selected.includes(code)}
      onClick={(e) => onPick(code, e)}
      onKeyDown={onKeys(code)}
    >
      <title>{title(code)}</title>
      {children}
    </g>
  );
}

export function FlowMatrix({ matrix, onClose, onDownloadCsv, onDownloadList }: FlowMatrixProps) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const sort = useAtlas((s) => s.matrixSort);
  const measure = useAtlas((s) => s.flowMeasure);
  // The matrix counts the links the filter keeps, so its link types are the filter's.
  const linkTypes = useAtlas((s) => s.filter.linkTypes);
  const hovered = useAtlas((s) => s.hoveredFlow);
  const selected = useAtlas((s) => s.selectedDivisions);
  const layout = useMemo(() => matrixLayout(matrix, { sort, measure, type: "all" }), [matrix, sort, measure]);
  const [active, setActive] = useState(0);
  const [focusedCell, setFocusedCell] = useState<number | null>(null);
  const gridRef = useRef<SVGGElement>(null);
  const hatchId = `matrix-hatch-${useId().replace(/[^\w-]/g, "")}`;

  const { order, cells, max } = layout;
  const n = order.length;
  const label = LABEL_SPACE[lang];
  const widest = widestCellText(cells.filter((c) => !c.internal).map((c) => c.value), lang, CELL_FONT);
  const cell = Math.min(MAX_CELL, Math.max(MIN_CELL, Math.ceil((widest + CELL_MARGIN) / (1 - CELL_PADDING))));
  const size = n * cell;
  const band = scaleBand<DivisionCode>().domain(order).range([0, size]).paddingInner(CELL_PADDING);
  // Square root: one dominant pair (Seoul-Gyeonggi) would otherwise leave the rest near white.
  const color = scaleSequentialSqrt(ramp).domain([0, Math.max(max, 1)]);
  const value = (v: number) => t(measure === "weight" ? "matrix.value.weight" : "matrix.value.count", { value: v });
  const short = (code: DivisionCode) => divisionLabel(code, lang, "short");
  const isHovered = (c: MatrixCell) => !c.internal && hovered !== null && hovered.from === c.from && hovered.to === c.to;
  const hoveredCell = cells.find(isHovered);
  const activeCell = hoveredCell ?? (focusedCell !== null ? cells[focusedCell] : undefined);
  const cellWords = (c: MatrixCell) =>
    c.internal
      ? t("matrix.cellInternal", { division: short(c.from), value: value(c.value) })
      : t("matrix.cell", { from: short(c.from), to: short(c.to), value: value(c.value) });
  const readout = activeCell ? cellWords(activeCell) : null;
  // A vintage switch can shrink the grid under the remembered tab stop.
  const tabStop = Math.min(active, cells.length - 1);
  const actions = useActions();

  const hoverCell = (c: MatrixCell) => actions.hoverFlow(c.internal ? null : { from: c.from, to: c.to });
  const pickDivision = (code: DivisionCode, e: MouseEvent | KeyboardEvent) =>
    actions.toggleDivision(code, e.shiftKey || e.metaKey || e.ctrlKey);
  const labelKeys = (code: DivisionCode) => (e: KeyboardEvent) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    pickDivision(code, e);
  };
  // One tab stop for the whole grid; arrows walk it, so 289 cells do not flood the tab order.
  const moveFocus = (e: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: n, ArrowUp: -n };
    const delta = step[e.key];
    if (delta === undefined || n === 0) return;
    e.preventDefault();
    const next = tabStop + delta;
    const sameRow = Math.abs(delta) === 1 ? Math.floor(next / n) === Math.floor(tabStop / n) : true;
    if (next < 0 || next >= cells.length || !sameRow) return;
    setActive(next);
    gridRef.current?.querySelector<SVGRectElement>(`[data-index="${next}"]`)?.focus();
  };

  const unitText = t(measure === "weight" ? "matrix.unit.weight" : "matrix.unit.count");
  const gridCsv = () =>
    matrixGridCsv({
      order,
      cells,
      name: short,
      corner: t("matrix.csvCorner"),
      note: t("matrix.csvNote", { unit: unitText, types: linkTypesText(linkTypes, t), vintage: t(`vintage.${matrix.vintage}`) }),
    });

  const rowTitle = (code: DivisionCode) =>
    t("matrix.label", { division: short(code), out: layout.rowTotals[code] ?? 0, in: layout.colTotals[code] ?? 0 });
  const labelClass = (code: DivisionCode, axis: "from" | "to") =>
    ["matrix-label", selected.includes(code) ? "selected" : "", hovered?.[axis] === code && hoveredCell ? "hovered" : ""]
      .filter(Boolean)
      .join(" ");
  const axisProps = { className: labelClass, selected, title: rowTitle, onPick: pickDivision, onKeys: labelKeys };

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
      <div className="matrix-controls">
        <div className="segmented" role="group" aria-label={t("matrix.sort")} data-testid="matrix-sort">
          {(["total", "region"] as const).map((option) => (
            <button key={option} type="button" aria-pressed={sort === option} onClick={() => actions.setMatrixSort(option)}>
              {t(option === "total" ? "matrix.sort.total" : "matrix.sort.region")}
            </button>
          ))}
        </div>
        <span className="matrix-downloads">
          <button type="button" data-testid="matrix-download" onClick={() => onDownloadCsv(gridCsv())}>
            {t("matrix.download")}
          </button>
          {onDownloadList && (
            <button type="button" data-testid="matrix-download-list" onClick={onDownloadList}>
              {t("matrix.downloadList")}
            </button>
          )}
        </span>
      </div>
      <p className="muted">{t("matrix.axes")}</p>
      {max === 0 && <p className="muted">{t("matrix.empty")}</p>}
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
        <g transform={`translate(0,${label})`}>
          {order.map((code) => (
            <AxisLabel key={code} code={code} axis="row" {...axisProps}>
              <rect x={0} y={band(code) ?? 0} width={label} height={band.bandwidth()} fill="transparent" />
              <text x={label - 4} y={(band(code) ?? 0) + band.bandwidth() / 2} textAnchor="end" dominantBaseline="central">
                {short(code)}
              </text>
            </AxisLabel>
          ))}
        </g>
        <g transform={`translate(${label},0)`}>
          {order.map((code) => {
            const x = (band(code) ?? 0) + band.bandwidth() / 2;
            return (
              <AxisLabel key={code} code={code} axis="col" {...axisProps}>
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
        <g
          ref={gridRef}
          className="matrix-grid"
          transform={`translate(${label},${label})`}
          onKeyDown={moveFocus}
          onMouseLeave={() => actions.hoverFlow(null)}
        >
          {/* Covers the gaps between cells, so crossing one does not clear the hover on the map. */}
          <rect width={size} height={size} fill="transparent" />
          {cells.map((c, i) => (
            <rect
              key={`${c.from}>${c.to}`}
              className={["matrix-cell", c.internal ? "internal" : c.value === 0 ? "empty" : "", isHovered(c) ? "hovered" : ""]
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
              tabIndex={i === tabStop ? 0 : -1}
              // The exact figure with its unit is the cell's name (the number drawn on it is short); the title is its tooltip.
              role="img"
              aria-label={cellWords(c)}
              onMouseEnter={() => hoverCell(c)}
              onFocus={() => {
                setActive(i);
                setFocusedCell(i);
                hoverCell(c);
              }}
              onBlur={() => {
                setFocusedCell(null);
                actions.hoverFlow(null);
              }}
            >
              <title>{cellWords(c)}</title>
            </rect>
          ))}
          {/* Numbers where they fit; pointer events pass through to the cell under them. */}
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

function MatrixLegend({ max, unit, lang, children }: { max: number; unit: string; lang: Lang; children: string }) {
  const t = useT();
  const stops = Array.from({ length: 9 }, (_, i) => `${ramp(i / 8)} ${(i / 8) * 100}%`).join(", ");
  // The ramp is square-root: a middle tick shows where a quarter of the maximum sits.
  const mid = max >= 4 ? Math.round(max / 4) : null;
  return (
    <div className="matrix-legend" data-testid="matrix-legend">
      <p className="matrix-unit">
        {unit} · {children}
      </p>
      <div className="matrix-ramp" style={{ background: `linear-gradient(to right, ${stops})` }} />
      <div className="matrix-ticks">
        <span style={{ left: "0%" }}>{formatNumber(lang, 0)}</span>
        {mid !== null && <span style={{ left: `${Math.sqrt(mid / max) * 100}%` }} title={formatExact(lang, mid)}>{formatCompact(lang, mid)}</span>}
        <span style={{ left: "100%" }} title={formatExact(lang, max)}>{formatCompact(lang, max)}</span>
      </div>
      <ul>
        <li>
          <span className="matrix-swatch empty" />
          {t("matrix.legend.empty")}
        </li>
        <li>
          <span className="matrix-swatch internal" />
          {t("matrix.legend.diagonal")}
        </li>
      </ul>
    </div>
  );
}
