import { regionLabel } from "../../regions/units.ts";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { ChainCompany, ChainTier } from "../../graph/paths/chainList.ts";
import type { Lang } from "../../i18n/index.ts";
import { useActions, useAtlas, useDerived } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { useEgoScopeText } from "../summary/EgoScope.tsx";

/** A company's name as the map labels it in `lang`: the English name where there is one. */
const nameIn = (lang: Lang, c: { name: string; nameEn?: string | undefined }) => (lang === "en" && c.nameEn ? c.nameEn : c.name);

const byShownName = (lang: Lang, companies: readonly ChainCompany[]): ChainCompany[] => {
  const collator = new Intl.Collator(lang);
  return [...companies].sort((a, b) => collator.compare(nameIn(lang, a), nameIn(lang, b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
};

/** Companies listed per tier before "show more": a hub's chain at three steps can hold thousands. */
export const TIER_LIST_MAX = 50;

/**
 * The supply chain the map lights, tier by tier: its companies (each selects its own panel,
 * the chain staying lit) and the links that reach each tier. Read from the same trace the map
 * draws (derived.chain), so its counts are the status line's.
 */
export function ChainList() {
  const t = useT();
  const chain = useDerived((d, s) => d.chain(s));
  const graph = useAtlas((s) => s.graph);
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas((s) => s.selected);
  const actions = useActions();
  const headingId = useId();
  // In summary mode a chain goes only as far as the ego networks the bundle holds.
  const scope = useEgoScopeText();
  if (!chain || !graph?.hasNode(chain.focus)) return null;
  const name = nameIn(lang, graph.getNodeAttribute(chain.focus, "company"));
  return (
    <section className="chain-list" aria-labelledby={headingId} data-testid="chain-list" data-focus={chain.focus} data-companies={chain.companies} data-links={chain.links}>
      <h4 id={headingId}>{t("chain.title", { name })}</h4>
      {scope !== null && <p className="ego-scope" data-testid="chain-scope">{scope}</p>}
      <p data-testid="chain-summary">{t("chain.summary", { name, companies: chain.companies, links: chain.links })}</p>
      {/* The chain stays lit while another company of it is looked at: its end is here too, not only on its own company's panel. */}
      {selected !== chain.focus && (
        <button type="button" onClick={() => actions.setFocus(null)} data-testid="chain-end">
          {t("focus.clear")}
        </button>
      )}
      {chain.tiers.length === 0 && <p>{t("chain.none")}</p>}
      {chain.tiers.map((tier) => (
        // Keyed by focus too: another chain starts with each tier folded again.
        <TierList key={`${chain.focus}:${tier.tier}`} tier={tier} />
      ))}
    </section>
  );
}

function TierList({ tier }: { tier: ChainTier }) {
  const t = useT();
  const actions = useActions();
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas((s) => s.selected);
  const [all, setAll] = useState(false);
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);
  // The "more" button goes once pressed: the keyboard carries on at the first company it brought.
  const opened = useRef(false);
  useEffect(() => {
    if (!all || !opened.current) return;
    opened.current = false;
    list.current?.querySelectorAll("button")[TIER_LIST_MAX]?.focus();
  }, [all]);
  const showAll = () => {
    opened.current = true;
    setAll(true);
  };
  const step = Math.abs(tier.tier);
  // In the order of the names shown: the English UI lists English names, A to Z.
  const ordered = useMemo(() => (lang === "ko" ? tier.companies : byShownName(lang, tier.companies)), [lang, tier.companies]);
  const shown = all ? ordered : ordered.slice(0, TIER_LIST_MAX);
  const rest = tier.companies.length - shown.length;
  return (
    <div className="chain-tier" data-testid="chain-tier" data-tier={tier.tier} data-companies={tier.companies.length} data-links={tier.links}>
      <h5 id={headingId}>
        {t(tier.tier < 0 ? "chain.upstreamTier" : "chain.downstreamTier", { tier: step })}{" "}
        <span className="muted">({t("chain.tierCounts", { companies: tier.companies.length, links: tier.links })})</span>
      </h5>
      <ul ref={list} aria-labelledby={headingId}>
        {shown.map((c) => (
          <li key={c.id} data-id={c.id}>
            <button type="button" className="link" aria-current={c.id === selected ? "true" : undefined} onClick={() => actions.select(c.id)}>
              {nameIn(lang, c)}
            </button>
            <span className="muted"> · {regionLabel(c.division, lang, "short")}</span>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" className="link chain-more" data-testid="chain-more" onClick={showAll}>
          {t("chain.more", { count: rest })}
        </button>
      )}
    </div>
  );
}
