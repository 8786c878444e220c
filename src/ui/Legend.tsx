import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { LINK_TYPES, VINTAGES } from "../model/types.ts";
import {
  INTERNAL_LINK_COLOR, LINK_TYPE_COLORS, OTHER_INDUSTRY_COLOR, TIER_COLORS, industryPalette,
} from "../style/palette.ts";
import { niceLegendSteps } from "../style/flowScale.ts";
import type { MessageKey } from "../i18n/index.ts";
import { flowMatrixOf } from "../state/flowMatrix.ts";
import { ALL_TYPES_FLOW_COLOR, flowThickness } from "../render/flowScene.ts";
import { GLYPH_COLORS } from "../render/flowLayer.ts";
import { choroplethScale } from "../style/choropleth.ts";
import { useAtlas } from "./useAtlas.ts";
import { useFlowMatrix } from "./useFlowMatrix.ts";
import { useT } from "./useT.ts";

function Swatch({ color, kind }: { color: string; kind: "line" | "dot" | "bar" }) {
  return <span className={`swatch ${kind}`} style={{ background: color }} />;
}

function FlowLegend() {
  const t = useT();
  const state = useAtlas(
    useShallow((s) => ({
      graph: s.graph, flowMeasure: s.flowMeasure, flowType: s.flowType, scaleMode: s.scaleMode,
      selectedDivisions: s.selectedDivisions, divisionMode: s.divisionMode, hoveredFlow: null,
    })),
  );
  const matrix = useFlowMatrix();
  const graph = state.graph;
  // The same scale object the map draws with, so legend widths equal flow widths.
  const scale = useMemo(() => (graph && matrix ? flowThickness(state, matrix, VINTAGES.map((v) => flowMatrixOf(graph, v))) : null), [graph, matrix, state]);
  if (!scale) return null;
  const unit = t(state.flowMeasure === "count" ? "unit.links" : "unit.KRW");
  const color = state.flowType === "all" ? ALL_TYPES_FLOW_COLOR : LINK_TYPE_COLORS[state.flowType];
  return (
    <div className="legend-section" data-testid="legend-flows" data-domain={scale.domainMax}>
      <div>{t("legend.flows", { unit })}</div>
      {niceLegendSteps(scale.domainMax).map((v) => (
        <div key={v} className="flow-step">
          <span style={{ display: "inline-block", width: 26, height: scale(v), background: color, borderRadius: 1 }} />
          {v.toLocaleString()}
        </div>
      ))}
      <div className="flow-step">
        <Swatch color={GLYPH_COLORS.out} kind="bar" />
        <Swatch color={GLYPH_COLORS.in} kind="bar" />
        <Swatch color={GLYPH_COLORS.internal} kind="bar" />
        {t("legend.glyphs")}
      </div>
    </div>
  );
}

function ChoroplethLegend() {
  const t = useT();
  const state = useAtlas(
    useShallow((s) => ({ graph: s.graph, choropleth: s.choropleth, flowMeasure: s.flowMeasure, scaleMode: s.scaleMode, selectedDivisions: s.selectedDivisions })),
  );
  const matrix = useFlowMatrix();
  const graph = state.graph;
  if (!graph || !matrix || state.choropleth === "none") return null;
  const scale = choroplethScale(state, matrix, VINTAGES.map((v) => flowMatrixOf(graph, v)));
  if (!scale) return null;
  const [lo, hi] = scale.domain;
  const stops = [0, 0.25, 0.5, 0.75, 1].map((k) => `${scale.color(lo + (hi - lo) * k)} ${k * 100}%`).join(", ");
  const unit = t(`unit.${scale.unit}` as MessageKey);
  return (
    <div className="legend-section" data-testid="legend-choropleth">
      <div>{t("legend.choropleth", { measure: t(`choropleth.${state.choropleth}` as MessageKey), unit })}</div>
      <div className="ramp" style={{ background: `linear-gradient(to right, ${stops})` }} />
      <div className="ramp-labels">
        <span>{Math.round(lo).toLocaleString()}</span>
        <span>{Math.round(hi).toLocaleString()}</span>
      </div>
    </div>
  );
}

function NodeLegend() {
  const t = useT();
  const by = useAtlas((s) => s.nodeColorBy);
  const graph = useAtlas((s) => s.graph);
  const industries = useMemo(() => (graph ? industryPalette(graph.mapNodes((_n, a) => a.company.industry)) : new Map<string, string>()), [graph]);
  if (by === "division") {
    return (
      <li>
        <Swatch color="#4E79A7" kind="dot" />
        {t("legend.company")}
      </li>
    );
  }
  if (by === "tier") {
    return (
      <>
        <li><Swatch color={TIER_COLORS["super-regional"]} kind="dot" />{t("tier.super-regional")}</li>
        <li><Swatch color={TIER_COLORS["regional-innovation"]} kind="dot" />{t("tier.regional-innovation")}</li>
        <li><Swatch color={TIER_COLORS.none} kind="dot" />{t("legend.noTier")}</li>
      </>
    );
  }
  return (
    <>
      {[...industries].map(([industry, color]) => (
        <li key={industry}><Swatch color={color} kind="dot" />{industry}</li>
      ))}
      <li><Swatch color={OTHER_INDUSTRY_COLOR} kind="dot" />{t("legend.otherIndustry")}</li>
    </>
  );
}

/** Part of the view, not a tooltip: it states what every colour and width means, and goes into exported images. */
export function Legend() {
  const t = useT();
  const drawLevel = useAtlas((s) => s.drawLevel);
  const mode = useAtlas((s) => s.mode);
  const edgeColorBy = useAtlas((s) => s.edgeColorBy);
  const flows = mode === "map" && drawLevel === "divisions";
  return (
    <aside className="legend" aria-label={t("legend.title")} data-testid="legend">
      <h2>{t("legend.title")}</h2>
      {flows ? (
        <FlowLegend />
      ) : (
        <ul className="legend-section">
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
        </ul>
      )}
      <ChoroplethLegend />
      <ul className="legend-section">
        <NodeLegend />
      </ul>
    </aside>
  );
}
