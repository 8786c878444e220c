import { useId, type ReactNode } from "react";
import { VINTAGES } from "../../model/types.ts";
import type { MessageKey } from "../../i18n/index.ts";
import { FLOW_COMPANIES, FLOW_LIMITS, NODE_COLOR_BY, NODE_SIZE_BY, REGION_LEVELS, type RegionLevel } from "../../state/view/values.ts";
import { linksFollowCommunities } from "../../app/map/linkColour.ts";
import { ForceControls } from "./ForceControls.tsx";
import { GroupingLoader } from "./GroupingLoader.tsx";
import { useActions, useAtlas, useDerived } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { linkTypesText } from "../linkTypesText.ts";

function Select<T extends string>(props: {
  label: string; value: T; options: readonly T[]; text: (v: T) => string; onChange: (v: T) => void; testId: string;
  /** Off, with the reason in the element `describedBy` names (shown beside it). */
  disabled?: boolean; describedBy?: string | undefined;
  /** A tooltip for an option, e.g. where a loaded grouping comes from. */
  optionTitle?: (v: T) => string | undefined;
}) {
  return (
    <label className="control">
      <span>{props.label}</span>
      <select
        value={props.value}
        data-testid={props.testId}
        title={props.optionTitle?.(props.value)}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.currentTarget.value as T)}
      >
        {props.options.map((o) => (
          <option key={o} value={o} title={props.optionTitle?.(o)}>
            {props.text(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

function Section({ children }: { children: ReactNode }) {
  return <div className="control-group">{children}</div>;
}

/** The region level, naming a loaded grouping with its source and date, and the button that loads one. */
function RegionLevelControl() {
  const s = useActions();
  const t = useT();
  const lang = useAtlas((x) => x.lang);
  const regionLevel = useAtlas((x) => x.regionLevel);
  // A loaded grouping is offered once there is one; it is a view setting, so a link or a bundle brings it too.
  const userGrouping = useAtlas((x) => x.userGrouping);
  const regionLevels = userGrouping ? REGION_LEVELS : REGION_LEVELS.filter((l) => !l.startsWith("grouping:"));
  const text = (v: RegionLevel) =>
    v === "grouping:user" && userGrouping ? t("grouping.named", { name: lang === "ko" ? userGrouping.nameKo : userGrouping.nameEn }) : t(`regionLevel.${v}` as MessageKey);
  const title = (v: RegionLevel) =>
    v === "grouping:user" && userGrouping ? t("grouping.about", { source: userGrouping.source, date: userGrouping.date || t("grouping.dateNotGiven") }) : undefined;
  return (
    <>
      <Select label={t("controls.regionLevel")} testId="control-region-level" value={regionLevel} options={regionLevels} text={text} optionTitle={title} onChange={s.setRegionLevel} />
      <GroupingLoader />
    </>
  );
}

/** Every view setting of the map in one place; each writes straight to the store. */
export function MapControls() {
  const s = useActions();
  const t = useT();
  const level = useAtlas((x) => x.level);
  const vintage = useAtlas((x) => x.vintage);
  const flowMeasure = useAtlas((x) => x.flowMeasure);
  const linkTypes = useAtlas((x) => x.filter.linkTypes);
  const scaleMode = useAtlas((x) => x.scaleMode);
  const choropleth = useAtlas((x) => x.choropleth);
  const nodeColorBy = useAtlas((x) => x.nodeColorBy);
  const edgeColorBy = useAtlas((x) => x.edgeColorBy);
  const matrixOpen = useAtlas((x) => x.matrixOpen);
  const map = useAtlas((x) => x.mode === "map");
  const nodeSizeBy = useAtlas((x) => x.nodeSizeBy);
  const flowLimit = useAtlas((x) => x.flowLimit);
  const flowNumbers = useAtlas((x) => x.flowNumbers);
  const flowCompanies = useAtlas((x) => x.flowCompanies);
  const atFlows = useDerived((d, x) => d.drawLevel(x) === "divisions");
  const linksByCommunity = useAtlas(linksFollowCommunities);
  const flowCompaniesHint = useId();
  const edgeColorHint = useId();
  const colorAttribute = useAtlas((x) => x.colorAttribute);
  // Once per graph: a pass over the companies' kept columns.
  const columns = useDerived((d, x) => d.categoricalColumns(x.graph));
  const k = (key: string) => t(key as MessageKey);
  return (
    <details className="map-controls" open>
      <summary>{t("controls.title")}</summary>
      <Section>
        {map ? <Select label={t("controls.level")} testId="control-level" value={level} options={["auto", "divisions", "companies"] as const} text={(v) => k(`level.${v}`)} onChange={s.setLevel} /> : null}
        <Select label={t("controls.vintage")} testId="control-vintage" value={vintage} options={VINTAGES} text={(v) => k(`vintage.${v}`)} onChange={s.setVintage} />
        <RegionLevelControl />
      </Section>
      {/* Flows, their scale and the choropleth are drawn on the map only; the force view has its own settings. */}
      {map ? null : <ForceControls />}
      {map ? <Section>
        <Select label={t("controls.flowLimit")} testId="control-flow-limit" value={flowLimit} options={FLOW_LIMITS} text={(v) => k(`flowLimit.${v}`)} onChange={s.setFlowLimit} />
        <Select label={t("controls.measure")} testId="control-measure" value={flowMeasure} options={["count", "weight"] as const} text={(v) => k(`measure.${v}`)} onChange={s.setFlowMeasure} />
        {/* The filter owns link types (it cuts the network, the flows and the matrix alike); here it is only read back. */}
        <p className="control" data-testid="control-flow-type">
          <span>{t("controls.flowType")}</span> <span className="muted">{t("controls.flowTypeFromFilter", { types: linkTypesText(linkTypes, t) })}</span>
        </p>
        <Select label={t("controls.scale")} testId="control-scale" value={scaleMode} options={["fixed", "fitted"] as const} text={(v) => k(`scale.${v}`)} onChange={s.setScaleMode} />
        <label className="check">
          <input type="checkbox" checked={flowNumbers} data-testid="control-flow-numbers" onChange={(e) => s.setFlowNumbers(e.currentTarget.checked)} />
          {t("controls.flowNumbers")}
        </label>
        {/* Companies under the flows: at company links they are drawn as always, so the control rests with its reason. */}
        <Select
          label={t("controls.flowCompanies")}
          testId="control-flow-companies"
          value={flowCompanies}
          options={FLOW_COMPANIES}
          text={(v) => k(`flowCompanies.${v}`)}
          onChange={s.setFlowCompanies}
          disabled={!atFlows}
          describedBy={atFlows ? undefined : flowCompaniesHint}
        />
        {atFlows ? null : <p id={flowCompaniesHint} className="control-hint muted" data-testid="flow-companies-hint">{t("controls.flowCompanies.idle")}</p>}
      </Section> : null}
      <Section>
        {map ? (
          <Select
            label={t("controls.choropleth")}
            testId="control-choropleth"
            value={choropleth}
            options={["none", "outflow", "inflow", "net", "crossShare", "companies", "partnerDivisions"] as const}
            text={(v) => k(`choropleth.${v}`)}
            onChange={s.setChoropleth}
          />
        ) : null}
        <Select
          label={t("controls.nodeColor")}
          testId="control-node-color"
          value={nodeColorBy}
          // A data column only when the data has one with few values.
          options={NODE_COLOR_BY.filter((v) => v !== "attribute" || columns.length > 0 || nodeColorBy === "attribute")}
          text={(v) => k(`nodeColor.${v}`)}
          onChange={(v) => {
            if (v === "attribute" && !colorAttribute && columns[0]) s.setColorAttribute(columns[0].key);
            s.setNodeColorBy(v);
          }}
        />
        {nodeColorBy === "community" ? <p className="control-hint muted" data-testid="community-hint">{t("nodeColor.community.hint")}</p> : null}
        {nodeColorBy === "attribute" ? (
          <label className="control">
            <span>{t("controls.colorAttribute")}</span>
            <select value={colorAttribute ?? ""} data-testid="control-color-attribute" onChange={(e) => s.setColorAttribute(e.currentTarget.value || null)}>
              {columns.length === 0 ? <option value="">{t("controls.noAttribute")}</option> : null}
              {columns.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.key}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <Select label={t("controls.nodeSize")} testId="control-node-size" value={nodeSizeBy} options={NODE_SIZE_BY} text={(v) => k(`nodeSize.${v}`)} onChange={s.setNodeSizeBy} />
        {/* Coloured by community, the force view colours links by community whatever this says: the control shows that rule, off, and why. */}
        {linksByCommunity ? (
          <>
            <Select label={t("controls.edgeColor")} testId="control-edge-color" value="community" options={["community"] as const} text={(v) => k(`edgeColor.${v}`)} onChange={() => undefined} disabled describedBy={edgeColorHint} />
            <p id={edgeColorHint} className="control-hint muted" data-testid="edge-color-hint">{t("edgeColor.community.hint")}</p>
          </>
        ) : (
          <Select label={t("controls.edgeColor")} testId="control-edge-color" value={edgeColorBy} options={["linkType", "division"] as const} text={(v) => k(`edgeColor.${v}`)} onChange={s.setEdgeColorBy} />
        )}
      </Section>
      <button type="button" aria-pressed={matrixOpen} data-testid="matrix-toggle" onClick={() => s.setMatrixOpen(!matrixOpen)}>
        {t("controls.matrix")}
      </button>
    </details>
  );
}
