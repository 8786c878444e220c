import { useMemo } from "react";
import { SAMPLE_LABEL } from "../state/store.ts";
import { visibleOf } from "../state/visible.ts";
import { useAtlas } from "./useAtlas.ts";
import { useFlowMatrix } from "./useFlowMatrix.ts";
import { useT } from "./useT.ts";

export function StatusLine() {
  const t = useT();
  const graph = useAtlas((s) => s.graph);
  const label = useAtlas((s) => s.dataset?.label);
  const removal = useAtlas((s) => s.removal);
  const filter = useAtlas((s) => s.filter);
  const vintage = useAtlas((s) => s.vintage);
  // The matrix counts the shown links (and cross-division ones under the vintage).
  const matrix = useFlowMatrix();
  const companies = useMemo(() => {
    const visible = visibleOf({ graph, removal, filter, vintage });
    if (!graph || !visible) return 0;
    return visible.all ? graph.order : graph.filterNodes((node) => visible.keepNode(node)).length;
  }, [graph, removal, filter, vintage]);
  if (!graph || !matrix) return <footer className="status" role="status" />;
  const cross = matrix.crossLinks;
  return (
    <footer className="status" role="status" data-testid="status-line">
      <span data-testid="status-counts" data-companies={companies} data-links={matrix.links} data-total-links={graph.size} data-cross={cross}>
        {t("status.line", { companies, links: matrix.links, total: graph.size, cross })}
      </span>
      {label && <span className="status-dataset">{t("status.dataset", { label: label === SAMPLE_LABEL ? t("sample.label") : label })}</span>}
    </footer>
  );
}
