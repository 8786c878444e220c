// What a "what is shown" export of a summary writes: the ego networks' companies and links the
// map's rule keeps (derived.counted), not the nation's counts the status line gives. The export
// writes the graph, and a summary's graph holds only the ego networks.
import { useMemo } from "react";
import { useApp, useAtlas } from "../useAtlas.ts";

export function useEgoShownCounts(active: boolean): { companies: number; links: number } | null {
  const app = useApp();
  const summary = useAtlas((s) => s.summary);
  const graph = useAtlas((s) => s.graph);
  // What derived.counted reads; the export dialog is modal, so these change rarely while it is open.
  const filter = useAtlas((s) => s.filter);
  const removal = useAtlas((s) => s.removal);
  const vintage = useAtlas((s) => s.vintage);
  const selectedDivisions = useAtlas((s) => s.selectedDivisions);
  const divisionMode = useAtlas((s) => s.divisionMode);
  const focus = useAtlas((s) => s.focus);
  const pathEnds = useAtlas((s) => s.pathEnds);
  return useMemo(() => {
    if (!active || !summary || !graph) return null;
    const parts = app.derived.counted(app.store.getState());
    if (!parts) return null;
    let companies = 0;
    let links = 0;
    graph.forEachNode((node) => {
      if (parts.keepNode(node)) companies++;
    });
    graph.forEachEdge((edge, _a, source, target) => {
      if (parts.keepEdge(edge, source, target)) links++;
    });
    return { companies, links };
  }, [app, active, summary, graph, filter, removal, vintage, selectedDivisions, divisionMode, focus, pathEnds]);
}
