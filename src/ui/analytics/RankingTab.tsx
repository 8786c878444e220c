import { regionLabel } from "../../regions/units.ts";
import { LINK_TYPES } from "../../model/types.ts";
import { DEFAULT_WEIGHTS } from "../../graph/ranking/weights.ts";
import { formulaText } from "../../graph/ranking/formula.ts";
import { designationCheck, type DesignationCheck } from "../../graph/ranking/designation.ts";
import type { RankedCompany, RankingWeights } from "../../graph/ranking/types.ts";
import type { ReactNode } from "react";
import { rankingToCsv } from "../../io/write/rankingCsv.ts";
import { downloadText } from "../dialogs/download.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { useRanking } from "./useRanking.ts";

/** Rows drawn; the CSV has all of them. */
export const SHOWN = 60;

/** The median place in words: one rank, or the two middle ones for an even count (never a fraction). */
function medianText([lo, hi]: readonly [number, number], t: ReturnType<typeof useT>): string {
  return lo === hi ? t("ranking.median.one", { rank: lo }) : t("ranking.median.two", { lo, hi });
}

function WeightSlider({ label, value, max, onChange, testId }: { label: string; value: number; max: number; onChange: (v: number) => void; testId: string }) {
  return (
    <label className="weight">
      <span>{label}</span>
      <input type="range" min={0} max={max} step={max / 20} value={value} data-testid={testId} onChange={(e) => onChange(Number(e.currentTarget.value))} />
      <output>{value.toFixed(2)}</output>
    </label>
  );
}

export function RankingTab() {
  const actions = useActions();
  const lang = useAtlas((s) => s.lang);
  const ranking = useRanking();
  if (!ranking) return null;
  const { ranked, weights } = ranking;
  return (
    <RankingView
      rows={ranked}
      check={designationCheck(ranked)}
      weights={weights}
      onChoose={(id) => actions.select(id)}
      onDownload={() => downloadText("super-regional-ranking.csv", rankingToCsv(ranked, lang))}
    />
  );
}

export interface RankingViewProps {
  /** Companies in rank order; the first SHOWN are drawn. */
  rows: readonly RankedCompany[];
  check: DesignationCheck;
  weights: RankingWeights;
  onChoose: (id: string) => void;
  /** The whole ranking as CSV; absent where it is not at hand (a summary's million rows). */
  onDownload?: (() => void) | undefined;
  /** A line above the table: where the scores come from. */
  note?: ReactNode;
}

/** The weights, the designation check and the ranked rows: the same view for a graph's metrics and a summary's numbers. */
export function RankingView({ rows, check, weights, onChoose, onDownload, note }: RankingViewProps) {
  const t = useT();
  const actions = useActions();
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas((s) => s.selected);
  const setWeight = (key: keyof RankingWeights, value: number) => {
    // A weight the formula rejects (all types at 0) is not stored: the sliders stay usable.
    const next = { ...weights, [key]: value };
    if (LINK_TYPES.some((type) => next[type] > 0)) actions.setRankingWeights({ ...next });
  };
  return (
    <div className="ranking" data-testid="ranking">
      <details>
        <summary>{t("ranking.formula")}</summary>
        <p className="formula" data-testid="ranking-formula">{formulaText(weights, lang)}</p>
      </details>
      <fieldset className="weights">
        <legend>{t("ranking.weights")}</legend>
        {LINK_TYPES.map((type) => (
          <WeightSlider key={type} label={t(`linkType.${type}`)} value={weights[type]} max={2} onChange={(v) => setWeight(type, v)} testId={`weight-${type}`} />
        ))}
        <WeightSlider label={t("ranking.balance")} value={weights.breadth} max={1} onChange={(v) => setWeight("breadth", v)} testId="weight-breadth" />
        <button type="button" onClick={() => actions.setRankingWeights({ ...DEFAULT_WEIGHTS })}>{t("ranking.reset")}</button>
      </fieldset>
      {note}
      {check.designated.length > 0 && (
        <p data-testid="ranking-check">
          {t("ranking.check", { count: check.designated.length, median: medianText(check.medianRanks, t), worst: check.worstRank })}
          <br />
          <span data-testid="lookalikes" data-count={check.lookalikes.length} data-designated={check.topN}>
            {t("ranking.lookalikes", { count: check.lookalikes.length })}
            {check.lookalikes.length > 0 && `: ${check.lookalikes.slice(0, 8).map((r) => r.name).join(", ")}`}
            {check.lookalikes.length > 8 && ` (+${check.lookalikes.length - 8})`}
          </span>
          <br />
          <small className="muted" data-testid="lookalikes-rule">{t("ranking.lookalikesRule", { n: check.topN })}</small>
        </p>
      )}
      <div className="table-scroll">
        <table className="data" data-testid="ranking-table">
          <thead>
            <tr>
              <th>{t("ranking.rank")}</th>
              <th>{t("ranking.company")}</th>
              <th>{t("ranking.division")}</th>
              <th>{t("ranking.score")}</th>
              {LINK_TYPES.slice(0, 3).map((type) => (
                <th key={type}>{t(`linkType.${type}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN).map((r) => (
              <tr
                key={r.id}
                className={`${r.designated ? "designated" : ""} ${r.id === selected ? "selected" : ""}`}
                data-id={r.id}
                data-rank={r.rank}
                data-designated={r.designated}
                tabIndex={0}
                onClick={() => onChoose(r.id)}
                onKeyDown={(e) => e.key === "Enter" && onChoose(r.id)}
              >
                <td>{r.rank}</td>
                <td>
                  {r.name}
                  {r.designated && <span className="badge" title={t("tier.super-regional")}>{t("ranking.designated")}</span>}
                </td>
                <td>{regionLabel(r.division, lang)}</td>
                <td>{r.score.toFixed(3)}</td>
                {LINK_TYPES.slice(0, 3).map((type) => (
                  <td key={type}>{r.parts[type].value.toFixed(2)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {onDownload && (
        <button type="button" data-testid="ranking-download" onClick={onDownload}>
          {t("ranking.download")}
        </button>
      )}
    </div>
  );
}
