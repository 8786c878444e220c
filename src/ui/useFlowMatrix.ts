import { useMemo } from "react";
import type { FlowMatrix } from "../graph/flowTypes.ts";
import { flowMatrixOf } from "../state/flowMatrix.ts";
import { useAtlas } from "./useAtlas.ts";

/** The flow matrix of the shown graph under the chosen vintage (cached, shared with the map). */
export function useFlowMatrix(): FlowMatrix | null {
  const graph = useAtlas((s) => s.graph);
  const vintage = useAtlas((s) => s.vintage);
  return useMemo(() => (graph ? flowMatrixOf(graph, vintage) : null), [graph, vintage]);
}
