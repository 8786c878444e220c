import { useMemo } from "react";
import type { FlowMatrix } from "../model/flows.ts";
import { visibleMatrix } from "../state/visible.ts";
import { useAtlas } from "./useAtlas.ts";

/** Division flows of what is shown (vintage, filters, what-if removal), shared with the map. */
export function useFlowMatrix(): FlowMatrix | null {
  const graph = useAtlas((s) => s.graph);
  const vintage = useAtlas((s) => s.vintage);
  const removal = useAtlas((s) => s.removal);
  const filter = useAtlas((s) => s.filter);
  return useMemo(() => visibleMatrix({ graph, vintage, removal, filter }), [graph, vintage, removal, filter]);
}
