// A company of the summary whose links the bundle does not carry: it cannot be drawn, but the
// national company table has its numbers, and those are what a planner asked for. Shown where
// the company panel stands for a company on the map.
import { regionLabel } from "../../regions/units.ts";
import { formatCompact, formatExact } from "../../i18n/compactNumber.ts";
import type { MessageKey } from "../../i18n/index.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useSummaryAnswer } from "./useSummaryAnswer.ts";
import { useT } from "../useT.ts";

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  const lang = useAtlas((s) => s.lang);
  // Korean reads large numbers in 만 and 억; the exact figure stays in the title and for readers.
  return (
    <>
      <dt>{label}</dt>
      <dd className="num" data-testid={testId} data-value={value} title={formatExact(lang, value)}>
        {formatCompact(lang, value)}
      </dd>
    </>
  );
}

export function SummaryCompanyPanel() {
  const t = useT();
  const actions = useActions();
  const lang = useAtlas((s) => s.lang);
  const pick = useAtlas((s) => (s.summaryPick && !s.summaryPick.inBundle ? s.summaryPick : null));
  const summary = useAtlas((s) => s.summary);
  const vintage = useAtlas((s) => s.vintage);
  const weights = useAtlas((s) => s.rankingWeights);
  const row = pick?.row ?? null;
  const answer = useSummaryAnswer(row !== null && summary ? (port) => port.company(row, vintage, weights) : null, [summary, row, vintage, weights]);
  if (!pick || !summary) return null;
  const current = answer.current ? answer : null;
  const f = current?.result ?? null;
  const name = lang === "en" && f?.nameEn ? f.nameEn : pick.name;
  const tier = f?.tier === "super-regional" || f?.tier === "regional-innovation" ? t(`tier.${f.tier}` as MessageKey) : f?.tier;
  return (
    <aside className="panel" aria-label={name} data-testid="summary-company-panel" data-id={pick.id} data-scope="national">
      <header>
        <h3>{name}</h3>
        {lang === "ko" && f?.nameEn && <div className="muted">{f.nameEn}</div>}
        <button type="button" className="close" aria-label={t("panel.close")} onClick={() => actions.setSummaryPick(null)}>
          ×
        </button>
      </header>
      <p data-testid="summary-company-note">{t("summary.company.note", { name })}</p>
      {current?.error ? (
        <p className="notice error" role="alert">{t("summary.company.error", { message: current.error })}</p>
      ) : !f ? (
        <p className="muted" role="status" data-testid="summary-company-pending">{t("summary.company.pending")}</p>
      ) : (
        <dl className="summary-figures" data-testid="summary-company-figures">
          <dt>{t("panel.division")}</dt>
          <dd>{regionLabel(f.division, lang, "full")}</dd>
          {tier && (
            <>
              <dt>{t("panel.tier")}</dt>
              <dd>{tier}</dd>
            </>
          )}
          <dt>{t("table.col.score")}</dt>
          <dd className="num" data-testid="summary-company-score" data-value={f.score}>{f.score.toFixed(3)}</dd>
          <dt>{t("summary.company.rank")}</dt>
          <dd data-testid="summary-company-rank" data-rank={f.rank} data-companies={f.companies}>{t("summary.company.rankOf", { rank: f.rank, companies: f.companies })}</dd>
          <Figure label={t("table.col.degree")} value={f.degree} testId="summary-company-degree" />
          <dt>{t("table.col.linksIn")} · {t("table.col.linksOut")}</dt>
          <dd data-testid="summary-company-in-out" data-in={f.inDegree} data-out={f.outDegree}>{t("panel.linksInOut", { in: f.inDegree, out: f.outDegree })}</dd>
          <Figure label={t("table.col.crossLinks")} value={f.crossLinks} testId="summary-company-cross-links" />
          <Figure label={t("table.col.crossPartners")} value={f.crossPartners} testId="summary-company-cross-partners" />
          <Figure label={t("table.col.partnerDivisions")} value={f.partnerDivisions} testId="summary-company-partner-divisions" />
          <Figure label={t("table.col.weightedDegree")} value={f.weightedDegree} testId="summary-company-amount" />
          <Figure label={t("table.col.crossWeight")} value={f.crossWeight} testId="summary-company-cross-amount" />
        </dl>
      )}
    </aside>
  );
}
