import { scaleOf } from "../../state/regionScale.ts";
import { useEffect } from "react";
import type { MessageKey } from "../../i18n/index.ts";
import { currentMetrics } from "../../state/analyticsSlice.ts";
import type { AnalyticsTab } from "../../state/view/values.ts";
import { useActions, useAtlas, useDerived } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { RankingTab } from "./RankingTab.tsx";
import { SummaryRankingTab } from "../summary/SummaryRankingTab.tsx";
import { DivisionTab } from "./DivisionTab.tsx";
import { ResilienceTab } from "./ResilienceTab.tsx";
import { DegreeChart, DivisionFlowBars, ScoreChart } from "./Charts.tsx";
import { useRanking } from "./useRanking.ts";
import { TabList, tabId, tabPanelId } from "../TabList.tsx";
import { EgoScoped } from "../summary/EgoScope.tsx";

const TABS: AnalyticsTab[] = ["ranking", "division", "resilience", "charts"];

function MetricsStatusLine() {
  const t = useT();
  const status = useAtlas((s) => s.metricsStatus);
  const metrics = useAtlas(currentMetrics);
  const { ensureMetrics } = useActions();
  // Metrics are computed on the graph: in summary mode, the ego networks only.
  const egoTop = useAtlas((s) => s.summary?.manifest.ego.topK ?? null);
  if (status.running) {
    const percent = Math.round(status.fraction * 100);
    const text = t("analytics.computing", { percent, step: status.step ? t(`metricsStep.${status.step}` as MessageKey) : "" });
    // A progress bar needs a name of its own (axe: aria-progressbar-name); its text is that name.
    return (
      <div className="notice progress" role="progressbar" aria-valuenow={percent} aria-label={text} data-testid="metrics-progress">
        <span>{text}</span>
        <span className="bar"><span style={{ width: `${percent}%` }} /></span>
      </div>
    );
  }
  if (status.error) return <div className="notice error" role="alert">{t("analytics.error", { message: status.error })}</div>;
  if (!metrics) return null;
  const b = metrics.betweenness;
  return (
    <p className="muted" data-testid="metrics-info" data-betweenness={b.mode}>
      {b.mode === "exact"
        ? t("analytics.betweenness.exact")
        : t("analytics.betweenness.sampled", { samples: b.samples, error: b.expectedError.toFixed(4) })}
      {b.mode === "sampled" && (
        <>
          {/* The space stays outside the button: inside it, copied or read-out text runs the words together. */}
          {" "}
          <button type="button" className="link" onClick={() => ensureMetrics("exact")}>{t("analytics.betweenness.runExact")}</button>
        </>
      )}
      {" · "}
      {t("analytics.communities", { count: metrics.communities })}
      {egoTop !== null && <span data-testid="metrics-scope"> ({t("summary.scope.egoShort", { top: egoTop })})</span>}
    </p>
  );
}

function ChartsTab() {
  const metrics = useAtlas(currentMetrics);
  const ranking = useRanking();
  const matrix = useDerived((d, s) => d.visibleMatrix(s));
  // The division bars are the matrix the map draws (the nation's in summary mode); degrees and
  // scores are computed on the graph, which a summary holds only the ego networks of.
  return (
    <div className="charts">
      <EgoScoped testId="charts-scope">
        {metrics && <DegreeChart metrics={metrics.companies} />}
        {ranking && <ScoreChart scores={ranking.ranked} />}
      </EgoScoped>
      {matrix && <DivisionFlowBars matrix={matrix} />}
    </div>
  );
}

/** Metrics, the super-regional ranking, division profiles and resilience, in one drawer. */
export function AnalyticsPanel() {
  const s = useActions();
  const t = useT();
  const open = useAtlas((s) => s.analyticsOpen);
  const tab = useAtlas((s) => s.analyticsTab);
  const graphVersion = useAtlas((s) => s.graphVersion);
  const vintage = useAtlas(scaleOf);
  const inSummary = useAtlas((s) => s.summary !== null);
  useEffect(() => {
    // Metrics follow the shown graph and vintage while the drawer is open.
    if (open) s.ensureMetrics();
  }, [s, open, graphVersion, vintage]);
  if (!open) return null;
  return (
    <section className="analytics" role="dialog" aria-modal="false" aria-labelledby="analytics-title" data-testid="analytics">
      <header>
        <h2 id="analytics-title">{t("analytics.title")}</h2>
        <button type="button" className="close" aria-label={t("panel.close")} onClick={() => s.setAnalyticsOpen(false)}>×</button>
      </header>
      <TabList tabs={TABS} current={tab} onChange={(k) => s.setAnalyticsTab(k)} label={(k) => t(`analytics.tab.${k}` as MessageKey)} idBase="analytics" testIdBase="analytics-tab" />
      <MetricsStatusLine />
      {/* Focusable: it scrolls, and a keyboard must be able to scroll it. */}
      <div className="analytics-body" role="tabpanel" tabIndex={0} id={tabPanelId("analytics")} aria-labelledby={tabId("analytics", tab)}>
        {tab === "ranking" && (inSummary ? <SummaryRankingTab /> : <RankingTab />)}
        {tab === "division" && <DivisionTab />}
        {tab === "resilience" && <ResilienceTab />}
        {tab === "charts" && <ChartsTab />}
      </div>
    </section>
  );
}
