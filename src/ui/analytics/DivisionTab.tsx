import { regionLabel } from "../../regions/units.ts";
import { scaleOf } from "../../state/regionScale.ts";
import { useId, useMemo, useState, type ReactNode } from "react";
import { divisionProfile, profileOfMatrix } from "../../graph/profiles/divisionProfile.ts";
import { groupShare } from "../../graph/profiles/groupShare.ts";
import type { DivisionCompany, PartnerDivision } from "../../graph/profiles/types.ts";
import type { DivisionFlowsProfile } from "../../graph/profiles/divisionProfile.ts";
import { isEmptyFilter } from "../../graph/filters/types.ts";
import { summaryFilterGaps } from "../../graph/summary/flows.ts";
import type { DivisionCode } from "../../model/types.ts";
import { getDivision } from "../../regions/divisions.ts";
import { formatNumber, formatPercent } from "../../i18n/index.ts";
import { useActions, useApp, useAtlas, useDerived } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { DivisionSelect } from "./DivisionSelect.tsx";
import { useSummaryAnswer } from "../summary/useSummaryAnswer.ts";

const SHOWN_PARTNERS = 5;
const SHOWN_COMPANIES = 15;

/** Partner divisions with exact counts and amounts and their shares, so a share is never only a rounded percent. */
function Partners({ title, rows, side }: { title: string; rows: PartnerDivision[]; side: "in" | "out" }) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const [all, setAll] = useState(false);
  const titleId = useId();
  const shown = all ? rows : rows.slice(0, SHOWN_PARTNERS);
  return (
    <div>
      <h3 id={titleId}>{title}</h3>
      <table className="data compact" data-testid={`profile-partners-${side}`} aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">{t("profile.division")}</th>
            <th scope="col" className="num">{t("profile.links")}</th>
            <th scope="col" className="num">{t("profile.amount")}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.division} data-division={p.division} data-count={p.count} data-count-share={p.countShare.toFixed(6)} data-weight={p.weight}>
              <th scope="row">{regionLabel(p.division, lang)}</th>
              <td className="num">
                {formatNumber(lang, p.count)} <span className="muted">({formatPercent(lang, p.countShare, 1)})</span>
              </td>
              <td className="num">
                {formatNumber(lang, Math.round(p.weight))} <span className="muted">({formatPercent(lang, p.weightShare, 1)})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN_PARTNERS ? (
        <button type="button" className="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t("profile.fewer") : t("profile.all", { count: rows.length })}
        </button>
      ) : null}
    </div>
  );
}

const inCapital = (division: DivisionCode) => getDivision(division)?.capitalRegion === true;

/** "From the capital region: N links (x%)": the group share a planner would otherwise add up by hand. */
function CapitalShare({ profile }: { profile: DivisionFlowsProfile }) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const line = (side: "in" | "out") => {
    const g = groupShare(side === "in" ? profile.suppliers : profile.buyers, inCapital);
    return (
      <li data-testid={`profile-capital-${side}`} data-count={g.count} data-count-share={g.countShare.toFixed(6)}>
        {t(side === "in" ? "profile.capitalIn" : "profile.capitalOut", {
          count: g.count,
          share: formatPercent(lang, g.countShare, 1),
          amount: formatNumber(lang, Math.round(g.weight)),
          amountShare: formatPercent(lang, g.weightShare, 1),
        })}
      </li>
    );
  };
  // The capital region's own divisions trade with it inside: the question is for the others.
  if (inCapital(profile.division)) return null;
  return <ul className="profile-groups">{line("in")}{line("out")}</ul>;
}

/** The division-level figures and the companies table: the same view for a graph's profile and a summary's national one. */
function ProfileView({ profile, companies }: { profile: DivisionFlowsProfile; companies: ReactNode }) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const conc = profile.concentration.count;
  return (
    <>
      {conc && (
        <p data-testid="profile-dependence" data-share={conc.share.toFixed(4)} data-hhi={conc.hhi.toFixed(4)} data-largest={conc.largest}>
          {t("profile.dependence", { share: formatPercent(lang, conc.share, 1), division: regionLabel(conc.largest, lang), hhi: conc.hhi.toFixed(2) })}
        </p>
      )}
      <CapitalShare profile={profile} />
      <Partners title={t("profile.topIn")} rows={profile.suppliers} side="in" />
      <Partners title={t("profile.topOut")} rows={profile.buyers} side="out" />
      {companies}
    </>
  );
}

type CompanyRow = Pick<DivisionCompany, "id" | "name" | "crossLinks" | "crossPartners">;

