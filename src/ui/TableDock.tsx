import { DataTable } from "./DataTable.tsx";
import { useActions, useAtlas, useDerived } from "./useAtlas.ts";

/** The data table of what is shown: it follows the filters and any what-if removal. */
export function TableDock() {
  const open = useAtlas((s) => s.tableOpen);
  const visible = useDerived((d, s) => d.visible(s));
  const actions = useActions();
  if (!open || !visible) return null;
  const predicates = visible.all ? {} : { keepNode: visible.keepNode, keepEdge: visible.keepEdge };
  return <DataTable graph={visible.graph} {...predicates} onClose={() => actions.setTableOpen(false)} />;
}
