// The legend, from what the map draws: the same thickness and choropleth scales, the same
// palettes and the same theme colours the layers use (app/derived.ts, style/). The on-screen
// legend renders it, and both exported pictures draw it, so the three list the same rows.
import type { RegionScale } from "../../model/scale.ts";
import { colourScaleOf, scaleOf } from "../../state/regionScale.ts";
import { LINK_TYPES } from "../../model/types.ts";
import type { MessageKey } from "../../i18n/index.ts";
import { formatPercent } from "../../i18n/index.ts";
import { formatCompact, formatExact } from "../../i18n/compactNumber.ts";
import { niceLegendSteps } from "../../style/flowScale.ts";
import { flowInk, mapTheme } from "../../style/mapTheme.ts";
import { COMMUNITY_COLORS, divisionColor, regionColor, OTHER_COMMUNITY_COLOR, OTHER_INDUSTRY_COLOR, TIER_COLORS } from "../../style/palette.ts";
import { regionLabel, unitOf } from "../../regions/units.ts";
import { singleLinkType } from "../../graph/filters/types.ts";
import type { SupplyGraph } from "../../graph/types.ts";
import type { Derived } from "../../app/derived.ts";
import { memoLast } from "../../schedule/memo.ts";
import type { AtlasState } from "../../state/store.ts";
import { GLYPH_COLORS } from "../layers/flowLayer.ts";
import { companyLabel, FLOW_LEVEL_COMPANY_SIZE, metricSize } from "../bindings/nodeStyle.ts";
import { companyDots } from "../../app/map/drawLevel.ts";
import type { LegendModel, LegendRow, LegendSection } from "./types.ts";

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The grey of size keys: size, not colour, is what they state. */
export const SIZE_KEY_COLOR = "#8A939C";
/** The size steps shown: the largest, a quarter and a sixteenth of the metric's maximum. */
const SIZE_STEPS = [1, 0.25, 1 / 16];
/** Fixed sizes: ordinary companies and super-regional leading companies (render/bindings/companyDisplay.ts). */
const FIXED_RADII = [3.5, 7];

/** Companies per division (in the current boundary vintage), most first: once per graph. */
const divisionCounts = memoLast((graph: SupplyGraph | null, vintage: RegionScale) => {
  const counts = new Map<string, number>();
  graph?.forEachNode((_n, a) => {
    const code = unitOf(a.place, vintage);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  });
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
});

function flowSection(state: AtlasState, derived: Derived, t: Translate): LegendSection | null {
  const scale = derived.flowThickness(state);
  if (!scale) return null;
  const coverage = derived.flowCoverage(state);
  const unit = t(state.flowMeasure === "count" ? "unit.links" : "unit.KRW");
  const color = flowInk(state.theme, singleLinkType(state.filter));
  const opacity = mapTheme(state.theme).flowOpacity;
  const rows: LegendRow[] = [
    { kind: "note", testId: "legend-flow-coverage", text: t("legend.flowsShown", { shown: coverage.shown, candidates: coverage.candidates, share: formatPercent(state.lang, coverage.share) }) },
    // Steps are round numbers, so the compact form (5만, 50k) is exact.
    ...niceLegendSteps(scale.domainMax).map((v): LegendRow => ({ kind: "line", color, width: scale(v), opacity, label: formatCompact(state.lang, v), exact: formatExact(state.lang, v) })),
    { kind: "bars", colors: [GLYPH_COLORS.out, GLYPH_COLORS.in, GLYPH_COLORS.internal], label: t("legend.glyphs") },
  ];
  if (coverage.shown > 0 && state.flowNumbers) rows.push({ kind: "note", text: t("legend.flowNumbers") });
  return { id: "flows", heading: t("legend.flows", { unit }), rows, data: { domain: scale.domainMax, shown: coverage.shown, candidates: coverage.candidates } };
}

function linkSection(state: AtlasState, t: Translate): LegendSection {
  if (state.mode === "force" && state.nodeColorBy === "community") {
    return {
      id: "links",
      kind: "community",
      heading: t("legend.linksByCommunity"),
      rows: [
        { kind: "line", color: COMMUNITY_COLORS[0]!, width: 2, label: t("legend.linkInsideCommunity") },
        { kind: "line", color: mapTheme(state.theme).recede, width: 2, label: t("legend.linkBetweenCommunities") },
      ],
    };
  }
  const byType = state.edgeColorBy === "linkType";
  const rows: LegendRow[] = byType
    ? LINK_TYPES.map((type) => ({ kind: "line", color: mapTheme(state.theme).linkTypes[type], width: 2, label: t(`linkType.${type}`) }))
    : [{ kind: "line", color: divisionColor("KR-26"), width: 2, label: t("legend.byDivision") }];
  rows.push({ kind: "line", color: mapTheme(state.theme).recede, width: 2, label: t("legend.internal") }, { kind: "note", text: t("legend.linkWidth") });
  return { id: "links", kind: byType ? "linkType" : "division", heading: t(byType ? "legend.links" : "legend.linksByDivision"), rows };
}