function CompanyTable({ rows, onChoose, national }: { rows: readonly CompanyRow[]; onChoose: (index: number) => void; national?: boolean }) {
  const t = useT();
  return (
    <table className="data" data-testid="profile-companies" data-scope={national ? "national" : undefined}>
      <thead>
        <tr>
          <th scope="col">{t("profile.company")}</th>
          <th scope="col" className="num">{t("profile.crossLinks")}</th>
          <th scope="col" className="num">{t("profile.crossPartners")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c, i) => (
          <tr key={c.id} data-id={c.id} data-cross-links={c.crossLinks} data-cross-partners={c.crossPartners}>
            <td>
              {/* A button, so Enter and Space select the company as a click does. */}
              <button type="button" className="link" onClick={() => onChoose(i)}>{c.name}</button>
            </td>
            <td className="num">{c.crossLinks.toLocaleString()}</td>
            <td className="num">{c.crossPartners.toLocaleString()}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Summary mode: the division's figures from the nation's flows (the matrix the map draws, under
 * the vintage and the filters), its companies from the national company table in the worker.
 */
function SummaryDivisionProfile({ division }: { division: DivisionCode }) {
  const t = useT();
  const app = useApp();
  const vintage = useAtlas(scaleOf);
  const summary = useAtlas((s) => s.summary);
  const filtered = useAtlas((s) => !isEmptyFilter(s.filter));
  const gaps = useAtlas((s) => summaryFilterGaps(s.filter).length > 0);
  const matrix = useDerived((d, s) => d.visibleMatrix(s));
  const profile = useMemo(() => {
    if (!matrix) return null;
    try {
      return profileOfMatrix(matrix, division, vintage);
    } catch {
      return null;
    }
  }, [matrix, division, vintage]);
  const answer = useSummaryAnswer(summary ? (port) => port.divisionCompanies(division, vintage, SHOWN_COMPANIES) : null, [summary, division, vintage]);
  const current = answer.current ? answer : null;
  if (!profile || !matrix) return <p>{t("profile.none")}</p>;
  const result = current?.result ?? null;
  const companies = (
    <>
      <h3 data-testid="profile-companies-title" data-companies={result?.companies ?? ""}>
        {result ? t("summary.profile.companies", { count: result.companies }) : t("profile.companies")}
      </h3>
      {current?.error ? (
        <p className="notice error" role="alert">{t("summary.company.error", { message: current.error })}</p>
      ) : result ? (
        <>
          {filtered && <p className="muted">{t("summary.profile.companiesUnfiltered")}</p>}
          <CompanyTable rows={result.top} national onChoose={(i) => app.summary.choose(result.top[i]!.row)} />
        </>
      ) : (
        <p className="muted" role="status" data-testid="profile-companies-pending">{t("summary.profile.companiesPending")}</p>
      )}
    </>
  );
  return (
    <>
      <p className="muted" data-testid="profile-scope" data-scope="national" data-links={matrix.links}>
        {t("summary.scope.national", { links: matrix.links })}
        {gaps && ` ${t("summary.scope.filterGaps")}`}
      </p>
      <ProfileView profile={profile} companies={companies} />
    </>
  );
}

/** A loaded graph's profile: every number from its links. */
function GraphDivisionProfile({ division }: { division: DivisionCode }) {
  const t = useT();
  const actions = useActions();
  const graph = useAtlas((s) => s.graph);
  const vintage = useAtlas(scaleOf);
  const profile = useMemo(() => {
    if (!graph) return null;
    try {
      return divisionProfile(graph, division, vintage);
    } catch {
      // A division of the other vintage (KR-GJN after switching back): ask again.
      return null;
    }
  }, [graph, division, vintage]);
  if (!profile) return <p>{t("profile.none")}</p>;
  const rows = profile.companies.slice(0, SHOWN_COMPANIES);
  return (
    <ProfileView
      profile={profile}
      companies={
        <>
          <h3>{t("profile.companies")}</h3>
          <CompanyTable rows={rows} onChoose={(i) => actions.select(rows[i]!.id)} />
        </>
      }
    />
  );
}

export function DivisionTab() {
  const t = useT();
  const actions = useActions();
  const inSummary = useAtlas((s) => s.summary !== null);
  const chosen = useAtlas((s) => s.profileDivision ?? s.selectedDivisions[0] ?? null);
  return (
    <div className="profile" data-testid="division-profile" data-scope={inSummary ? "national" : undefined}>
      <DivisionSelect label={t("profile.choose")} value={chosen} onChange={(d) => actions.setProfileDivision(d)} testId="profile-division" />
      {!chosen ? <p>{t("profile.none")}</p> : inSummary ? <SummaryDivisionProfile division={chosen} /> : <GraphDivisionProfile division={chosen} />}
    </div>
  );
}
