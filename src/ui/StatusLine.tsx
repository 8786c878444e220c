import { scaleOf } from "../state/regionScale.ts";
import { summaryReading } from "../graph/summary/columns.ts";
import { SAMPLE_LABEL } from "../model/types.ts";
import { useAtlas, useDerived } from "./useAtlas.ts";
import { linksPending, linksReading } from "../state/loadStage.ts";
import { SummaryPickNotice, SummaryStatus } from "./summary/SummaryStatus.tsx";
import { useT } from "./useT.ts";
import { IllustrativeBanner } from "./notices/IllustrativeBanner.tsx";

export function StatusLine() {
  const t = useT();
  const graph = useAtlas((s) => s.graph);
  const label = useAtlas((s) => s.dataset?.label);
  // What the map draws: a lit chain or path, else the kept links the division selection passes
  // (counted from the matrix, cross-division ones under the vintage), by the map's own rule.
  const counts = useDerived((d, s) => d.shownCounts(s));
  // Summary mode counts the nation (the summary's companies and links), not the ego networks drawn.
  // While its company table is still being read, the manifest says how many companies there are.
  const summaryCompanies = useAtlas((s) => (s.summary ? (summaryReading(s.summary) ? s.summary.manifest.rows.companies : s.summary.companies.count) : undefined));
  // A national what-if takes its lost links off the nation's total, as the map takes them off its flows.
  // The worker's count once it has answered (it also knows links with an unplaced end, which no flow holds).
  const answered = useAtlas((s) => (s.summaryImpact?.removal === s.removal ? (s.summaryImpact?.impact?.linksLost ?? null) : null));
  const matrixLost = useDerived((d, s) => d.summaryChange(s)?.linksLost ?? 0);
  const lostLinks = answered ?? matrixLost;
  const summaryLinks = useAtlas((s) => s.summary?.manifest.rows.links);
  const removedCompanies = useAtlas((s) => (s.summaryImpact?.removal === s.removal ? (s.summaryImpact?.impact?.removed ?? 0) : 0));
  // While a big network's links are built its graph holds none; the worker's flows count them all.
  const pendingLinks = useDerived((d, s) => (linksPending(s.loadStage) && s.graph ? d.flowMatrix(s.graph, scaleOf(s)).links : undefined));
  // A very big network's companies are on the map while its links are still read: nothing to count yet.
  const reading = useAtlas((s) => linksReading(s.loadStage));
  const sight = useAtlas((s) => s.linksInSight);
  // A footer is the page's contentinfo and may not take another role: the live part is inside it.
  if (!graph || !counts) return <footer className="status"><span role="status" /></footer>;
  const companies = counts.lit ? counts.companies : summaryCompanies !== undefined ? summaryCompanies - removedCompanies : counts.companies;
  const { links, cross, lit } = counts;
  const total = summaryLinks !== undefined ? summaryLinks - lostLinks : (pendingLinks ?? graph.size);
  return (
    <footer className="status" data-testid="status-line">
      {reading ? (
        <span role="status" data-testid="status-counts" data-companies={companies} data-reading="true">
          {t("status.reading", { companies })}
        </span>
      ) : (
        <span role="status" data-testid="status-counts" data-companies={companies} data-links={links} data-total-links={total} data-cross={cross} data-lit={lit ?? ""}>
          {t(lit === "chain" ? "status.chain" : lit === "path" ? "status.path" : "status.line", { companies, links, total, cross })}
        </span>
      )}
      {sight && sight.drawn < sight.inSight && (
        <span className="status-sight" data-testid="status-in-sight" data-drawn={sight.drawn} data-in-sight={sight.inSight}>
          {t("status.inSight", { drawn: sight.drawn, inSight: sight.inSight })}
        </span>
      )}
      <SummaryStatus />
      <SummaryPickNotice />
      {label && <span className="status-dataset">{t("status.dataset", { label: label === SAMPLE_LABEL ? t("sample.label") : label })}</span>}
      <IllustrativeBanner />
    </footer>
  );
}
