import { LINK_TYPES } from "../model/types.ts";
import { useState } from "react";
import { COMMUNITY_COLORS, INTERNAL_LINK_COLOR, LINK_TYPE_COLORS } from "../style/palette.ts";
import { formatPercent } from "../i18n/index.ts";
import { formatCompact, formatExact } from "../i18n/compactNumber.ts";
import { niceLegendSteps } from "../style/flowScale.ts";
import type { MessageKey } from "../i18n/index.ts";
import { flowColor } from "../render/flowScene.ts";
import { singleLinkType } from "../graph/filters/types.ts";
import { GLYPH_COLORS } from "../render/flowLayer.ts";
import { useAtlas, useDerived } from "./useAtlas.ts";
import { useT } from "./useT.ts";
import { NodeColorLegend, NodeSizeLegend, Swatch } from "./legendParts.tsx";
import { TraceLegend, useTraced } from "./TraceLegend.tsx";

function FlowLegend() {
  const t = useT();
  const flowMeasure = useAtlas((s) => s.flowMeasure);
  const linkType = useAtlas((s) => singleLinkType(s.filter));
  // The same scale object the map draws with, so legend widths equal flow widths.
  const scale = useDerived((d, s) => d.flowThickness(s));
  const coverage = useDerived((d, s) => d.flowCoverage(s));
  const numbers = useAtlas((s) => s.flowNumbers);
  const lang = useAtlas((s) => s.lang);
  if (!scale) return null;
  const unit = t(flowMeasure === "count" ? "unit.links" : "unit.KRW");
  const color = flowColor(linkType);
  return (
    <div className="legend-section" data-testid="legend-flows" data-domain={scale.domainMax} data-shown={coverage.shown} data-candidates={coverage.candidates}>
      <div>{t("legend.flows", { unit })}</div>
      <div className="muted" data-testid="legend-flow-coverage">
        {t("legend.flowsShown", { shown: coverage.shown, candidates: coverage.candidates, share: formatPercent(lang, coverage.share) })}
      </div>
      {niceLegendSteps(scale.domainMax).map((v) => (
        <div key={v} className="flow-step">
          <span style={{ display: "inline-block", width: 26, height: scale(v), background: color, borderRadius: 1 }} />
          <span title={formatExact(lang, v)}>{formatCompact(lang, v)}</span>
        </div>
      ))}
      <div className="flow-step">
        <Swatch color={GLYPH_COLORS.out} kind="bar" />
        <Swatch color={GLYPH_COLORS.in} kind="bar" />
        <Swatch color={GLYPH_COLORS.internal} kind="bar" />
        {t("legend.glyphs")}
      </div>
      {coverage.shown > 0 && numbers ? <div className="muted">{t("legend.flowNumbers")}</div> : null}
    </div>
  );
}

function ChoroplethLegend() {
  const t = useT();
  const choropleth = useAtlas((s) => s.choropleth);
  const scale = useDerived((d, s) => d.choropleth(s));
  if (!scale) return null;
  const [lo, hi] = scale.domain;
  const stops = [0, 0.25, 0.5, 0.75, 1].map((k) => `${scale.color(lo + (hi - lo) * k)} ${k * 100}%`).join(", ");
  const unit = t(`unit.${scale.unit}` as MessageKey);
  return (
    <div className="legend-section" data-testid="legend-choropleth">
      <div>{t("legend.choropleth", { measure: t(`choropleth.${choropleth}` as MessageKey), unit })}</div>
      <div className="ramp" style={{ background: `linear-gradient(to right, ${stops})` }} />
      <div className="ramp-labels">
        <span>{Math.round(lo).toLocaleString()}</span>
        <span>{Math.round(hi).toLocaleString()}</span>
      </div>
    </div>
  );
}

/** Company links: colour by type (or supplier division), pale internal links, width by amount. */
function LinkLegend() {
  const t = useT();
  const edgeColorBy = useAtlas((s) => s.edgeColorBy);
  const byCommunity = useAtlas((s) => s.mode === "force" && s.nodeColorBy === "community");
  if (byCommunity) {
    return (
      <div className="legend-section" data-testid="legend-links" data-kind="community">
        <div>{t("legend.linksByCommunity")}</div>
        <ul>
          <li>
            <Swatch color={COMMUNITY_COLORS[0]!} kind="line" />
            {t("legend.linkInsideCommunity")}
          </li>
          <li>
            <Swatch color={INTERNAL_LINK_COLOR} kind="line" />
            {t("legend.linkBetweenCommunities")}
          </li>
        </ul>
      </div>
    );
  }
  return (
    <div className="legend-section" data-testid="legend-links">
      <div>{t(edgeColorBy === "linkType" ? "legend.links" : "legend.linksByDivision")}</div>
      <ul>
        {edgeColorBy === "linkType" ? (
          LINK_TYPES.map((type) => (
            <li key={type}>
              <Swatch color={LINK_TYPE_COLORS[type]} kind="line" />
              {t(`linkType.${type}`)}
            </li>
          ))
        ) : (
          <li>
            <Swatch color="#F28E2B" kind="line" />
            {t("legend.byDivision")}
          </li>
        )}
        <li>
          <Swatch color={INTERNAL_LINK_COLOR} kind="line" />
          {t("legend.internal")}
        </li>
        <li className="muted">{t("legend.linkWidth")}</li>
      </ul>
    </div>
  );
}

/** Halos naming the communities, drawn in the force view when companies are coloured by community. */
function HaloLegend() {
  const t = useT();
  const show = useAtlas((s) => s.mode === "force" && s.nodeColorBy === "community");
  const ready = useDerived((d, s) => d.communities(s) !== null);
  if (!show || !ready) return null;
  return (
    <div className="legend-section muted" data-testid="legend-halos">
      {t("legend.halos")}
    </div>
  );
}

/** Part of the view, not a tooltip: it states what every colour and width means, and goes into exported images. */
export function Legend() {
  const t = useT();
  const drawLevel = useDerived((d, s) => d.drawLevel(s));
  const mode = useAtlas((s) => s.mode);
  const [open, setOpen] = useState(true);
  const flows = mode === "map" && drawLevel === "divisions";
  // A supply chain or a path is drawn in one ink, not in the link-type colours.
  const traced = useTraced();
  return (
    <aside className="legend" aria-label={t("legend.title")} data-testid="legend">
      <h2>
        <button type="button" className="legend-toggle" aria-expanded={open} aria-label={t("legend.collapse")} onClick={() => setOpen(!open)}>
          {open ? "▾" : "▸"} {t("legend.title")}
        </button>
      </h2>
      {open ? (
        // Focusable, so a keyboard can scroll it when it overflows.
        <div className="legend-body" data-testid="legend-body" tabIndex={0}>
          {flows ? <FlowLegend /> : traced ? <TraceLegend /> : <LinkLegend />}
          {/* The choropleth is drawn on the map only: never stated in the force view. */}
          {mode === "map" ? <ChoroplethLegend /> : null}
          <NodeColorLegend />
          <NodeSizeLegend />
          <HaloLegend />
        </div>
      ) : null}
    </aside>
  );
}
