// One store subscription for everything bound to sigma, calling each binding's update in a
// declared order: some read what an earlier one did (atlasView.ts says which).
import type { AtlasState } from "../../state/store.ts";

export type StoreUpdate = (state: AtlasState, previous: AtlasState) => void;

/** Runs every update now, then on every store change, in the order given; returns the unsubscribe. */
export function followInOrder(
  store: { getState(): AtlasState; subscribe(listener: (state: AtlasState, previous: AtlasState) => void): () => void },
  updates: readonly StoreUpdate[],
): () => void {
  const run = (state: AtlasState, previous: AtlasState) => {
    for (const update of updates) update(state, previous);
  };
  const unsubscribe = store.subscribe(run);
  run(store.getState(), store.getState());
  return unsubscribe;
}
