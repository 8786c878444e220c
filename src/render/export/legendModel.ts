// The legend of an exported picture, from the same values the on-screen legend reads: the flow
// thickness scale and choropleth scale the map draws with (app/derived.ts) and the palette.
import { LINK_TYPES } from "../../model/types.ts";
import type { MessageKey } from "../../i18n/index.ts";
import { niceLegendSteps } from "../../style/flowScale.ts";
import { formatCompact } from "../../i18n/compactNumber.ts";
import { divisionColor, INTERNAL_LINK_COLOR, LINK_TYPE_COLORS, OTHER_INDUSTRY_COLOR, TIER_COLORS } from "../../style/palette.ts";
import type { Derived } from "../../app/derived.ts";
import type { AtlasState } from "../../state/store.ts";
import { flowColor } from "../flowScene.ts";
import { singleLinkType } from "../../graph/filters/types.ts";
import { GLYPH_COLORS } from "../flowLayer.ts";
import type { LegendModel, LegendRow } from "./types.ts";

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function legendModel(state: AtlasState, derived: Derived, t: Translate): LegendModel {
  const sections: LegendModel["sections"] = [];
  const flowsShown = state.mode === "map" && derived.drawLevel(state) === "divisions";
  // The picture has no tooltip: legend steps are round numbers, so the compact form is exact (5만, 50k).
  const number = (v: number) => formatCompact(state.lang, v);
  const scale = derived.flowThickness(state);
  if (flowsShown && scale) {
    const unit = t(state.flowMeasure === "count" ? "unit.links" : "unit.KRW");
    const rows: LegendRow[] = niceLegendSteps(scale.domainMax).map((v) => ({ kind: "line", color: flowColor(singleLinkType(state.filter)), width: scale(v), label: number(v) }));
    rows.push({ kind: "bars", colors: [GLYPH_COLORS.out, GLYPH_COLORS.in, GLYPH_COLORS.internal], label: t("legend.glyphs") });
    sections.push({ heading: t("legend.flows", { unit }), rows });
  } else {
    const rows: LegendRow[] =
      state.edgeColorBy === "linkType"
        ? LINK_TYPES.map((type) => ({ kind: "line", color: LINK_TYPE_COLORS[type], width: 2, label: t(`linkType.${type}`) }))
        : [{ kind: "line", color: divisionColor("KR-26"), width: 2, label: t("legend.byDivision") }];
    rows.push({ kind: "line", color: INTERNAL_LINK_COLOR, width: 2, label: t("legend.internal") });
    sections.push({ rows });
  }
  const choropleth = derived.choropleth(state);
  if (choropleth && state.mode === "map") {
    const [lo, hi] = choropleth.domain;
    const heading = t("legend.choropleth", { measure: t(`choropleth.${state.choropleth}` as MessageKey), unit: t(`unit.${choropleth.unit}` as MessageKey) });
    const colors = [0, 0.25, 0.5, 0.75, 1].map((k) => choropleth.color(lo + (hi - lo) * k));
    sections.push({ heading, rows: [{ kind: "ramp", colors, lo: number(Math.round(lo)), hi: number(Math.round(hi)) }] });
  }
  sections.push({ rows: nodeRows(state, derived, t) });
  return { title: t("legend.title"), sections };
}

function nodeRows(state: AtlasState, derived: Derived, t: Translate): LegendRow[] {
  if (state.nodeColorBy === "division") return [{ kind: "dot", color: divisionColor("KR-11"), label: t("legend.company") }];
  if (state.nodeColorBy === "tier") {
    return [
      { kind: "dot", color: TIER_COLORS["super-regional"], label: t("tier.super-regional") },
      { kind: "dot", color: TIER_COLORS["regional-innovation"], label: t("tier.regional-innovation") },
      { kind: "dot", color: TIER_COLORS.none, label: t("legend.noTier") },
    ];
  }
  const rows: LegendRow[] = [...derived.industryColors(state.graph)].map(([industry, color]) => ({ kind: "dot", color, label: industry }));
  rows.push({ kind: "dot", color: OTHER_INDUSTRY_COLOR, label: t("legend.otherIndustry") });
  return rows;
}
