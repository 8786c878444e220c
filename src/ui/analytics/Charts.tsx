import { regionLabel } from "../../regions/units.ts";
import { scaleBand, scaleLinear, scaleSqrt } from "d3-scale";
import type { CompanyMetrics } from "../../graph/metrics/types.ts";
import type { FlowMatrix } from "../../model/flows.ts";
import { degreeCounts, histogram } from "../../render/analytics/histogram.ts";
import { GLYPH_COLORS } from "../../render/layers/flowLayer.ts";
import { SUPER_REGIONAL_COLOR } from "../../style/palette.ts";
import { useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

const W = 400;
const H = 140;
const M = { top: 8, right: 8, bottom: 22, left: 34 };
/** Below the division chart in English: the longest slanted name ("Gyeongsangbuk-do" at 9px, 50°). */
const SLANTED_LABEL_SPACE = 62;

function Axis({ max, label }: { max: number; label: string }) {
  return (
    <>
      <text x={M.left - 4} y={M.top + 8} textAnchor="end" className="chart-tick">{max.toLocaleString()}</text>
      <text x={M.left - 4} y={H - M.bottom} textAnchor="end" className="chart-tick">0</text>
      <text x={W - M.right} y={H - 4} textAnchor="end" className="chart-tick">{label}</text>
    </>
  );
}

/** Companies per number of links: most supply networks have many small players and a few hubs. */
export function DegreeChart({ metrics }: { metrics: readonly CompanyMetrics[] }) {
  const t = useT();
  const data = degreeCounts(metrics.map((m) => m.degree));
  const max = Math.max(1, ...data.map((d) => d.count));
  const x = scaleBand<number>().domain(data.map((d) => d.degree)).range([M.left, W - M.right]).padding(0.1);
  const y = scaleSqrt().domain([0, max]).range([H - M.bottom, M.top]);
  return (
    <figure className="chart" data-testid="chart-degree">
      <figcaption>{t("chart.degree")}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t("chart.degree")}>
        {data.map((d) => (
          <rect key={d.degree} x={x(d.degree)} y={y(d.count)} width={x.bandwidth()} height={H - M.bottom - y(d.count)} fill="#4E79A7" data-degree={d.degree} data-count={d.count}>
            <title>{`${d.degree}: ${d.count}`}</title>
          </rect>
        ))}
        <Axis max={max} label={t("chart.degreeAxis")} />
      </svg>
    </figure>
  );
}

/** Score histogram with each designated company marked, so a planner sees where the ten fall. */
export function ScoreChart({ scores }: { scores: ReadonlyArray<{ score: number; designated: boolean; name: string }> }) {
  const t = useT();
  const bins = histogram(scores.map((s) => s.score), 24);
  if (bins.length === 0) return null;
  const lo = bins[0]!.x0;
  const hi = bins.at(-1)!.x1 || lo + 1;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const x = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).range([M.left, W - M.right]);
  const y = scaleSqrt().domain([0, max]).range([H - M.bottom, M.top + 10]);
  return (
    <figure className="chart" data-testid="chart-scores">
      <figcaption>{t("chart.scores")}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t("chart.scores")}>
        {bins.map((b, i) => (
          <rect key={i} x={x(b.x0)} y={y(b.count)} width={Math.max(1, x(b.x1) - x(b.x0) - 1)} height={H - M.bottom - y(b.count)} fill="#9AA5B1" />
        ))}
        {scores
          .filter((s) => s.designated)
          .map((s) => (
            <line key={s.name} x1={x(s.score)} x2={x(s.score)} y1={M.top} y2={H - M.bottom} stroke={SUPER_REGIONAL_COLOR} strokeWidth={2} data-designated={s.name}>
              <title>{`${s.name}: ${s.score.toFixed(3)}`}</title>
            </line>
          ))}
        <Axis max={max} label={t("chart.scoreAxis")} />
      </svg>
    </figure>
  );
}

/** Outflow and inflow per division, side by side. */
export function DivisionFlowBars({ matrix }: { matrix: FlowMatrix }) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const measure = useAtlas((s) => s.flowMeasure);
  const rows = matrix.divisions.map((code) => ({ code, out: matrix.totals[code]?.outgoing[measure] ?? 0, in: matrix.totals[code]?.incoming[measure] ?? 0 }));
  const max = Math.max(1, ...rows.flatMap((r) => [r.out, r.in]));
  const x = scaleBand<string>().domain(rows.map((r) => r.code)).range([M.left, W - M.right]).padding(0.15);
  const y = scaleLinear().domain([0, max]).range([H - M.bottom, M.top]);
  const half = x.bandwidth() / 2;
  // English names (Gyeongsangbuk-do) are far wider than a bar: they are set at a slant, with room below.
  const slanted = lang === "en";
  const below = slanted ? SLANTED_LABEL_SPACE : 12;
  return (
    <figure className="chart" data-testid="chart-divisions">
      <figcaption>{t("chart.divisions")}</figcaption>
      <svg viewBox={`0 0 ${W} ${H + below}`} role="img" aria-label={t("chart.divisions")}>
        {rows.map((r) => (
          <g key={r.code}>
            <rect x={x(r.code)} y={y(r.out)} width={half} height={H - M.bottom - y(r.out)} fill={GLYPH_COLORS.out} data-division={r.code} data-out={r.out} />
            <rect x={(x(r.code) ?? 0) + half} y={y(r.in)} width={half} height={H - M.bottom - y(r.in)} fill={GLYPH_COLORS.in} data-in={r.in} />
            {slanted ? (
              <text
                transform={`translate(${(x(r.code) ?? 0) + half},${H - M.bottom + 6}) rotate(-50)`}
                textAnchor="end"
                dominantBaseline="central"
                className="chart-tick division-tick"
              >
                {regionLabel(r.code, lang)}
              </text>
            ) : (
              <text x={(x(r.code) ?? 0) + half} y={H - M.bottom + 11} textAnchor="middle" className="chart-tick division-tick">
                {regionLabel(r.code, lang)}
              </text>
            )}
          </g>
        ))}
        <text x={M.left - 4} y={M.top + 8} textAnchor="end" className="chart-tick">{max.toLocaleString()}</text>
      </svg>
    </figure>
  );
}
