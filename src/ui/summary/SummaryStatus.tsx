import { summaryFilterGaps } from "../../graph/summary/flows.ts";
import { summaryReading } from "../../graph/summary/columns.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import "./summary.css";

/** What stands behind a summary's numbers, in the status line: rows read, rows kept, companies with full links. */
export function SummaryStatus() {
  const t = useT();
  const manifest = useAtlas((s) => s.summary?.manifest);
  const companies = useAtlas((s) => (s.summary && summaryReading(s.summary) ? s.summary.manifest.rows.companies : (s.summary?.companies.count ?? 0)));
  const reading = useAtlas((s) => (s.summary?.egoPending ? "ego" : s.summary?.pending ? "companies" : null));
  const error = useAtlas((s) => s.summaryError);
  const gaps = useAtlas((s) => summaryFilterGaps(s.filter).length > 0);
  if (!manifest) return null;
  const { rows, ego } = manifest;
  const text = t("summary.status", { links: rows.links, linksRead: rows.linksRead, companies, companiesRead: rows.companiesRead, ego: ego.companies, top: ego.topK, focus: ego.focus.length });
  return (
    <>
      <span className="summary-status" title={text} data-testid="summary-status" data-links={rows.links} data-links-read={rows.linksRead} data-companies={companies} data-ego={ego.companies}>
        {text}
      </span>
      {reading && !error && (
        <span className="summary-status muted" role="status" data-testid="summary-reading" data-reading={reading}>
          {reading === "ego" ? t("summary.readingEgo", { count: ego.companies }) : t("summary.readingCompanies", { count: companies })}
        </span>
      )}
      {error && <span className="summary-status" role="alert">{t("summary.tableError", { message: error })}</span>}
      {gaps && <span className="summary-status muted" title={t("summary.filterGaps")} data-testid="summary-filter-gaps">{t("summary.filterGaps")}</span>}
    </>
  );
}

/** Says what choosing a company of the summary did: drawn with its network, or not drawable (its national numbers are in the company panel). */
export function SummaryPickNotice() {
  const t = useT();
  const pick = useAtlas((s) => s.summaryPick);
  const actions = useActions();
  if (!pick) return null;
  return (
    <div className={`summary-pick${pick.inBundle ? "" : " notice"}`} role="status" data-testid="summary-pick" data-id={pick.id} data-in-bundle={pick.inBundle}>
      <span className="summary-pick-text">{t(pick.inBundle ? "summary.pick.inBundle" : "summary.pick.notInBundle", { name: pick.name })}</span>
      <button type="button" className="close" aria-label={t("summary.pick.close")} onClick={() => actions.setSummaryPick(null)}>×</button>
    </div>
  );
}
