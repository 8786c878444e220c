import { useMemo } from "react";
import { divisionProfile } from "../../graph/profiles/index.ts";
import type { PartnerDivision } from "../../graph/profiles/index.ts";
import { divisionLabel } from "../../regions/divisions.ts";
import { formatPercent } from "../../i18n/index.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { DivisionSelect } from "./DivisionSelect.tsx";

function Partners({ title, rows }: { title: string; rows: PartnerDivision[] }) {
  const lang = useAtlas((s) => s.lang);
  return (
    <div>
      <h3>{title}</h3>
      <ol>
        {rows.slice(0, 5).map((p) => (
          <li key={p.division}>
            {divisionLabel(p.division, lang)} · {p.count.toLocaleString()} ({formatPercent(lang, p.countShare)})
          </li>
        ))}
      </ol>
    </div>
  );
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
              {t("profile.dependence", { share: formatPercent(lang, conc.share), division: divisionLabel(conc.largest, lang), hhi: conc.hhi.toFixed(2) })}
            </p>
          )}
          <div className="two-col">
            <Partners title={t("profile.topIn")} rows={profile.suppliers} />
            <Partners title={t("profile.topOut")} rows={profile.buyers} />
          </div>
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
