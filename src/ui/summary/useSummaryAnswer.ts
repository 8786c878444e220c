// One request to the summary worker per change of what it depends on: the answer, the error,
// and whether they belong to the current inputs (a stale answer can stay on screen, marked,
// while the next is worked out). An answer that arrives after the inputs moved on is dropped.
import { useEffect, useState } from "react";
import type { SummaryWorkerPort } from "../../app/summary/summaryService.ts";
import { useApp } from "../useAtlas.ts";

export interface SummaryAnswer<T> {
  /** The last answer, possibly for earlier inputs (see `current`). */
  result: T | null;
  /** Why the last request failed, when it did. */
  error: string | null;
  /** Whether result and error answer the inputs now given. */
  current: boolean;
}

export function useSummaryAnswer<T>(ask: ((port: SummaryWorkerPort) => Promise<T>) | null, key: readonly unknown[]): SummaryAnswer<T> {
  const app = useApp();
  const [state, setState] = useState<{ key: readonly unknown[]; result: T | null; error: string | null }>({ key: [], result: null, error: null });
  useEffect(() => {
    const port = ask ? app.summary.port() : null;
    if (!ask || !port) return;
    let live = true;
    const k = key;
    ask(port).then(
      (result) => live && setState({ key: k, result, error: null }),
      (e: unknown) => live && setState({ key: k, result: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
    // The key lists what the request depends on; `ask` is a new closure each render.
  }, [app, ...key]);
  const current = state.key.length === key.length && state.key.every((k, i) => k === key[i]);
  return { result: state.result, error: state.error, current };
}
