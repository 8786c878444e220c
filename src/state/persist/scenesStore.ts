// Scenes kept in this browser beside the saved sessions (the same IndexedDB store, so "clear
// everything" removes them too), one record per dataset label: scenes belong to the data they
// were made on. A record holds the `scenes` link text, so it reads back through decodeScenes.
import type { KvBackend } from "./backend.ts";
import { CorruptEntryError, toStoreError } from "./errors.ts";
import type { StoreResult } from "./types.ts";

const FORMAT = 1;
const MAX_LENGTH = 512 * 1024;
const keyOf = (datasetLabel: string) => `scenes:${datasetLabel}`;

export interface ScenesStore {
  /** Stores the encoded scenes ("" removes the record). */
  save(datasetLabel: string, encoded: string): Promise<StoreResult<void>>;
  /** The encoded scenes saved for a dataset, or null. */
  load(datasetLabel: string): Promise<StoreResult<string | null>>;
}

export function createScenesStore(backend: KvBackend, now: () => number = Date.now): ScenesStore {
  const attempt = async <T>(doing: string, work: () => Promise<T>): Promise<StoreResult<T>> => {
    try {
      return { ok: true, value: await work() };
    } catch (error) {
      return { ok: false, error: toStoreError(error, doing) };
    }
  };
  return {
    save: (label, encoded) =>
      attempt("saving the scenes", async () => {
        if (encoded === "") await backend.delMany([keyOf(label)]);
        else await backend.setMany([[keyOf(label), { format: FORMAT, scenes: encoded, savedAt: now() }]]);
      }),
    load: (label) =>
      attempt("loading the scenes", async () => {
        const [value] = await backend.getMany([keyOf(label)]);
        if (value === undefined) return null;
        const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
        if (record.format !== FORMAT || typeof record.scenes !== "string" || record.scenes.length > MAX_LENGTH) {
          throw new CorruptEntryError("saved scenes are unreadable");
        }
        return record.scenes;
      }),
  };
}
