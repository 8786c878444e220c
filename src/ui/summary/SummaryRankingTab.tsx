// The ranking in summary mode: every company of the summary scored from its summary numbers
// (cross stats and partner divisions are exactly what the score reads) with the user's weights,
// in the summary worker; designation by tier, as for a loaded graph.
import { resolveWeights } from "../../graph/ranking/weights.ts";
import { RankingView, SHOWN } from "../analytics/RankingTab.tsx";
import { useApp, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { useSummaryAnswer } from "./useSummaryAnswer.ts";
import { SummaryDownloads } from "./SummaryDownloads.tsx";

export function SummaryRankingTab() {
  const t = useT();
  const app = useApp();
  const summary = useAtlas((s) => s.summary);
  const stored = useAtlas((s) => s.rankingWeights);
  const vintage = useAtlas((s) => s.vintage);
  const state = useSummaryAnswer(summary ? (port) => port.rank(stored, vintage, SHOWN) : null, [summary, stored, vintage]);
  const current = state.current;
  if (!summary) return null;
  const count = summary.companies.count;
  if (state.error && current) return <div className="notice error" role="alert">{t("summary.ranking.error", { message: state.error })}</div>;
  const result = state.result;
  if (!result) return <p className="muted" role="status" data-testid="summary-ranking-pending">{t("summary.ranking.computing", { count })}</p>;
  const rowOf = new Map(result.top.map((r, i) => [r.id, result.topRows[i]!]));
  return (
    <div data-testid="summary-ranking" data-companies={result.companies} data-current={current}>
      <RankingView
        rows={result.top}
        check={result.check}
        weights={resolveWeights(stored)}
        onChoose={(id) => {
          const row = rowOf.get(id);
          if (row !== undefined) app.summary.choose(row);
        }}
        note={<p className="muted" role="status">{current ? t("summary.ranking.note", { count: result.companies }) : t("summary.ranking.computing", { count })}</p>}
      />
      <SummaryDownloads tables={["ranking"]} />
    </div>
  );
}
