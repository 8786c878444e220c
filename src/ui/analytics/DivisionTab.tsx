import { useId, useMemo, useState } from "react";
import { divisionProfile, groupShare } from "../../graph/profiles/index.ts";
import type { DivisionProfile, PartnerDivision } from "../../graph/profiles/index.ts";
import type { DivisionCode } from "../../model/types.ts";
import { divisionLabel, getDivision } from "../../regions/divisions.ts";
import { formatNumber, formatPercent } from "../../i18n/index.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { DivisionSelect } from "./DivisionSelect.tsx";

const SHOWN_PARTNERS = 5;

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
              <th scope="row">{divisionLabel(p.division, lang)}</th>
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
function CapitalShare({ profile }: { profile: DivisionProfile }) {
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

export function DivisionTab() {
  const t = useT();
  const actions = useActions();
  const lang = useAtlas((s) => s.lang);
  const graph = useAtlas((s) => s.graph);
  const vintage = useAtlas((s) => s.vintage);
  const chosen = useAtlas((s) => s.profileDivision ?? s.selectedDivisions[0] ?? null);
  const profile = useMemo(() => {
    if (!graph || !chosen) return null;
    try {
      return divisionProfile(graph, chosen, vintage);
    } catch {
      // A division of the other vintage (KR-GJN after switching back): ask again.
      return null;
    }
  }, [graph, chosen, vintage]);
  const conc = profile?.concentration.count;
  return (
    <div className="profile" data-testid="division-profile">
      <DivisionSelect label={t("profile.choose")} value={chosen} onChange={(d) => actions.setProfileDivision(d)} testId="profile-division" />
      {!profile ? (
        <p>{t("profile.none")}</p>
      ) : (
        <>
          {conc && (
            <p data-testid="profile-dependence" data-share={conc.share.toFixed(4)} data-hhi={conc.hhi.toFixed(4)}>
              {t("profile.dependence", { share: formatPercent(lang, conc.share, 1), division: divisionLabel(conc.largest, lang), hhi: conc.hhi.toFixed(2) })}
            </p>
          )}
          <CapitalShare profile={profile} />
          <Partners title={t("profile.topIn")} rows={profile.suppliers} side="in" />
          <Partners title={t("profile.topOut")} rows={profile.buyers} side="out" />
          <h3>{t("profile.companies")}</h3>
          <table className="data" data-testid="profile-companies">
            <thead>
              <tr>
                <th scope="col">{t("profile.company")}</th>
                <th scope="col" className="num">{t("profile.crossLinks")}</th>
                <th scope="col" className="num">{t("profile.crossPartners")}</th>
              </tr>
            </thead>
            <tbody>
              {profile.companies.slice(0, 15).map((c) => (
                <tr key={c.id}>
                  <td>
                    {/* A button, so Enter and Space select the company as a click does. */}
                    <button type="button" className="link" onClick={() => actions.select(c.id)}>{c.name}</button>
                  </td>
                  <td className="num">{c.crossLinks.toLocaleString()}</td>
                  <td className="num">{c.crossPartners.toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
