/**
 * Store listeners fire on every change (a hover included); a gate lets a
 * renderer binding redo its work only when one of the fields it reads, or a
 * derived value such as the draw level, actually changed.
 */
export function changeGate<S extends object, K extends keyof S>(keys: readonly K[]) {
  let last: S | null = null;
  let lastExtra: unknown = undefined;
  return {
    /** True when `state` differs from the previous call in a watched key or in `extra`. */
    changed(state: S, extra?: unknown): boolean {
      const changed = last === null || extra !== lastExtra || keys.some((k) => last![k] !== state[k]);
      last = state;
      lastExtra = extra;
      return changed;
    },
    /** The state seen by the previous call, to tell which key moved. */
    previous: (): S | null => last,
  };
}

/** Runs `update` now and after every store change; returns the unsubscribe. */
export function follow(store: { subscribe(listener: () => void): () => void }, update: () => void): () => void {
  const unsubscribe = store.subscribe(update);
  update();
  return unsubscribe;
}
