// The fingerprint of the data on screen (graph/build/dataIdentity.ts), computed once per dataset in
// background slices (500k company ids are 15–60 ms of hashing) and remembered beside it.
import { fingerprintBuilder, summaryFingerprint } from "../../graph/build/dataIdentity.ts";
import type { AtlasState } from "../../state/store.ts";
import { stepInBackground } from "../../schedule/ownTask.ts";

type Shown = Pick<AtlasState, "dataset" | "summary">;

export interface DataFingerprints {
  /** The fingerprint of `state`'s data; null without data. */
  of(state: Shown): Promise<string | null>;
  /** The same, when it is known already (else null, and it is started). */
  peek(state: Shown): string | null;
}

export function createDataFingerprints(): DataFingerprints {
  // Keyed by the company list (a big network's companies and its links share it) or the bundle.
  const done = new WeakMap<object, string>();
  const running = new WeakMap<object, Promise<string>>();

  const keyOf = (state: Shown): object | null => state.summary?.manifest ?? state.dataset?.companies ?? null;

  const of = (state: Shown): Promise<string | null> => {
    const key = keyOf(state);
    if (!key) return Promise.resolve(null);
    const known = done.get(key);
    if (known !== undefined) return Promise.resolve(known);
    let work = running.get(key);
    if (!work) {
      const summary = state.summary;
      const companies = state.dataset?.companies ?? [];
      work = (async () => {
        if (summary) return summaryFingerprint(summary.manifest);
        const builder = fingerprintBuilder(companies);
        await stepInBackground((budget) => builder.step(budget), () => true, { first: 20_000, sliceMs: 10, least: 2_000 });
        return builder.result();
      })().then((fingerprint) => {
        done.set(key, fingerprint);
        running.delete(key);
        return fingerprint;
      });
      running.set(key, work);
    }
    return work;
  };

  return {
    of,
    peek(state) {
      const key = keyOf(state);
      if (!key) return null;
      const known = done.get(key);
      if (known === undefined) void of(state);
      return known ?? null;
    },
  };
}
