import type { DecodedView } from "../view/codec.ts";
import type { ViewState } from "../view/schema.ts";
import type { KnownValues } from "../view/values.ts";

export type StoreErrorCode = "quota" | "unavailable" | "corrupt" | "unknown";

export interface StoreError {
  code: StoreErrorCode;
  /** English developer text; the UI translates `code`. */
  message: string;
}

/** Every store call resolves to one of these; none rejects, so the data in memory stays usable. */
export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

export interface SavedFile {
  name: string;
  /** The file exactly as it was read, so a reload runs the same readers and gets the same report. */
  bytes: Uint8Array;
}

export interface DatasetToSave {
  /** Caller's key; saving under an existing id replaces that entry. */
  id: string;
  /** The label given to the readers, so the reloaded dataset is labelled the same. */
  label: string;
  files: SavedFile[];
  /** Epoch milliseconds. */
  savedAt: number;
}

export type SavedDataset = DatasetToSave;

/** A saved dataset without its bytes, for listing. */
export interface SavedDatasetInfo {
  id: string;
  label: string;
  /** Total size of the saved files. */
  bytes: number;
  savedAt: number;
  fileNames: string[];
}

export interface SessionStore {
  /** Copies the bytes before its first await: buffers detached afterwards (sent to a worker) do not matter. */
  saveDataset(dataset: DatasetToSave): Promise<StoreResult<SavedDatasetInfo>>;
  /** Saved datasets, newest first; unreadable entries are left out (load them by id to see why). */
  list(): Promise<StoreResult<SavedDatasetInfo[]>>;
  /** null when nothing is saved under `id`. */
  load(id: string): Promise<StoreResult<SavedDataset | null>>;
  /** The newest saved dataset, or null when there is none. */
  loadLatest(): Promise<StoreResult<SavedDataset | null>>;
  remove(id: string): Promise<StoreResult<void>>;
  /** Stores the view as its URL query, so loading it goes through the same validating decoder. */
  saveSettings(view: ViewState): Promise<StoreResult<void>>;
  /** The saved view checked against `known`; null when none is saved. */
  loadSettings(known: KnownValues): Promise<StoreResult<DecodedView | null>>;
  /** Removes every saved dataset and the settings. */
  clear(): Promise<StoreResult<void>>;
}
