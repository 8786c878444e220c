// Summary mode's own state: which company of the summary was chosen last, and whether the
// bundle carries its links. A company outside the ego networks has only its numbers; the app
// says so instead of selecting nothing in silence.
import type { StateCreator } from "zustand/vanilla";

export interface SummaryPick {
  /** Row of the summary's company table. */
  row: number;
  id: string;
  name: string;
  /** Whether the bundle's graph holds its ego network (then it is selected on the map). */
  inBundle: boolean;
}

export interface SummarySlice {
  summaryPick: SummaryPick | null;
  /** Why the summary's company table could not be read, if it could not. */
  summaryError: string | null;
  setSummaryPick: (pick: SummaryPick | null) => void;
  setSummaryError: (error: string | null) => void;
}

export const createSummarySlice: StateCreator<SummarySlice, [], [], SummarySlice> = (set) => ({
  summaryPick: null,
  summaryError: null,
  setSummaryPick: (summaryPick) => set({ summaryPick }),
  setSummaryError: (summaryError) => set({ summaryError }),
});
