import { useEffect, useState } from "react";
import type { SummaryHit } from "../../app/summary/summaryService.ts";
import { stringAt } from "../../graph/summary/columns.ts";
import { useApp, useAtlas } from "../useAtlas.ts";

export interface SummarySearchHit extends SummaryHit {
  name: string;
  nameEn: string;
  division: string;
  ego: boolean;
}

/**
 * The app's search over every company of the summary, answered by the summary worker (its index
 * of a million names takes seconds to build; the page stays responsive meanwhile). `pending`
 * while the answer to the latest query is outstanding; answers to older queries are dropped.
 */
export function useSummarySearch(query: string, enabled: boolean, limit: number): { hits: SummarySearchHit[]; pending: boolean } {
  const app = useApp();
  const summary = useAtlas((s) => s.summary);
  const [state, setState] = useState<{ query: string; hits: SummarySearchHit[] }>({ query: "", hits: [] });
  const q = query.trim();
  useEffect(() => {
    if (!summary || !enabled || q === "") return;
    let live = true;
    app.summary.port()?.search(q, limit).then(
      (hits) => {
        // Read the table now: it may have arrived from the worker after this query was asked.
        const c = app.store.getState().summary?.companies;
        if (!live || !c) return;
        setState({
          query: q,
          hits: hits.map((h) => ({
            ...h,
            name: stringAt(c.text.name, h.row) || h.id,
            nameEn: stringAt(c.text.nameEn, h.row),
            division: c.divisionCodes[c.division[h.row]!] ?? "",
            ego: c.ego[h.row] === 1,
          })),
        });
      },
      () => live && setState({ query: q, hits: [] }),
    );
    return () => {
      live = false;
    };
  }, [app, summary, enabled, q, limit]);
  if (!summary || q === "") return { hits: [], pending: false };
  return { hits: state.query === q ? state.hits : [], pending: state.query !== q };
}
