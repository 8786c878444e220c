import { regionLabel } from "../../regions/units.ts";
import { scaleOf } from "../../state/regionScale.ts";
import { useMemo } from "react";
import { removalImpact } from "../../graph/resilience/removalImpact.ts";
import type { FlowChange } from "../../graph/resilience/flowChanges.ts";
import { stringAt, type SummaryData } from "../../graph/summary/columns.ts";
import { companyPartsApply } from "../../graph/summary/flows.ts";
import { useActions, useAtlas, useDerived } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { DivisionSelect } from "./DivisionSelect.tsx";

type T = ReturnType<typeof useT>;
type Lang = "ko" | "en";

/** Changed division flows: the first few in a line, every one in a table that can be checked row by row. */
function FlowChanges({ flows, t, lang }: { flows: readonly FlowChange[]; t: T; lang: Lang }) {
  return (
    <li data-testid="whatif-flows" data-count={flows.length}>
      {t("whatif.flows", { count: flows.length })}
      {flows.length > 0 &&
        `: ${flows
          .slice(0, 4)
          .map((f) => `${regionLabel(f.from, lang)}→${regionLabel(f.to, lang)} ${f.before.count.toLocaleString()}→${f.after.count.toLocaleString()}`)
          .join(", ")}`}
      {flows.length > 4 && (
        <details data-testid="whatif-flows-all">
          <summary>{t("whatif.showAll", { count: flows.length })}</summary>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t("whatif.flowFrom")}</th>
                <th scope="col">{t("whatif.flowTo")}</th>
                <th scope="col">{t("whatif.linksBefore")}</th>
                <th scope="col">{t("whatif.linksAfter")}</th>
              </tr>
            </thead>
            <tbody>
              {flows.map((f) => (
                <tr key={`${f.from}>${f.to}`} data-testid="whatif-flow-row">
                  <td>{regionLabel(f.from, lang)}</td>
                  <td>{regionLabel(f.to, lang)}</td>
                  <td className="num">{f.before.count.toLocaleString()}</td>
                  <td className="num">{f.after.count.toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </li>
  );
}

/** Stranded companies: a count, the first few names, all of them on request. */
function Stranded({ count, names, lowerBound, t }: { count: number; names: readonly string[]; lowerBound: boolean; t: T }) {
  return (
    <li data-testid="whatif-stranded" data-count={count} data-exact={lowerBound ? "false" : "true"}>
      {t(lowerBound ? "whatif.orphansAtLeast" : "whatif.orphans", { count })}
      {names.length > 0 && `: ${names.slice(0, 6).join(", ")}`}
      {names.length > 6 && (
        <details data-testid="whatif-stranded-all">
          <summary>{t(names.length < count ? "whatif.showFirst" : "whatif.showAll", { count: names.length })}</summary>
          <ul className="plain">
            {names.map((name, i) => (
              <li key={i}>{name}</li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/** The full data's what-if: the graph holds every link, so it answers here. */
function GraphImpact() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const graph = useAtlas((s) => s.graph);
  const vintage = useAtlas(scaleOf);
  const removal = useAtlas((s) => s.removal);
  const impact = useMemo(() => {
    if (!graph || !removal) return null;
    try {
      return removalImpact(graph, removal, vintage);
    } catch {
      // A division of another vintage: nothing to report until a new removal is chosen.
      return null;
    }
  }, [graph, removal, vintage]);
  if (!removal || !impact) return null;
  const name = (id: string) => (graph?.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  return (
    <div data-testid="whatif-impact">
      <p>{t("whatif.active", { what: removal.division ? regionLabel(removal.division, lang, "full") : removal.companies.map(name).join(", ") })}</p>
      <ul>
        <li data-testid="whatif-links-lost" data-count={impact.linksLost.count}>{t("whatif.linksLost", { count: impact.linksLost.count })}</li>
        <Stranded count={impact.stranded.length} names={impact.stranded.map((c) => name(c.id))} lowerBound={false} t={t} />
        <FlowChanges flows={impact.flows} t={t} lang={lang} />
      </ul>
    </div>
  );
}

const nameOf = (summary: SummaryData, row: number) => stringAt(summary.companies.text.name, row) || stringAt(summary.companies.text.id, row);

/**
 * Summary mode: the nation's what-if. The flows change at once for a division (the bundle's
 * flows say it all) and when the summary worker answers for a company; stranded companies and
 * the ranking after come from the worker, which reads the bundle's national tables.
 */
function NationalImpact() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const summary = useAtlas((s) => s.summary);
  const removal = useAtlas((s) => s.removal);
  const filter = useAtlas((s) => s.filter);
  const answer = useAtlas((s) => (s.summaryImpact && s.summaryImpact.removal === s.removal && s.summaryImpact.vintage === s.vintage ? s.summaryImpact : null));
  const change = useDerived((d, s) => d.summaryChange(s));
  const companyNames = useCompanyNames(removal?.companies ?? []);
  if (!summary || !removal) return null;
  const impact = answer?.impact ?? null;
  const total = summary.manifest.rows.links;
  return (
    <div data-testid="whatif-impact" data-scope="nation" aria-busy={impact === null && !answer?.error}>
      <p>{t("whatif.active", { what: removal.division ? regionLabel(removal.division, lang, "full") : companyNames.join(", ") })}</p>
      <p className="muted" data-testid="whatif-scope">{t("whatif.national", { total })}</p>
      {answer?.error ? (
        <p role="alert" data-testid="whatif-unavailable">{t("whatif.nationalMissing")}</p>
      ) : (
        <ul>
          {/* A company's links leave the flows once the worker has said what they were. */}
          {(impact || (change && removal.division)) && (
            <li data-testid="whatif-links-lost" data-count={impact?.linksLost ?? change!.linksLost}>
              {t("whatif.linksLost", { count: impact?.linksLost ?? change!.linksLost })}
            </li>
          )}
          {impact ? (
            <Stranded count={impact.stranded.count} names={impact.stranded.rows.map((row) => nameOf(summary, row))} lowerBound={!impact.stranded.exact} t={t} />
          ) : (
            <li className="muted" data-testid="whatif-pending">{t("whatif.nationalPending")}</li>
          )}
          {change && (removal.division || impact) && <FlowChanges flows={change.flows} t={t} lang={lang} />}
        </ul>
      )}
      {impact && removal.companies.length > 0 && !companyPartsApply(filter) && <p className="muted" data-testid="whatif-years">{t("whatif.yearsNote")}</p>}
      {impact && (
        <>
          <h4>{t("whatif.rankingAfter", { count: impact.ranking.top.length })}</h4>
          {!impact.ranking.partnersAdjusted && <p className="muted" data-testid="whatif-partners-note">{t("whatif.partnersNote")}</p>}
          <table className="data" data-testid="whatif-ranking">
            <thead>
              <tr>
                <th scope="col">{t("whatif.rankAfter")}</th>
                <th scope="col">{t("whatif.rankCompany")}</th>
                <th scope="col">{t("whatif.rankBefore")}</th>
              </tr>
            </thead>
            <tbody>
              {impact.ranking.top.map((m) => (
                <tr key={m.row} data-testid="whatif-rank-row" data-rank={m.rank} data-before={m.before}>
                  <td className="num">{m.rank.toLocaleString()}</td>
                  <td>{nameOf(summary, m.row)}</td>
                  <td className="num">{m.before.toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

/** Names of companies chosen by id: the graph's label when it holds them, else the id. */
function useCompanyNames(ids: readonly string[]): string[] {
  const graph = useAtlas((s) => s.graph);
  const pick = useAtlas((s) => s.summaryPick);
  return ids.map((id) => (graph?.hasNode(id) ? graph.getNodeAttribute(id, "label") : pick?.id === id ? pick.name : id) || id);
}

export function WhatIf() {
  const s = useActions();
  const t = useT();
  const selected = useAtlas((s) => s.selected);
  const pick = useAtlas((s) => s.summaryPick);
  const summaryMode = useAtlas((s) => s.summary !== null);
  const removal = useAtlas((s) => s.removal);
  const profileDivision = useAtlas((s) => s.profileDivision);
  // In summary mode a company of the national table can be removed even when its links are not in the bundle.
  const target = selected ?? (summaryMode ? (pick?.id ?? null) : null);
  return (
    <div className="whatif" data-testid="whatif">
      <h3>{t("whatif.title")}</h3>
      <div className="actions">
        <button type="button" disabled={!target} data-testid="whatif-remove-company" onClick={() => target && s.setRemoval({ companies: [target], division: null })}>
          {t("whatif.company")}
        </button>
        <DivisionSelect label={t("whatif.division")} value={profileDivision} onChange={(d) => s.setProfileDivision(d)} testId="whatif-division" />
        <button type="button" disabled={!profileDivision} data-testid="whatif-remove-division" onClick={() => profileDivision && s.setRemoval({ companies: [], division: profileDivision })}>
          {t("whatif.division")}
        </button>
        <button type="button" disabled={!removal} data-testid="whatif-undo" onClick={() => s.setRemoval(null)}>
          {t("whatif.undo")}
        </button>
      </div>
      {!target && !removal && <p className="muted">{t("whatif.pick")}</p>}
      {summaryMode ? <NationalImpact /> : <GraphImpact />}
    </div>
  );
}
