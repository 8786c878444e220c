// Key-value backends for the session store: IndexedDB (through idb-keyval) in the browser, a Map
// in tests. Backends may throw or reject; the session store turns that into typed failures.
import { clear, createStore, delMany, getMany, keys, setMany, type UseStore } from "idb-keyval";

export interface KvBackend {
  getMany(keys: string[]): Promise<unknown[]>;
  /** All or nothing. */
  setMany(entries: [string, unknown][]): Promise<void>;
  delMany(keys: string[]): Promise<void>;
  keys(): Promise<string[]>;
  clear(): Promise<void>;
}

export const DB_NAME = "supply-atlas";
export const STORE_NAME = "sessions";

function unavailable(message: string): Error {
  const error = new Error(message);
  error.name = "UnavailableError";
  return error;
}

/**
 * IndexedDB through idb-keyval. Nothing is opened until the first call, and a browser without
 * IndexedDB (some private modes, file:// in some browsers) fails each call as "unavailable".
 */
export function idbBackend(dbName = DB_NAME, storeName = STORE_NAME): KvBackend {
  let store: UseStore | null = null;
  const use = (): UseStore => {
    if (typeof indexedDB === "undefined" || indexedDB === null) throw unavailable("IndexedDB is not available here");
    store ??= createStore(dbName, storeName);
    return store;
  };
  return {
    getMany: async (list) => getMany(list, use()),
    setMany: async (entries) => setMany(entries, use()),
    delMany: async (list) => delMany(list, use()),
    keys: async () => (await keys(use())).filter((k): k is string => typeof k === "string"),
    clear: async () => clear(use()),
  };
}

/** In-memory backend; values are structured-cloned in and out, as IndexedDB does. */
export function memoryBackend(): KvBackend & { readonly map: Map<string, unknown> } {
  const map = new Map<string, unknown>();
  return {
    map,
    getMany: async (list) => list.map((k) => (map.has(k) ? structuredClone(map.get(k)) : undefined)),
    setMany: async (entries) => {
      const cloned = entries.map(([k, v]) => [k, structuredClone(v)] as const);
      for (const [k, v] of cloned) map.set(k, v);
    },
    delMany: async (list) => {
      for (const k of list) map.delete(k);
    },
    keys: async () => [...map.keys()],
    clear: async () => map.clear(),
  };
}
