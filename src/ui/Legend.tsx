import { LINK_TYPES } from "../model/types.ts";
import { INTERNAL_LINK_COLOR, LINK_TYPE_COLORS, OTHER_INDUSTRY_COLOR, TIER_COLORS } from "../style/palette.ts";
import { niceLegendSteps } from "../style/flowScale.ts";
import type { MessageKey } from "../i18n/index.ts";
import { flowColor } from "../render/flowScene.ts";
import { GLYPH_COLORS } from "../render/flowLayer.ts";
import { useAtlas, useDerived } from "./useAtlas.ts";
import { useT } from "./useT.ts";

function Swatch({ color, kind }: { color: string; kind: "line" | "dot" | "bar" }) {
  return <span className={`swatch ${kind}`} style={{ background: color }} />;
}

function FlowLegend() {
  const t = useT();
  const flowMeasure = useAtlas((s) => s.flowMeasure);
  const flowType = useAtlas((s) => s.flowType);
  // The same scale object the map draws with, so legend widths equal flow widths.
  const scale = useDerived((d, s) => d.flowThickness(s));
  if (!scale) return null;
  const unit = t(flowMeasure === "count" ? "unit.links" : "unit.KRW");
  const color = flowColor(flowType);
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

function NodeLegend() {
  const t = useT();
  const by = useAtlas((s) => s.nodeColorBy);
  const industries = useDerived((d, s) => d.industryColors(s.graph));
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
  const drawLevel = useDerived((d, s) => d.drawLevel(s));
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
