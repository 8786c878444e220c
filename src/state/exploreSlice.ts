import type { StateCreator } from "zustand/vanilla";
import type { FilterState } from "../graph/filters/types.ts";
import type { StoreError } from "./persist/types.ts";
import { noFilter } from "./view/filterField.ts";
import type { StoredView } from "./view/schema.ts";
import type { FocusState, UrlNotice } from "./view/values.ts";

/** What happened to the user's saved data or view that they must be told about. */
export type SessionNotice =
  /** A saved dataset could not be read back and was removed. */
  | { kind: "lost"; label: string | null; reason: string }
  /** The page was closed before the files chosen last were saved. */
  | { kind: "not-kept"; label: string }
  /** A restored dataset held nothing valid any more and was removed. */
  | { kind: "nothing-valid"; label: string }
  /** The saved view settings could not be read, or drawing them failed: the view was reset. */
  | { kind: "view-reset"; reason: string };

/**
 * A link (an address) whose view was made for other data than the one shown: the session keeps
 * it, unapplied, until matching files are loaded. What the notice can say about that data.
 */
export interface PendingLink {
  /** How many companies the link's data has (from its fingerprint); null when the link does not say. */
  companies: number | null;
  /** A link without a fingerprint: what fits the shown data was applied (the rest waits). */
  partly: boolean;
}

export interface ExploreSlice {
  /** Ends of a shortest supply path to draw (from supplies … supplies to). */
  pathEnds: { from: string; to: string } | null;
  /** First end chosen, waiting for the second. */
  pathFrom: string | null;
  tableOpen: boolean;
  filtersOpen: boolean;
  /** Bumped to ask the map to fly to a company (search, table). */
  flyTo: { id: string; seq: number } | null;
  /** What the address asked for that could not be applied. */
  urlNotices: UrlNotice[];
  /** A link waiting for its data; set back to null to drop it (the notice's dismiss). */
  pendingLink: PendingLink | null;
  setPendingLink: (pendingLink: PendingLink | null) => void;
  /** The last failure to save to this browser's storage. */
  storageError: StoreError | null;
  savedOpen: boolean;
  sessionNotices: SessionNotice[];
  snapshotOpen: boolean;
  setSnapshotOpen: (open: boolean) => void;
  /** The file whose columns the mapping dialog is open for. */
  mappingFile: string | null;
  setMappingFile: (file: string | null) => void;
  addSessionNotices: (notices: SessionNotice[]) => void;
  clearSessionNotices: () => void;
  setNotices: (urlNotices: UrlNotice[], storageError?: StoreError | null) => void;
  setSavedOpen: (open: boolean) => void;
  setFilter: (patch: Partial<FilterState>) => void;
  resetFilter: () => void;
  setFocus: (focus: FocusState | null) => void;
  setPathEnds: (ends: { from: string; to: string } | null) => void;
  setPathFrom: (id: string | null) => void;
  setTableOpen: (open: boolean) => void;
  setFiltersOpen: (open: boolean) => void;
  requestFlyTo: (id: string) => void;
}

export const createExploreSlice: StateCreator<ExploreSlice & StoredView, [], [], ExploreSlice> = (set) => ({
  pathEnds: null,
  pathFrom: null,
  tableOpen: false,
  filtersOpen: false,
  flyTo: null,
  urlNotices: [],
  pendingLink: null,
  setPendingLink: (pendingLink) => set({ pendingLink }),
  storageError: null,
  savedOpen: false,
  sessionNotices: [],
  mappingFile: null,
  snapshotOpen: false,
  setSnapshotOpen: (snapshotOpen) => set({ snapshotOpen }),
  setMappingFile: (mappingFile) => set({ mappingFile }),
  addSessionNotices: (notices) => set((state) => ({ sessionNotices: [...state.sessionNotices, ...notices] })),
  clearSessionNotices: () => set({ sessionNotices: [] }),
  setNotices: (urlNotices, storageError = null) => set({ urlNotices, storageError }),
  setSavedOpen: (savedOpen) => set({ savedOpen }),
  // A new object on every change: renderer bindings compare by identity.
  setFilter: (patch) => set((state) => ({ filter: { ...state.filter, ...patch } })),
  resetFilter: () => set({ filter: noFilter() }),
  setFocus: (focus) => set({ focus }),
  setPathEnds: (pathEnds) => set({ pathEnds, pathFrom: null }),
  setPathFrom: (pathFrom) => set({ pathFrom }),
  setTableOpen: (tableOpen) => set({ tableOpen }),
  setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
  requestFlyTo: (id) => set((state) => ({ flyTo: { id, seq: (state.flyTo?.seq ?? 0) + 1 } })),
});
