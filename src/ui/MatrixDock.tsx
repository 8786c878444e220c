import { flowsToCsv } from "../io/write/flowsCsv.ts";
import { atlasStore } from "../state/store.ts";
import { downloadText } from "./download.ts";
import { FlowMatrix } from "./FlowMatrix.tsx";
import { useAtlas } from "./useAtlas.ts";
import { useFlowMatrix } from "./useFlowMatrix.ts";

export function MatrixDock() {
  const open = useAtlas((s) => s.matrixOpen);
  const vintage = useAtlas((s) => s.vintage);
  const measure = useAtlas((s) => s.flowMeasure);
  const matrix = useFlowMatrix();
  if (!open || !matrix) return null;
  return (
    <FlowMatrix
      matrix={matrix}
      onClose={() => atlasStore().getState().setMatrixOpen(false)}
      onDownloadCsv={() => downloadText(`division-flows-${vintage}.csv`, flowsToCsv(matrix, measure))}
    />
  );
}
