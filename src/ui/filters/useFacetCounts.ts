import { useEffect, useMemo, useState } from "react";
import { filterCounts } from "../../graph/filters/counts.ts";
import { yearHistogram } from "../../graph/filters/histogram.ts";
import type { SupplyGraph } from "../../graph/types.ts";
import type { FacetsResult } from "../../app/facetsService.ts";
import { useApp, useAtlas } from "../useAtlas.ts";
import { linksPending } from "../../state/loadStage.ts";

/**
 * The filter panel's counts and year histogram while it is open: computed here for small
 * networks, in the facets worker for big ones (the last counts stay shown, marked busy, until
 * the new ones arrive). A worker failure falls back to counting here.
 */
export function useFacetCounts(open: boolean): { result: FacetsResult | null; busy: boolean } {
  const app = useApp();
  const graph = useAtlas((s) => s.graph);
  const filter = useAtlas((s) => s.filter);
  const vintage = useAtlas((s) => s.vintage);
  // Counted on companies without their links every count would read 0: wait for the links.
  const pending = useAtlas((s) => linksPending(s.loadStage));
  const [failed, setFailed] = useState<SupplyGraph | null>(null);
  const inWorker = graph !== null && failed !== graph && app.facets.inWorker(graph);
  const local = useMemo(
    () => (graph && open && !inWorker && !pending ? { counts: filterCounts(graph, filter, vintage), years: yearHistogram(graph, filter, vintage) } : null),
    [graph, filter, vintage, open, inWorker, pending],
  );
  const [remote, setRemote] = useState<{ graph: SupplyGraph; filter: unknown; vintage: unknown; result: FacetsResult } | null>(null);
  useEffect(() => {
    if (!graph || !open || !inWorker || pending) return;
    let live = true;
    app.facets.count(graph, filter, vintage).then(
      (result) => {
        if (live && result) setRemote({ graph, filter, vintage, result });
      },
      () => {
        if (live) setFailed(graph);
      },
    );
    return () => {
      live = false;
    };
  }, [app, graph, filter, vintage, open, inWorker, pending]);
  if (pending) return { result: null, busy: true };
  if (!inWorker) return { result: local, busy: false };
  const current = remote && remote.graph === graph ? remote : null;
  return { result: current?.result ?? null, busy: !current || current.filter !== filter || current.vintage !== vintage };
}
