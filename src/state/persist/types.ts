import type { DecodedView } from "../view/codec.ts";
import type { ViewState } from "../view/schema.ts";
import type { MappingSet } from "../../io/mapping/columnMapping.ts";
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
  /** Column mappings the files were read with, so a reload reads them the same way. */
  mappings?: MappingSet;
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

/** A saved dataset that could not be read back and was removed, so it never lingers as a dead entry. */
export interface LostEntry {
  id: string;
  /** The label, when the description was still readable. */
  label: string | null;
  savedAt: number | null;
  /** English developer text: what was wrong. */
  reason: string;
}

export interface Startup {
  /** The newest dataset that reads back whole; null when none does. */
  dataset: SavedDataset | null;
  /** Entries found broken on the way (newest first) and removed. */
  lost: LostEntry[];
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
  /**
   * What a start-up should restore: the newest dataset that reads back whole, after removing
   * every broken entry (an unreadable description, files without a description or the other
   * way round, files that do not match their description) and saying which were lost.
   */
  startup(): Promise<StoreResult<Startup>>;
  remove(id: string): Promise<StoreResult<void>>;
  /** Stores the view as its URL query, so loading it goes through the same validating decoder. */
  saveSettings(view: ViewState): Promise<StoreResult<void>>;
  /** The saved view checked against `known`; null when none is saved. */
  loadSettings(known: KnownValues): Promise<StoreResult<DecodedView | null>>;
  /** Removes every saved dataset and the settings. */
  clear(): Promise<StoreResult<void>>;
}
