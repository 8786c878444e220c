// Legend sections for company colours and sizes: one component per thing drawn, so the legend
// states every colour and size on screen and nothing that is not.
import { useMemo } from "react";
import type { MessageKey } from "../i18n/index.ts";
import { formatPercent } from "../i18n/index.ts";
import { divisionLabel, toVintage } from "../regions/divisions.ts";
import { COMMUNITY_COLORS, divisionColor, OTHER_COMMUNITY_COLOR, OTHER_INDUSTRY_COLOR, TIER_COLORS } from "../style/palette.ts";
import { companyLabel, METRIC_SIZE, metricSize } from "../render/nodeStyle.ts";
import { useAtlas, useDerived } from "./useAtlas.ts";
import { useT } from "./useT.ts";

export function Swatch({ color, kind, size }: { color: string; kind: "line" | "dot" | "bar"; size?: number }) {
  const style = size === undefined ? { background: color } : { background: color, width: size, height: size };
  return <span className={`swatch ${kind}`} style={style} />;
}

/** A key per division that has companies on screen, most companies first. */
function DivisionKey() {
  const t = useT();
  const graph = useAtlas((s) => s.graph);
  const vintage = useAtlas((s) => s.vintage);
  const lang = useAtlas((s) => s.lang);
  const divisions = useMemo(() => {
    const counts = new Map<string, number>();
    graph?.forEachNode((_n, a) => {
      const code = toVintage(a.division, vintage);
      counts.set(code, (counts.get(code) ?? 0) + 1);
    });
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }, [graph, vintage]);
  return (
    <div className="legend-section" data-testid="legend-nodes" data-kind="division">
      <div>{t("legend.divisions")}</div>
      <ul className="legend-grid">
        {divisions.map(([code, count]) => (
          <li key={code} data-key={code} title={String(count)}>
            <Swatch color={divisionColor(code)} kind="dot" />
            {divisionLabel(code, lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Pending({ kind }: { kind: "communities" | "sizes" }) {
  const t = useT();
  const status = useAtlas((s) => s.metricsStatus);
  if (status.error) return <div className="muted">{t("legend.metricsFailed", { message: status.error })}</div>;
  const percent = Math.round(status.fraction * 100);
  return (
    <div className="muted" role="status" data-testid="legend-pending">
      {t(kind === "communities" ? "legend.communitiesPending" : "legend.sizesPending", { percent })}
    </div>
  );
}

/** The largest communities with their colours, each named by its most linked company and main division. */
function CommunityKey() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const graph = useAtlas((s) => s.graph);
  const communities = useDerived((d, s) => d.communities(s));
  if (!communities || !graph) {
    return (
      <div className="legend-section" data-testid="legend-nodes" data-kind="community">
        <div>{t("legend.communities")}</div>
        <Pending kind="communities" />
      </div>
    );
  }
  const named = communities.slice(0, COMMUNITY_COLORS.length);
  const rest = communities.length - named.length;
  return (
    <div className="legend-section" data-testid="legend-nodes" data-kind="community" data-count={communities.length}>
      <div>{t("legend.communities")}</div>
      <ul>
        {named.map((c) => {
          const lead = c.top[0] && graph.hasNode(c.top[0]) ? companyLabel(graph.getNodeAttributes(c.top[0]), lang) : "";
          const where = c.division ? ` · ${divisionLabel(c.division, lang)} ${formatPercent(lang, c.divisionShare)}` : "";
          return (
            <li key={c.community} data-key={c.community}>
              <Swatch color={COMMUNITY_COLORS[c.community] ?? OTHER_COMMUNITY_COLOR} kind="dot" />
              <span className="legend-text">{t("legend.community", { name: lead, size: c.size }) + where}</span>
            </li>
          );
        })}
        {rest > 0 ? (
          <li>
            <Swatch color={OTHER_COMMUNITY_COLOR} kind="dot" />
            {t("legend.otherCommunities", { count: rest })}
          </li>
        ) : null}
      </ul>
    </div>
  );
}

function CategoryKey({ title, colors, other, kind }: { title: string; colors: ReadonlyMap<string, string>; other: string; kind: string }) {
  return (
    <div className="legend-section" data-testid="legend-nodes" data-kind={kind}>
      <div>{title}</div>
      <ul>
        {[...colors].map(([value, color]) => (
          <li key={value} data-key={value}>
            <Swatch color={color} kind="dot" />
            <span className="legend-text">{value}</span>
          </li>
        ))}
        <li>
          <Swatch color={OTHER_INDUSTRY_COLOR} kind="dot" />
          <span className="legend-text">{other}</span>
        </li>
      </ul>
    </div>
  );
}

const NO_COLORS: ReadonlyMap<string, string> = new Map();

/** What company colours mean, for whichever colouring is chosen. */
export function NodeColorLegend() {
  const t = useT();
  const by = useAtlas((s) => s.nodeColorBy);
  const column = useAtlas((s) => s.colorAttribute);
  // Counted only for the colouring that shows them (40 ms at 100k companies).
  const industries = useDerived((d, s) => (s.nodeColorBy === "industry" ? d.industryColors(s.graph) : NO_COLORS));
  const attributes = useDerived((d, s) => d.attributeColors(s.graph, s.colorAttribute));
  switch (by) {
    case "community":
      return <CommunityKey />;
    case "industry":
      return <CategoryKey kind="industry" title={t("legend.industries")} colors={industries} other={t("legend.otherIndustry")} />;
    case "attribute":
      return <CategoryKey kind="attribute" title={t("legend.attribute", { column: column ?? "" })} colors={attributes} other={t("legend.otherValue")} />;
    case "tier":
      return (
        <div className="legend-section" data-testid="legend-nodes" data-kind="tier">
          <div>{t("legend.tiers")}</div>
          <ul>
            <li><Swatch color={TIER_COLORS["super-regional"]} kind="dot" />{t("tier.super-regional")}</li>
            <li><Swatch color={TIER_COLORS["regional-innovation"]} kind="dot" />{t("tier.regional-innovation")}</li>
            <li><Swatch color={TIER_COLORS.none} kind="dot" />{t("legend.noTier")}</li>
          </ul>
        </div>
      );
    default:
      return <DivisionKey />;
  }
}

/** Three steps of the size metric (the largest, a quarter, a sixteenth) drawn at their sizes, or what fixed sizes mean. */
export function NodeSizeLegend() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const by = useAtlas((s) => s.nodeSizeBy);
  const sizes = useDerived((d, s) => d.nodeSizes(s));
  if (by === "fixed") {
    return (
      <div className="legend-section" data-testid="legend-sizes" data-kind="fixed">
        <ul>
          <li><Swatch color="#8A939C" kind="dot" size={7} />/<Swatch color="#8A939C" kind="dot" size={14} />{t("legend.sizeFixed")}</li>
        </ul>
      </div>
    );
  }
  const measure = t(`nodeSize.${by}` as MessageKey);
  if (!sizes) {
    return (
      <div className="legend-section" data-testid="legend-sizes" data-kind={by}>
        <div>{t("legend.sizes", { measure })}</div>
        <Pending kind="sizes" />
      </div>
    );
  }
  const format = (v: number) => (v >= 100 ? Math.round(v).toLocaleString(lang === "ko" ? "ko-KR" : "en-GB") : v.toPrecision(2));
  return (
    <div className="legend-section" data-testid="legend-sizes" data-kind={by}>
      <div>{t("legend.sizes", { measure })}</div>
      <ul className="size-steps">
        {[1, 0.25, 1 / 16].map((k) => (
          <li key={k}>
            <span className="size-cell" style={{ width: 2 * METRIC_SIZE.max }}>
              <Swatch color="#8A939C" kind="dot" size={2 * metricSize(k)} />
            </span>
            {format(sizes.max * k)}
          </li>
        ))}
      </ul>
    </div>
  );
}
