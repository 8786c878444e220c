import { scaleOf } from "../../state/regionScale.ts";
import { placeOf } from "../../model/place.ts";
import { useMemo } from "react";
import { companyProfile, type PartnerRef } from "../../graph/flows/partners.ts";
import { unitOf, regionLabel } from "../../regions/units.ts";
import { formatPercent, type MessageKey } from "../../i18n/index.ts";
import { useActions, useAtlas, useDerived } from "../useAtlas.ts";
import { linksPending as lacksLinks } from "../../state/loadStage.ts";
import { useT } from "../useT.ts";
import { FocusControls } from "../map/FocusControls.tsx";
import { ChainList } from "./ChainList.tsx";
import { SummaryCompanyPanel } from "../summary/SummaryCompanyPanel.tsx";
import { CompanyLinksScope } from "../summary/EgoScope.tsx";

function PartnerList({ title, partners }: { title: string; partners: PartnerRef[] }) {
  const t = useT();
  const actions = useActions();
  if (partners.length === 0) return null;
  return (
    <div className="partner-list">
      <h4>{title}</h4>
      <ul>
        {partners.map((p) => (
          <li key={p.id}>
            <button type="button" className="link" onClick={() => actions.select(p.id)}>
              {p.name}
            </button>
            <span className="muted"> · {p.types.map((type) => t(`linkType.${type}` as MessageKey)).join(", ")}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CompanyPanel() {
  const t = useT();
  const actions = useActions();
  const lang = useAtlas((s) => s.lang);
  const graph = useAtlas((s) => s.graph);
  const selected = useAtlas((s) => s.selected);
  const vintage = useAtlas(scaleOf);
  const linksPending = useAtlas((s) => lacksLinks(s.loadStage));
  const profile = useMemo(() => (graph && selected ? companyProfile(graph, selected, vintage) : null), [graph, selected, vintage]);
  // A summary's company without links in the bundle: its national numbers instead.
  if (!profile) return <SummaryCompanyPanel />;
  const { company } = profile;
  const tierKey = company.tier === "super-regional" || company.tier === "regional-innovation" ? (`tier.${company.tier}` as const) : null;

  return (
    <aside className="panel" aria-label={company.name} data-testid="company-panel">
      <header>
        <h3>{company.name}</h3>
        {company.nameEn && <div className="muted">{company.nameEn}</div>}
        <button type="button" className="close" aria-label={t("panel.close")} onClick={() => actions.select(null)}>
          ×
        </button>
      </header>
      <dl>
        <dt>{t("panel.division")}</dt>
        <dd>{regionLabel(company.division, lang, "full")}</dd>
        {company.municipality && (
          <>
            <dt>{t("panel.municipality")}</dt>
            <dd>{company.municipality}</dd>
          </>
        )}
        {company.industry && (
          <>
            <dt>{t("panel.industry")}</dt>
            <dd>{company.industry}</dd>
          </>
        )}
        {company.tier && (
          <>
            <dt>{t("panel.tier")}</dt>
            <dd>{tierKey ? t(tierKey) : company.tier}</dd>
          </>
        )}
      </dl>
      {linksPending ? (
        // Partners counted before the links are in would all read 0.
        <p className="muted" role="status" data-testid="partners-pending">
          {t("panel.linksPending")}
        </p>
      ) : (
        <CompanyLinks profile={profile} />
      )}
    </aside>
  );
}

function CompanyLinks({ profile }: { profile: NonNullable<ReturnType<typeof companyProfile>> }) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const vintage = useAtlas(scaleOf);
  const { company } = profile;
  // While a supply chain is lit the map draws it, not this company's links: the panel lists it instead.
  const chainShown = useDerived((d, s) => d.chain(s) !== null);
  return (
    <>
      <CompanyLinksScope id={company.id} name={company.name} />
      <p data-testid="partner-share" data-share={profile.shareElsewhere.toFixed(4)} data-partners={profile.partners}>
        {t("panel.partners", {
          count: profile.partners,
          elsewhere: profile.partnersElsewhere,
          share: formatPercent(lang, profile.shareElsewhere),
        })}
      </p>
      <p className="muted">{t("panel.linksInOut", { in: profile.linksIn, out: profile.linksOut })}</p>
      <FocusControls key={company.id} id={company.id} />
      {chainShown && <ChainList />}
      {!chainShown && profile.groups.length === 0 && <p>{t("panel.none")}</p>}
      {!chainShown && profile.groups.map((group) => (
        <section key={group.division} className="partner-group">
          <h4>
            {regionLabel(group.division, lang, "short")}
            {group.division === unitOf(placeOf(company), vintage) && <span className="muted"> ({t("panel.ownDivision")})</span>}
          </h4>
          <PartnerList title={t("panel.suppliers")} partners={group.suppliers} />
          <PartnerList title={t("panel.buyers")} partners={group.buyers} />
        </section>
      ))}
    </>
  );
}
