import { useMemo } from "react";
import type { FlowMatrix } from "../graph/flowTypes.ts";
import { flowMatrixWith } from "../state/flowMatrix.ts";
import { useAtlas } from "./useAtlas.ts";

/** The flow matrix of the shown graph under the chosen vintage, minus any what-if removal (cached, shared with the map). */
export function useFlowMatrix(): FlowMatrix | null {
  const graph = useAtlas((s) => s.graph);
  const vintage = useAtlas((s) => s.vintage);
  const removal = useAtlas((s) => s.removal);
  return useMemo(() => (graph ? flowMatrixWith(graph, vintage, removal) : null), [graph, vintage, removal]);
}
