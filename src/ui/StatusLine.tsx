import { SAMPLE_LABEL } from "../state/store.ts";
import { useAtlas } from "./useAtlas.ts";
import { useFlowMatrix } from "./useFlowMatrix.ts";
import { useT } from "./useT.ts";

export function StatusLine() {
  const t = useT();
  const graph = useAtlas((s) => s.graph);
  const label = useAtlas((s) => s.dataset?.label);
  const counts = graph ? { companies: graph.order, links: graph.size } : null;
  // Cross-division links depend on the boundary vintage: the matrix has them per vintage.
  const matrix = useFlowMatrix();
  if (!counts || !matrix) return <footer className="status" role="status" />;
  const cross = matrix.crossLinks;
  return (
    <footer className="status" role="status" data-testid="status-line">
      <span data-testid="status-counts" data-companies={counts.companies} data-links={counts.links} data-cross={cross}>
        {t("status.line", { companies: counts.companies, links: counts.links, cross })}
      </span>
      {label && <span className="status-dataset">{t("status.dataset", { label: label === SAMPLE_LABEL ? t("sample.label") : label })}</span>}
    </footer>
  );
}
