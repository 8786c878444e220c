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

/** Byte arrays from this size up are stored as Blobs. */
const BLOB_FROM = 64 * 1024;
const BLOB_TAG = "__atlasBlob";

/**
 * A value as IndexedDB should keep it: large byte arrays become Blobs. Putting a Blob costs the
 * page almost nothing, while a 40 MB Uint8Array is serialised (and in Chrome compressed) on the
 * main thread inside put(): 80 ms and more of frozen page at the start of every large load.
 */
export function toStored(value: unknown): unknown {
  if (value instanceof Uint8Array) return value.byteLength >= BLOB_FROM && typeof Blob !== "undefined" ? { [BLOB_TAG]: new Blob([value as Uint8Array<ArrayBuffer>]) } : value;
  if (Array.isArray(value)) return value.map(toStored);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toStored(v)]));
  }
  return value;
}

/** The value toStored was given, its Blobs read back into byte arrays; values stored before pass unchanged. */
export async function fromStored(value: unknown): Promise<unknown> {
  if (value === null || typeof value !== "object" || ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return Promise.all(value.map(fromStored));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const blob = (value as Record<string, unknown>)[BLOB_TAG];
  if (typeof Blob !== "undefined" && blob instanceof Blob && Object.keys(value).length === 1) return new Uint8Array(await blob.arrayBuffer());
  const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await fromStored(v)] as const));
  return Object.fromEntries(entries);
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
    getMany: async (list) => Promise.all((await getMany(list, use())).map(fromStored)),
    setMany: async (entries) => setMany(entries.map(([k, v]) => [k, toStored(v)]), use()),
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
