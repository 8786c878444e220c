// Saved sessions: the original files of a dataset (so a reload re-runs the same readers and
// reproduces the same import report) and the last view settings. Every call resolves to a
// StoreResult; storage trouble never throws into the app.
import { decodeView, encodeView } from "../view/codec.ts";
import type { KvBackend } from "./backend.ts";
import type { MappingSet } from "../../io/mapping/columnMapping.ts";
import { BadInputError, CorruptEntryError, toStoreError } from "./errors.ts";
import type { DatasetToSave, LostEntry, SavedDataset, SavedDatasetInfo, SavedFile, SessionStore, StoreResult } from "./types.ts";

/** Version of the stored records; a record of another version reads as corrupt. */
export const FORMAT = 1;
const MAX_ID_LENGTH = 256;
const MAX_SETTINGS_LENGTH = 64 * 1024;

const PREFIX = "dataset:";
const META_SUFFIX = ":meta";
const metaKey = (id: string) => `${PREFIX}${id}${META_SUFFIX}`;
const filesKey = (id: string) => `${PREFIX}${id}:files`;
const SETTINGS_KEY = "settings";

interface MetaRecord {
  format: number;
  id: string;
  label: string;
  savedAt: number;
  bytes: number;
  files: { name: string; bytes: number }[];
  /** Column mappings the files were read with; absent when none were given. */
  mappings?: MappingSet;
}

interface FilesRecord {
  format: number;
  id: string;
  files: SavedFile[];
}

interface SettingsRecord {
  format: number;
  query: string;
  savedAt: number;
}

export interface SessionStoreOptions {
  /** A call taking longer fails as "unavailable" (IndexedDB can hang when blocked by another tab). */
  timeoutMs?: number;
  now?: () => number;
}

// ---------------------------------------------------------------------------------------------
// Reading stored records: trust nothing.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
const isTime = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

function asBytes(v: unknown): Uint8Array | null {
  if (v instanceof Uint8Array) return v;
  // A Uint8Array from another realm (structured clone in some environments).
  if (Object.prototype.toString.call(v) === "[object Uint8Array]") {
    const view = v as Uint8Array;
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }
  return null;
}

function readMeta(value: unknown, id?: string): MetaRecord {
  if (!isObject(value)) throw new CorruptEntryError("entry is not a record");
  if (value.format !== FORMAT) throw new CorruptEntryError(`entry has format ${String(value.format)}, expected ${FORMAT}`);
  const { label, savedAt, bytes, files } = value;
  if (typeof value.id !== "string" || (id !== undefined && value.id !== id)) throw new CorruptEntryError("entry id does not match its key");
  if (typeof label !== "string" || !isTime(savedAt) || !isCount(bytes) || !Array.isArray(files)) {
    throw new CorruptEntryError("entry description is incomplete");
  }
  const list = files.map((f: unknown) => {
    if (!isObject(f) || typeof f.name !== "string" || !isCount(f.bytes)) throw new CorruptEntryError("file description is incomplete");
    return { name: f.name, bytes: f.bytes };
  });
  if (list.reduce((sum, f) => sum + f.bytes, 0) !== bytes) throw new CorruptEntryError("file sizes do not add up");
  const mappings = readMappings(value.mappings);
  return { format: FORMAT, id: value.id, label, savedAt, bytes, files: list, ...(mappings ? { mappings } : {}) };
}

/** Stored mappings, checked cell by cell; anything that is not text is dropped, never trusted. */
function readMappings(value: unknown): MappingSet | undefined {
  if (!isObject(value)) return undefined;
  const out: Record<string, Record<string, string>> = {};
  for (const [key, mapping] of Object.entries(value)) {
    if (!isObject(mapping) || key === "__proto__") continue;
    const fields: Record<string, string> = {};
    for (const [field, header] of Object.entries(mapping)) if (typeof header === "string" && field !== "__proto__") fields[field] = header;
    out[key] = fields;
  }
  return out as MappingSet;
}

