import { useMemo } from "react";
import { graphCounts } from "../graph/stats.ts";
import { SAMPLE_LABEL } from "../state/store.ts";
import { useAtlas } from "./useAtlas.ts";
import { useT } from "./useT.ts";

export function StatusLine() {
  const t = useT();
  const graph = useAtlas((s) => s.graph);
  const label = useAtlas((s) => s.dataset?.label);
  // A new load always brings a new graph object, so the graph itself is the memo key.
  const counts = useMemo(() => (graph ? graphCounts(graph) : null), [graph]);
  if (!counts) return <footer className="status" role="status" />;
  return (
    <footer className="status" role="status" data-testid="status-line">
      <span data-testid="status-counts" data-companies={counts.companies} data-links={counts.links} data-cross={counts.crossProvinceLinks}>
        {t("status.line", { companies: counts.companies, links: counts.links, cross: counts.crossProvinceLinks })}
      </span>
      {label && <span className="status-dataset">{t("status.dataset", { label: label === SAMPLE_LABEL ? t("sample.label") : label })}</span>}
    </footer>
  );
}