function pending(state: AtlasState, t: Translate, what: "communities" | "sizes"): LegendRow {
  const status = state.metricsStatus;
  if (status.error) return { kind: "note", text: t("legend.metricsFailed", { message: status.error }) };
  const percent = Math.round(status.fraction * 100);
  return { kind: "note", status: true, testId: "legend-pending", text: t(what === "communities" ? "legend.communitiesPending" : "legend.sizesPending", { percent }) };
}

function categoryRows(colors: ReadonlyMap<string, string>, other: string): LegendRow[] {
  return [...[...colors].map(([value, color]): LegendRow => ({ kind: "dot", color, label: value, key: value })), { kind: "dot", color: OTHER_INDUSTRY_COLOR, label: other }];
}

function nodeSection(state: AtlasState, derived: Derived, t: Translate): LegendSection {
  const { lang } = state;
  switch (state.nodeColorBy) {
    case "community": {
      const communities = derived.communities(state);
      const graph = state.graph;
      if (!communities || !graph) return { id: "nodes", kind: "community", heading: t("legend.communities"), rows: [pending(state, t, "communities")] };
      const named = communities.slice(0, COMMUNITY_COLORS.length);
      const rows = named.map((c): LegendRow => {
        const lead = c.top[0] && graph.hasNode(c.top[0]) ? companyLabel(graph.getNodeAttributes(c.top[0]), lang) : "";
        const where = c.division ? ` · ${regionLabel(c.division, lang)} ${formatPercent(lang, c.divisionShare)}` : "";
        return { kind: "dot", color: COMMUNITY_COLORS[c.community] ?? OTHER_COMMUNITY_COLOR, label: t("legend.community", { name: lead, size: c.size }) + where, key: String(c.community) };
      });
      const rest = communities.length - named.length;
      if (rest > 0) rows.push({ kind: "dot", color: OTHER_COMMUNITY_COLOR, label: t("legend.otherCommunities", { count: rest }) });
      return { id: "nodes", kind: "community", heading: t("legend.communities"), rows, data: { count: communities.length } };
    }
    case "industry":
      return { id: "nodes", kind: "industry", heading: t("legend.industries"), rows: categoryRows(derived.industryColors(state.graph), t("legend.otherIndustry")) };
    case "attribute":
      return { id: "nodes", kind: "attribute", heading: t("legend.attribute", { column: state.colorAttribute ?? "" }), rows: categoryRows(derived.attributeColors(state.graph, state.colorAttribute), t("legend.otherValue")) };
    case "tier":
      return {
        id: "nodes",
        kind: "tier",
        heading: t("legend.tiers"),
        rows: [
          { kind: "dot", color: TIER_COLORS["super-regional"], label: t("tier.super-regional") },
          { kind: "dot", color: TIER_COLORS["regional-innovation"], label: t("tier.regional-innovation") },
          { kind: "dot", color: TIER_COLORS.none, label: t("legend.noTier") },
        ],
      };
    default: {
      const rows = divisionCounts(state.graph, colourScaleOf(state)).map(([code, count]): LegendRow => ({ kind: "dot", color: regionColor(code), label: regionLabel(code, lang, "short", colourScaleOf(state)), key: code, title: String(count) }));
      return { id: "nodes", kind: "division", heading: t("legend.divisions"), rows, grid: true };
    }
  }
}

function sizeSection(state: AtlasState, derived: Derived, t: Translate): LegendSection {
  const by = state.nodeSizeBy;
  if (by === "fixed") return { id: "sizes", kind: "fixed", rows: [{ kind: "sizes", color: SIZE_KEY_COLOR, radii: FIXED_RADII, label: t("legend.sizeFixed") }] };
  const heading = t("legend.sizes", { measure: t(`nodeSize.${by}` as MessageKey) });
  const sizes = derived.nodeSizes(state);
  if (!sizes) return { id: "sizes", kind: by, heading, rows: [pending(state, t, "sizes")] };
  const format = (v: number) => (v >= 100 ? formatExact(state.lang, Math.round(v)) : v.toPrecision(2));
  return { id: "sizes", kind: by, heading, rows: SIZE_STEPS.map((k) => ({ kind: "dot", color: SIZE_KEY_COLOR, radius: metricSize(k), label: format(sizes.max * k) })) };
}

/** Companies drawn at one small size under the flows, whatever the size setting. */
function smallSection(t: Translate): LegendSection {
  return { id: "sizes", kind: "small", rows: [{ kind: "dot", color: SIZE_KEY_COLOR, radius: FLOW_LEVEL_COMPANY_SIZE, label: t("legend.sizeSmall") }] };
}

/**
 * Summary mode: the company links drawn are only the ego networks of the top companies, while
 * the flows are the nation's. Said first wherever company links are keyed, with how many of the
 * nation's links they are, so the drawn subset is not read as the whole country.
 */
