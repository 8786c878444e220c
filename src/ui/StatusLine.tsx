import { useMemo } from "react";
import { SAMPLE_LABEL } from "../state/store.ts";
import { removalTest } from "../graph/removal.ts";
import { useAtlas } from "./useAtlas.ts";
import { useFlowMatrix } from "./useFlowMatrix.ts";
import { useT } from "./useT.ts";

export function StatusLine() {
  const t = useT();
  const graph = useAtlas((s) => s.graph);
  const label = useAtlas((s) => s.dataset?.label);
  const removal = useAtlas((s) => s.removal);
  const vintage = useAtlas((s) => s.vintage);
  // The matrix counts links (and cross-division links under the vintage) with any what-if removal applied.
  const matrix = useFlowMatrix();
  const companies = useMemo(() => {
    if (!graph) return 0;
    if (!removal) return graph.order;
    const gone = removalTest(graph, removal, vintage);
    return graph.filterNodes((node) => !gone(node)).length;
  }, [graph, removal, vintage]);
  if (!graph || !matrix) return <footer className="status" role="status" />;
  const cross = matrix.crossLinks;
  return (
    <footer className="status" role="status" data-testid="status-line">
      <span data-testid="status-counts" data-companies={companies} data-links={matrix.links} data-cross={cross}>
        {t("status.line", { companies, links: matrix.links, cross })}
      </span>
      {label && <span className="status-dataset">{t("status.dataset", { label: label === SAMPLE_LABEL ? t("sample.label") : label })}</span>}
    </footer>
  );
}
