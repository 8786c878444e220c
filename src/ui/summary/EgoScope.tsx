// What a panel's figures cover in summary mode, said in one place. The graph then holds only the
// ego networks of the top companies: a figure computed on it is about those networks, not the
// nation, and must say so where it is read. Figures from the summary's flows or company table
// are national and say that instead. A panel that moves from the ego networks to a national
// table drops its <EgoScoped> wrapper and nothing else changes.
import type { ReactNode } from "react";
import { stringAt, type SummaryData } from "../../graph/summary/columns.ts";
import { useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import "./summary.css";

/** The sentence that heads figures computed on the ego networks; null outside summary mode. */
export function useEgoScopeText(): string | null {
  const t = useT();
  const manifest = useAtlas((s) => s.summary?.manifest);
  if (!manifest) return null;
  const { ego, rows } = manifest;
  return t("summary.scope.ego", { top: ego.topK, focus: ego.focus.length, links: ego.links, total: rows.links });
}

/**
 * Figures computed on `store.graph`: outside summary mode they are the whole loaded network and
 * are shown as they are; in summary mode they are framed, under a line saying they cover only
 * the ego networks.
 */
export function EgoScoped({ testId, children }: { testId: string; children: ReactNode }) {
  const text = useEgoScopeText();
  if (text === null) return <>{children}</>;
  return (
    <div className="ego-scoped" data-testid={testId} data-scope="ego">
      <p className="ego-scope" data-testid={`${testId}-note`}>{text}</p>
      {children}
    </div>
  );
}

const egoIds = new WeakMap<SummaryData, ReadonlySet<string>>();

/**
 * The companies whose every link the bundle holds: the top of the ranking (the company table's
 * first rows, in ranking order) and those named with --focus. Their partners are in the graph
 * with only their links to these. Null while the company table is still being read.
 */
export function egoCompanies(summary: SummaryData): ReadonlySet<string> | null {
  if (summary.pending) return null;
  let ids = egoIds.get(summary);
  if (!ids) {
    const set = new Set<string>(summary.manifest.ego.focus);
    const top = Math.min(summary.manifest.ego.topK, summary.companies.count);
    for (let i = 0; i < top; i++) set.add(stringAt(summary.companies.text.id, i));
    egoIds.set(summary, (ids = set));
  }
  return ids;
}

/**
 * A company's links as the company panel counts them from the graph: in summary mode complete
 * for a company whose ego network the bundle carries, only its links with those companies for
 * any other; said above them either way.
 */
export function CompanyLinksScope({ id, name }: { id: string; name: string }) {
  const t = useT();
  const summary = useAtlas((s) => s.summary);
  const scope = useEgoScopeText();
  if (!summary || scope === null) return null;
  const complete = egoCompanies(summary)?.has(id) ?? false;
  return (
    <p className="ego-scope" data-testid="company-links-scope" data-scope={complete ? "complete" : "ego"}>
      {complete ? t("summary.scope.companyComplete", { name }) : t("summary.scope.companyPartial", { name, top: summary.manifest.ego.topK })}
    </p>
  );
}
