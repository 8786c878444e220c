import { regionLabel } from "../../regions/units.ts";
import { flowMeasureValue } from "../../model/flows.ts";
import { companyLabel } from "../../render/bindings/nodeStyle.ts";
import { useAtlas, useDerived } from "../useAtlas.ts";
import { useT } from "../useT.ts";

/**
 * The numbers behind what the pointer is on (a flow, else a division's totals), and what a
 * click there picks: the company only when the pointer is on its drawn dot (render/sigma/hitTest.ts),
 * else the division under it.
 */
export function MapTooltip() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const mode = useAtlas((s) => s.mode);
  const hoveredFlow = useAtlas((s) => s.hoveredFlow);
  const hoveredDivision = useAtlas((s) => s.hoveredDivision);
  const measure = useAtlas((s) => s.flowMeasure);
  const node = useAtlas((s) => (s.hovered && s.graph?.hasNode(s.hovered) ? s.graph.getNodeAttributes(s.hovered) : null));
  const matrix = useDerived((d, s) => d.visibleMatrix(s));
  if (!matrix || mode !== "map") return null;
  if (node) {
    return (
      <div className="map-tooltip" data-testid="pick-tooltip" data-picks="company" data-id={node.company.id}>
        {t("pick.company", { name: companyLabel(node, lang) })}
      </div>
    );
  }
  const picks = hoveredDivision ? <div className="pick" data-testid="pick-division">{t("pick.division")}</div> : null;
  const unit = t(measure === "count" ? "unit.links" : "unit.KRW");
  if (hoveredFlow) {
    const flow = matrix.flows.find((f) => f.from === hoveredFlow.from && f.to === hoveredFlow.to);
    if (flow) {
      return (
        <div className="map-tooltip" data-testid="flow-tooltip" data-from={flow.from} data-to={flow.to} data-value={flowMeasureValue(flow, measure, "all")} data-picks={hoveredDivision ? "division" : undefined}>
          {t("flow.tooltip", {
            from: regionLabel(flow.from, lang),
            to: regionLabel(flow.to, lang),
            value: flowMeasureValue(flow, measure, "all"),
            unit,
          })}
          {picks}
        </div>
      );
    }
  }
  const totals = hoveredDivision ? matrix.totals[hoveredDivision] : undefined;
  if (!totals) return null;
  return (
    <div className="map-tooltip" data-testid="division-tooltip" data-picks="division" data-division={totals.division}>
      {t("division.totals", {
        name: regionLabel(totals.division, lang, "full"),
        out: totals.outgoing[measure],
        in: totals.incoming[measure],
        internal: totals.internal[measure],
        companies: totals.companies,
      })}
      {measure === "weight" ? ` (${unit})` : ""}
      {picks}
    </div>
  );
}
