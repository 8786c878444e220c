import { useEffect, useRef, useState } from "react";
import { brushX, type D3BrushEvent } from "d3-brush";
import { select } from "d3-selection";
import { scaleBand, scaleLinear } from "d3-scale";
import type { YearHistogram } from "../../graph/filters/histogram.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";

const W = 230;
const H = 60;
const PLAY_MS = 900;

/** Links per year; brushing sets the year range, play steps through the years one at a time. */
export function YearBrush({ histogram }: { histogram: YearHistogram }) {
  const actions = useActions();
  const t = useT();
  const from = useAtlas((s) => s.filter.yearFrom);
  const to = useAtlas((s) => s.filter.yearTo);
  const brushRef = useRef<SVGGElement>(null);
  const [playing, setPlaying] = useState(false);
  const domain = histogram.domain;
  const years = domain ? Array.from({ length: domain.max - domain.min + 1 }, (_, i) => domain.min + i) : [];
  const x = scaleBand<number>().domain(years).range([0, W]).padding(0.1);
  const counts = new Map(histogram.bins.map((b) => [b.year, b.links]));
  const max = Math.max(1, ...histogram.bins.map((b) => b.links));
  const y = scaleLinear().domain([0, max]).range([H - 12, 2]);

  useEffect(() => {
    const g = brushRef.current;
    if (!g || years.length === 0) return;
    const brush = brushX<unknown>()
      .extent([[0, 0], [W, H - 12]])
      .on("end", (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // moved by code, not by the user
        if (!event.selection) return actions.setFilter({ yearFrom: null, yearTo: null });
        const [x0, x1] = event.selection as [number, number];
        const picked = years.filter((yr) => {
          const mid = (x(yr) ?? 0) + x.bandwidth() / 2;
          return mid >= x0 && mid <= x1;
        });
        if (picked.length === 0) return actions.setFilter({ yearFrom: null, yearTo: null });
        actions.setFilter({ yearFrom: picked[0]!, yearTo: picked.at(-1)! });
      });
    const sel = select(g).call(brush);
    // Show the stored range (from the URL or the play button) as the brush.
    if (from !== null || to !== null) {
      const a = x(from ?? years[0]!) ?? 0;
      const b = (x(to ?? years.at(-1)!) ?? W) + x.bandwidth();
      sel.call(brush.move, [a, b]);
    } else sel.call(brush.move, null);
    return () => {
      sel.on(".brush", null);
    };
  }, [years.join(","), from, to]); // eslint-style: years is derived from the histogram domain

  useEffect(() => {
    if (!playing || years.length === 0) return;
    let i = from !== null && from === to ? years.indexOf(from) + 1 : 0;
    const step = () => {
      if (i >= years.length) {
        setPlaying(false);
        return;
      }
      actions.setFilter({ yearFrom: years[i]!, yearTo: years[i]! });
      i++;
    };
    step();
    const timer = setInterval(step, PLAY_MS);
    return () => clearInterval(timer);
    // The play loop owns the range while it runs; restarting on every step would reset it.
  }, [playing]); // eslint-style: intentionally not depending on from/to

  if (!domain) return null;
  return (
    <div className="year-brush" data-testid="year-brush">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H}>
        {years.map((yr) => {
          const c = counts.get(yr) ?? 0;
          const inRange = (from === null || yr >= from) && (to === null || yr <= to);
          return (
            <g key={yr}>
              <rect x={x(yr)} y={y(c)} width={x.bandwidth()} height={H - 12 - y(c)} fill={inRange ? "#0072B2" : "#C9D3DD"} data-year={yr} data-links={c}>
                <title>{`${yr}: ${c}`}</title>
              </rect>
              <text x={(x(yr) ?? 0) + x.bandwidth() / 2} y={H - 2} textAnchor="middle" className="chart-tick">
                {String(yr).slice(2)}
              </text>
            </g>
          );
        })}
        <g ref={brushRef} />
      </svg>
      <div className="row">
        <button type="button" data-testid="year-play" onClick={() => setPlaying((p) => !p)}>
          {playing ? t("filters.stop") : t("filters.play")}
        </button>
        <button type="button" onClick={() => actions.setFilter({ yearFrom: null, yearTo: null })}>
          {t("filters.allYears")}
        </button>
        <span className="muted" data-testid="year-range">{from === null && to === null ? "" : `${from ?? "…"}–${to ?? "…"}`}</span>
      </div>
    </div>
  );
}
