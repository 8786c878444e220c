import { regionLabel } from "../../regions/units.ts";
import { useMemo } from "react";
import { NO_TIER } from "../../graph/filters/nodeTable.ts";
import type { CompanyFacetOption, FacetOption } from "../../graph/filters/counts.ts";
import { summaryFacetCounts } from "../../graph/summary/facets.ts";
import type { EndRole, FilterState } from "../../graph/filters/types.ts";
import type { LinkType } from "../../model/types.ts";
import type { MessageKey } from "../../i18n/index.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { YearBrush } from "./YearBrush.tsx";
import { useFacetCounts } from "./useFacetCounts.ts";

const ROLES: readonly EndRole[] = ["either", "supplier", "buyer", "both"];

type ListKey = "divisions" | "industries" | "tiers" | "linkTypes";

/** The filter's list `key` with `value` added or taken out. */
function toggled(filter: FilterState, key: ListKey, value: string): Partial<FilterState> {
  const current = filter[key] as string[];
  return { [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] };
}

function Facet({ title, listKey, options, label, limit = 40 }: { title: string; listKey: ListKey; options: readonly (FacetOption | CompanyFacetOption)[]; label: (v: string) => string; limit?: number }) {
  const filter = useAtlas((s) => s.filter);
  const { setFilter } = useActions();
  // Ticked from the filter itself: counts from the worker may still be those of the last filter.
  const chosen = new Set<string>(filter[listKey]);
  const shown = [...options].sort((a, b) => Number(chosen.has(b.value)) - Number(chosen.has(a.value)) || b.links - a.links).slice(0, limit);
  if (options.length === 0) return null;
  return (
    <fieldset className="facet" data-testid={`facet-${listKey}`}>
      <legend>{title}</legend>
      {shown.map((o) => (
        <label key={o.value} className="facet-option">
          <input type="checkbox" checked={chosen.has(o.value)} data-value={o.value} onChange={() => setFilter(toggled(filter, listKey, o.value))} />
          <span>{label(o.value)}</span>
          <span className="count" data-count={o.links}>{o.links.toLocaleString()}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The counts the panel shows. In summary mode the graph holds only the ego networks, so the
 * total, the division and link-type options, the years and "cross only" come from the nation's
 * flows (as the map and the status line); industry and tier options can only be counted on the
 * ego networks, and say so.
 */
function usePanelCounts(open: boolean) {
  const summary = useAtlas((s) => s.summary);
  const filter = useAtlas((s) => s.filter);
  const vintage = useAtlas((s) => s.vintage);
  const { result, busy } = useFacetCounts(open);
  const national = useMemo(() => (summary && open ? summaryFacetCounts(summary, filter, vintage) : null), [summary, filter, vintage, open]);
  const ego = result?.counts ?? null;
  if (national) {
    return {
      busy,
      national: true,
      kept: national.totals.linksKept,
      total: national.totals.links,
      divisions: national.divisions,
      linkTypes: national.linkTypes,
      tiers: ego?.tiers ?? [],
      industries: ego?.industries ?? [],
      crossLinks: national.crossLinks,
      years: national.years,
    };
  }
  if (!ego) return null;
  return {
    busy,
    national: false,
    kept: ego.totals.linksKept,
    total: ego.totals.links,
    divisions: ego.divisions,
    linkTypes: ego.linkTypes,
    tiers: ego.tiers,
    industries: ego.industries,
    crossLinks: ego.crossLinks,
    years: result?.years ?? null,
  };
}

/** Every filter, each with what it keeps; the map, flows, table and counts follow. */
export function FilterPanel() {
  const s = useActions();
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const filter = useAtlas((s) => s.filter);
  const open = useAtlas((s) => s.filtersOpen);
  const top = useAtlas((s) => s.summary?.manifest.ego.topK ?? 0);
  const counts = usePanelCounts(open);
  const busy = counts?.busy ?? false;
  const years = counts?.years ?? null;
  const kept = counts ? t(counts.national ? "filters.keptNational" : "filters.kept", { kept: counts.kept, total: counts.total }) : "";
  return (
    <details className="filters map-controls" open={open} onToggle={(e) => s.setFiltersOpen(e.currentTarget.open)} data-testid="filters" aria-busy={busy} data-busy={busy}>
      <summary>{t("filters.title")}{counts && counts.kept < counts.total ? ` · ${kept}` : ""}</summary>
      {counts && (
        <>
          <p className="muted" data-testid="filters-kept" data-kept={counts.kept} data-total={counts.total} data-scope={counts.national ? "national" : undefined}>
            {kept}
          </p>
          <button type="button" onClick={() => s.resetFilter()} data-testid="filters-reset">{t("filters.reset")}</button>
          <label className="control">
            <span>{t("filters.divisions")}</span>
            <select value={filter.divisionRole} data-testid="filter-role" onChange={(e) => s.setFilter({ divisionRole: e.currentTarget.value as EndRole })}>
              {ROLES.map((r) => (
                <option key={r} value={r}>{t(`filters.role.${r}`)}</option>
              ))}
            </select>
          </label>
          <Facet title={t("filters.divisions")} listKey="divisions" options={counts.divisions} label={(v) => regionLabel(v, lang)} />
          <Facet title={t("filters.linkTypes")} listKey="linkTypes" options={counts.linkTypes} label={(v) => t(`linkType.${v as LinkType}` as MessageKey)} />
          <label className="control">
            <span>{t("filters.companyRole")}</span>
            <select value={filter.companyRole} data-testid="filter-company-role" onChange={(e) => s.setFilter({ companyRole: e.currentTarget.value as EndRole })}>
              {ROLES.map((r) => (
                <option key={r} value={r}>{t(`filters.companyRole.${r}`)}</option>
              ))}
            </select>
          </label>
          {counts.national && <p className="muted" data-testid="filters-ego-note">{t("summary.scope.companyFacets", { top })}</p>}
          <Facet title={t("filters.tiers")} listKey="tiers" options={counts.tiers} label={(v) => (v === NO_TIER ? t("filters.noTier") : v === "super-regional" || v === "regional-innovation" ? t(`tier.${v}`) : v)} />
          <Facet title={t("filters.industries")} listKey="industries" options={counts.industries} label={(v) => v} limit={25} />
          {years && (
            <fieldset className="facet">
              <legend>{t("filters.years")}</legend>
              <YearBrush histogram={years} />
            </fieldset>
          )}
          <label className="control">
            <span>{t("filters.minWeight")}</span>
            {/* Applied when the number is complete (Enter or leaving the field), not on every keystroke: each change re-filters the whole network. */}
            <input
              type="number"
              min={0}
              key={filter.minWeight}
              defaultValue={filter.minWeight}
              data-testid="filter-min-weight"
              onBlur={(e) => s.setFilter({ minWeight: Math.max(0, Number(e.currentTarget.value) || 0) })}
              onKeyDown={(e) => e.key === "Enter" && s.setFilter({ minWeight: Math.max(0, Number(e.currentTarget.value) || 0) })}
            />
          </label>
          <label className="facet-option">
            <input type="checkbox" checked={filter.crossOnly} data-testid="filter-cross-only" onChange={(e) => s.setFilter({ crossOnly: e.currentTarget.checked })} />
            <span>{t("filters.crossOnly")}</span>
            <span className="count" data-testid="filter-cross-count" data-count={counts.crossLinks}>{counts.crossLinks.toLocaleString()}</span>
          </label>
        </>
      )}
    </details>
  );
}
