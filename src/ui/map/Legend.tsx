import { useMemo, useState } from "react";
import { memoLegend } from "../../render/legend/model.ts";
import type { LegendRow, LegendSection } from "../../render/legend/types.ts";
import { METRIC_SIZE } from "../../render/bindings/nodeStyle.ts";
import { useApp, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

function Swatch({ color, kind, size }: { color: string; kind: "line" | "dot" | "bar"; size?: number }) {
  const style = size === undefined ? { background: color } : { background: color, width: size, height: size };
  return <span className={`swatch ${kind}`} style={style} />;
}

function Row({ row }: { row: LegendRow }) {
  switch (row.kind) {
    case "line":
      return (
        <li className="flow-step">
          <span className="swatch line" style={{ background: row.color, height: Math.max(1, row.width), opacity: row.opacity }} />
          <span title={row.exact}>{row.label}</span>
        </li>
      );
    case "dot":
      if (row.radius !== undefined) {
        return (
          <li>
            <span className="size-cell" style={{ width: 2 * METRIC_SIZE.max }}>
              <Swatch color={row.color} kind="dot" size={2 * row.radius} />
            </span>
            {row.label}
          </li>
        );
      }
      return (
        <li data-key={row.key} title={row.title}>
          <Swatch color={row.color} kind="dot" />
          <span className="legend-text">{row.label}</span>
        </li>
      );
    case "sizes":
      return (
        <li>
          {row.radii.map((r) => (
            <Swatch key={r} color={row.color} kind="dot" size={2 * r} />
          ))}
          {row.label}
        </li>
      );
    case "bars":
      return (
        <li className="flow-step">
          <span className="bars">
            {row.colors.map((c) => (
              <Swatch key={c} color={c} kind="bar" />
            ))}
          </span>
          {row.label}
        </li>
      );
    case "ramp":
      return (
        <li>
          <div className="ramp" style={{ background: `linear-gradient(to right, ${row.colors.map((c, i) => `${c} ${(i / Math.max(1, row.colors.length - 1)) * 100}%`).join(", ")})` }} />
          <div className="ramp-labels">
            <span>{row.lo}</span>
            <span>{row.hi}</span>
          </div>
        </li>
      );
    case "ring":
      return (
        <li>
          <span className="swatch ring" style={{ borderColor: row.color }} />
          <span className="legend-text">{row.label}</span>
        </li>
      );
    default:
      return (
        <li className="muted" data-testid={row.testId}>
          {row.status ? <span role="status">{row.text}</span> : row.text}
        </li>
      );
  }
}

function Section({ section }: { section: LegendSection }) {
  const data = Object.fromEntries(Object.entries(section.data ?? {}).map(([k, v]) => [`data-${k}`, String(v)]));
  const listClass = section.grid ? "legend-grid" : section.id === "sizes" && section.rows.some((r) => r.kind === "dot") ? "size-steps" : undefined;
  return (
    <div className="legend-section" data-testid={`legend-${section.id}`} data-kind={section.kind} {...data}>
      {section.heading ? <div>{section.heading}</div> : null}
      <ul className={listClass}>
        {section.rows.map((row, i) => (
          <Row key={i} row={row} />
        ))}
      </ul>
    </div>
  );
}

/**
 * Part of the view, not a tooltip: it states what every colour, width and size means. It draws
 * the same model (render/legend/model.ts) the exported pictures draw, so they cannot disagree.
 */
export function Legend() {
  const t = useT();
  const app = useApp();
  const legend = useMemo(() => memoLegend(), []);
  const model = useAtlas((s) => legend(s, app.derived, t));
  const [open, setOpen] = useState(true);
  return (
    <aside className="legend" aria-label={model.title} data-testid="legend">
      <h2>
        <button type="button" className="legend-toggle" aria-expanded={open} aria-label={t("legend.collapse")} onClick={() => setOpen(!open)}>
          {open ? "▾" : "▸"} {model.title}
        </button>
      </h2>
      {open ? (
        // Focusable, so a keyboard can scroll it when it overflows.
        <div className="legend-body" data-testid="legend-body" tabIndex={0}>
          {model.sections.map((section) => (
            <Section key={`${section.id}-${section.kind ?? ""}`} section={section} />
          ))}
        </div>
      ) : null}
    </aside>
  );
}