function readFiles(value: unknown, meta: MetaRecord): SavedFile[] {
  if (!isObject(value) || value.format !== FORMAT || value.id !== meta.id || !Array.isArray(value.files)) {
    throw new CorruptEntryError("saved files are missing or unreadable");
  }
  if (value.files.length !== meta.files.length) throw new CorruptEntryError("saved files do not match their description");
  return value.files.map((f: unknown, i) => {
    const expected = meta.files[i]!;
    const bytes = isObject(f) ? asBytes(f.bytes) : null;
    if (!isObject(f) || f.name !== expected.name || !bytes || bytes.byteLength !== expected.bytes) {
      throw new CorruptEntryError(`saved file ${i + 1} does not match its description`);
    }
    return { name: expected.name, bytes };
  });
}

function info(meta: MetaRecord): SavedDatasetInfo {
  return { id: meta.id, label: meta.label, bytes: meta.bytes, savedAt: meta.savedAt, fileNames: meta.files.map((f) => f.name) };
}

function checkId(id: unknown): string {
  if (typeof id !== "string" || id === "" || id.length > MAX_ID_LENGTH) {
    throw new BadInputError(`dataset id must be a non-empty string of at most ${MAX_ID_LENGTH} characters`);
  }
  return id;
}

/** Checks the input and copies every file into a buffer of its own, synchronously. */
function snapshot(dataset: DatasetToSave): { meta: MetaRecord; files: FilesRecord } {
  const id = checkId(dataset.id);
  if (typeof dataset.label !== "string") throw new BadInputError("label must be a string");
  if (!isTime(dataset.savedAt)) throw new BadInputError("savedAt must be a finite number");
  if (!Array.isArray(dataset.files) || dataset.files.length === 0) throw new BadInputError("nothing to save: no files");
  const files = dataset.files.map((f, i) => {
    const bytes = asBytes(f.bytes);
    if (typeof f.name !== "string" || !bytes) throw new BadInputError(`file ${i + 1} needs a name and bytes`);
    // A view of part of a larger buffer is copied, so the rest of that buffer is never kept;
    // a view of a whole buffer (savedFilesFromBuffers made it) is kept as it is: 40 MB less to copy.
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    return { name: f.name, bytes: whole ? bytes : bytes.slice() };
  });
  const sizes = files.map((f) => ({ name: f.name, bytes: f.bytes.byteLength }));
  const meta: MetaRecord = {
    format: FORMAT,
    id,
    label: dataset.label,
    savedAt: dataset.savedAt,
    bytes: sizes.reduce((sum, f) => sum + f.bytes, 0),
    files: sizes,
    ...(dataset.mappings ? { mappings: readMappings(JSON.parse(JSON.stringify(dataset.mappings))) ?? {} } : {}),
  };
  return { meta, files: { format: FORMAT, id, files } };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  if (!(ms > 0 && Number.isFinite(ms))) return work;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = new Error(`storage did not answer within ${ms} ms`);
      error.name = "TimeoutError";
      reject(error);
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Reading the backend.

/** The readable descriptions of the saved datasets, newest first. */
async function listMetas(backend: KvBackend): Promise<MetaRecord[]> {
  const ids = (await backend.keys())
    .filter((k) => k.startsWith(PREFIX) && k.endsWith(META_SUFFIX))
    .map((k) => k.slice(PREFIX.length, -META_SUFFIX.length));
  if (ids.length === 0) return [];
  const values = await backend.getMany(ids.map(metaKey));
  const metas: MetaRecord[] = [];
  values.forEach((value, i) => {
    try {
      metas.push(readMeta(value, ids[i]));
    } catch (error) {
      if (!(error instanceof CorruptEntryError)) throw error;
    }
  });
  return metas.sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Removes entries whose two records do not both read; returns the readable descriptions and what was lost. */
async function sweep(backend: KvBackend): Promise<{ metas: MetaRecord[]; lost: LostEntry[] }> {
  const keys = await backend.keys();
  const ids = new Set<string>();
  for (const k of keys) {
    if (!k.startsWith(PREFIX)) continue;
    if (k.endsWith(META_SUFFIX)) ids.add(k.slice(PREFIX.length, -META_SUFFIX.length));
    else if (k.endsWith(":files")) ids.add(k.slice(PREFIX.length, -":files".length));
  }
  const present = new Set(keys);
  const list = [...ids];
  const values = list.length ? await backend.getMany(list.map(metaKey)) : [];
  const metas: MetaRecord[] = [];
  const lost: LostEntry[] = [];
  list.forEach((id, i) => {
    let meta: MetaRecord | null = null;
    let reason = "";
    try {
      meta = readMeta(values[i], id);
    } catch (error) {
      if (!(error instanceof CorruptEntryError)) throw error;
      reason = present.has(metaKey(id)) ? error.message : "its description is missing";
    }
    if (meta && !present.has(filesKey(id))) reason = "its files are missing";
    if (!reason && meta) metas.push(meta);
    else lost.push({ id, label: meta?.label ?? null, savedAt: meta?.savedAt ?? null, reason });
  });
  if (lost.length > 0) await backend.delMany(lost.flatMap((l) => [metaKey(l.id), filesKey(l.id)]));
  return { metas: metas.sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), lost };
}

/** A saved dataset whole; null when it is gone, CorruptEntryError when it does not read. */
async function loadById(backend: KvBackend, id: string): Promise<SavedDataset | null> {
  const [metaValue, filesValue] = await backend.getMany([metaKey(id), filesKey(id)]);
  if (metaValue === undefined && filesValue === undefined) return null;
  const meta = readMeta(metaValue, id);
  return { id, label: meta.label, savedAt: meta.savedAt, files: readFiles(filesValue, meta), ...(meta.mappings ? { mappings: meta.mappings } : {}) };
}

// ---------------------------------------------------------------------------------------------

export function createSessionStore(backend: KvBackend, options: SessionStoreOptions = {}): SessionStore {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = options.now ?? Date.now;

  async function attempt<T>(doing: string, work: () => Promise<T>): Promise<StoreResult<T>> {
    try {
      return { ok: true, value: await withTimeout(Promise.resolve().then(work), timeoutMs) };
    } catch (error) {
      return { ok: false, error: toStoreError(error, doing) };
    }
  }

  return {
    async saveDataset(dataset) {
      let copy: ReturnType<typeof snapshot>;
      try {
        copy = snapshot(dataset);
      } catch (error) {
        return { ok: false, error: toStoreError(error, "saving the dataset") };
      }
      const { meta, files } = copy;
      return attempt("saving the dataset", async () => {
        await backend.setMany([
          [metaKey(meta.id), meta],
          [filesKey(meta.id), files],
        ]);
        return info(meta);
      });
    },

    list: () => attempt("listing saved datasets", async () => (await listMetas(backend)).map(info)),

    load: (id) =>
      attempt("loading a saved dataset", async () => {
        return loadById(backend, checkId(id));
      }),

    loadLatest: () =>
      attempt("loading the latest saved dataset", async () => {
        const newest = (await listMetas(backend))[0];
        return newest ? loadById(backend, newest.id) : null;
      }),

    startup: () =>
      attempt("restoring the latest saved dataset", async () => {
        const { metas, lost } = await sweep(backend);
        for (const meta of metas) {
          try {
            const dataset = await loadById(backend, meta.id);
            if (dataset) return { dataset, lost: lost.sort((a, b) => (b.savedAt ?? Infinity) - (a.savedAt ?? Infinity)) };
          } catch (error) {
            if (!(error instanceof CorruptEntryError)) throw error;
            lost.push({ id: meta.id, label: meta.label, savedAt: meta.savedAt, reason: error.message });
            await backend.delMany([metaKey(meta.id), filesKey(meta.id)]);
          }
        }
        return { dataset: null, lost: lost.sort((a, b) => (b.savedAt ?? Infinity) - (a.savedAt ?? Infinity)) };
      }),

    remove: (id) =>
      attempt("removing a saved dataset", async () => {
        const key = checkId(id);
        await backend.delMany([metaKey(key), filesKey(key)]);
      }),

    saveSettings: (view) =>
      attempt("saving the settings", async () => {
        const record: SettingsRecord = { format: FORMAT, query: encodeView(view).toString(), savedAt: now() };
        await backend.setMany([[SETTINGS_KEY, record]]);
      }),

    loadSettings: (known) =>
      attempt("loading the settings", async () => {
        const [value] = await backend.getMany([SETTINGS_KEY]);
        if (value === undefined) return null;
        if (!isObject(value) || value.format !== FORMAT || typeof value.query !== "string" || value.query.length > MAX_SETTINGS_LENGTH) {
          throw new CorruptEntryError("saved settings are unreadable");
        }
        return decodeView(new URLSearchParams(value.query), known);
      }),

    clear: () => attempt("clearing saved sessions", () => backend.clear()),
  };
}
