// The flow matrix's legend: the unit and link types counted, the colour ramp with its ticks, and
// what an empty pair and the diagonal look like.
import { formatNumber, type Lang } from "../../i18n/index.ts";
import { formatCompact, formatExact } from "../../i18n/compactNumber.ts";
import { useT } from "../useT.ts";
import { ramp } from "./matrixLook.ts";

export function MatrixLegend({ max, unit, lang, children }: { max: number; unit: string; lang: Lang; children: string }) {
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
