import { useMemo } from "react";
import { atlasStore } from "../state/store.ts";
import { visibleOf } from "../state/visible.ts";
import { DataTable } from "./DataTable.tsx";
import { useAtlas } from "./useAtlas.ts";

/** The data table of what is shown: it follows the filters and any what-if removal. */
export function TableDock() {
  const open = useAtlas((s) => s.tableOpen);
  const graph = useAtlas((s) => s.graph);
  const filter = useAtlas((s) => s.filter);
  const removal = useAtlas((s) => s.removal);
  const vintage = useAtlas((s) => s.vintage);
  const visible = useMemo(() => visibleOf({ graph, filter, removal, vintage }), [graph, filter, removal, vintage]);
  if (!open || !visible) return null;
  const predicates = visible.all ? {} : { keepNode: visible.keepNode, keepEdge: visible.keepEdge };
  return <DataTable graph={visible.graph} {...predicates} onClose={() => atlasStore().getState().setTableOpen(false)} />;
}