function egoLinksNote(state: AtlasState, t: Translate): LegendRow[] {
  const manifest = state.summary?.manifest;
  if (!manifest) return [];
  return [{ kind: "note", testId: "legend-ego-links", text: t("legend.egoLinks", { top: manifest.ego.topK, links: manifest.ego.links, total: manifest.rows.links }) }];
}

/** Summary mode: the company dots are the ego networks' companies, not the nation's. */
function egoCompaniesNote(state: AtlasState, t: Translate): LegendRow[] {
  const manifest = state.summary?.manifest;
  if (!manifest) return [];
  return [{ kind: "note", testId: "legend-ego-companies", text: t("legend.egoCompanies", { top: manifest.ego.topK, companies: manifest.ego.companies, total: manifest.rows.companies }) }];
}

/** What every colour, width and size on the map means now, and nothing it does not draw. */
export function legendModel(state: AtlasState, derived: Derived, t: Translate): LegendModel {
  const sections: LegendSection[] = [];
  const flows = state.mode === "map" && derived.drawLevel(state) === "divisions";
  if (flows) {
    const section = flowSection(state, derived, t);
    if (section) sections.push(section);
  } else if (derived.trace(state)) {
    // A supply chain or a path is drawn in one ink, not in the link-type colours.
    sections.push({ id: "trace", rows: [...egoLinksNote(state, t), { kind: "line", color: mapTheme(state.theme).trace, width: 2, label: t(state.pathEnds ? "legend.pathLink" : "legend.chainLink") }] });
  } else {
    const links = linkSection(state, t);
    sections.push({ ...links, rows: [...egoLinksNote(state, t), ...links.rows] });
  }
  // The choropleth is drawn on the map only: never stated in the force view.
  const choropleth = state.mode === "map" ? derived.choropleth(state) : null;
  if (choropleth) {
    const [lo, hi] = choropleth.domain;
    const heading = t("legend.choropleth", { measure: t(`choropleth.${state.choropleth}` as MessageKey), unit: t(`unit.${choropleth.unit}` as MessageKey) });
    const colors = [0, 0.25, 0.5, 0.75, 1].map((k) => choropleth.color(lo + (hi - lo) * k));
    sections.push({ id: "choropleth", heading, rows: [{ kind: "ramp", colors, lo: formatExact(state.lang, Math.round(lo)), hi: formatExact(state.lang, Math.round(hi)) }] });
  }
  // The flow map may draw its companies small or not at all: the legend keys only what is drawn.
  const dots = state.mode === "map" ? companyDots(state, derived.drawLevel(state)) : "shown";
  if (dots !== "hidden") {
    const nodes = nodeSection(state, derived, t);
    sections.push({ ...nodes, rows: [...egoCompaniesNote(state, t), ...nodes.rows] }, dots === "small" ? smallSection(t) : sizeSection(state, derived, t));
  }
  if (state.mode === "force" && state.nodeColorBy === "community" && derived.communities(state)) {
    sections.push({ id: "halos", rows: [{ kind: "ring", color: COMMUNITY_COLORS[0]!, label: t("legend.halos") }] });
  }
  return { title: t("legend.title"), sections };
}

/**
 * The model, the same object while nothing it reads has changed: the screen's legend selects it
 * from the store on every change, and a new object each time would redraw it for nothing.
 */
export function legendInputs(state: AtlasState, derived: Derived): readonly unknown[] {
  const map = state.mode === "map";
  const flows = map && derived.drawLevel(state) === "divisions";
  return [
    state.lang, state.theme, state.mode, flows, state.graph, scaleOf(state), state.summary?.manifest,
    flows ? derived.flowThickness(state) : null, flows ? derived.flowCoverage(state) : null, state.flowMeasure, state.filter, state.flowNumbers,
    flows ? null : derived.trace(state) !== null, state.pathEnds !== null, state.edgeColorBy,
    map ? derived.choropleth(state) : null, state.choropleth,
    state.nodeColorBy, state.colorAttribute, state.nodeSizeBy, state.metricsStatus,
    state.nodeColorBy === "community" ? derived.communities(state) : null,
    state.nodeColorBy === "industry" ? derived.industryColors(state.graph) : null,
    state.nodeColorBy === "attribute" ? derived.attributeColors(state.graph, state.colorAttribute) : null,
    state.nodeSizeBy === "fixed" ? null : derived.nodeSizes(state),
    state.flowCompanies,
  ];
}

export function memoLegend(): (state: AtlasState, derived: Derived, t: Translate) => LegendModel {
  let inputs: readonly unknown[] | null = null;
  let model: LegendModel | null = null;
  return (state, derived, t) => {
    // The words too: a store selector may run with the last render's `t` before the next render
    // brings the one for a new region level, and a model cached under the old words would stay.
    const next = [...legendInputs(state, derived), t];
    if (model && inputs && next.every((v, i) => v === inputs![i])) return model;
    inputs = next;
    model = legendModel(state, derived, t);
    return model;
  };
}
