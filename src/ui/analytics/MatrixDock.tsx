import { scaleOf } from "../../state/regionScale.ts";
import { flowsToCsv } from "../../io/write/flowsCsv.ts";
import { downloadText } from "../dialogs/download.ts";
import { FlowMatrix } from "./FlowMatrix.tsx";
import { useActions, useAtlas, useDerived } from "../useAtlas.ts";

export function MatrixDock() {
  const open = useAtlas((s) => s.matrixOpen);
  const vintage = useAtlas(scaleOf);
  const measure = useAtlas((s) => s.flowMeasure);
  const matrix = useDerived((d, s) => d.visibleMatrix(s));
  const actions = useActions();
  if (!open || !matrix) return null;
  return (
    <FlowMatrix
      matrix={matrix}
      onClose={() => actions.setMatrixOpen(false)}
      onDownloadCsv={(csv) => downloadText(`division-flow-matrix-${vintage}.csv`, csv)}
      onDownloadList={() => downloadText(`division-flows-${vintage}.csv`, flowsToCsv(matrix, measure))}
    />
  );
}
