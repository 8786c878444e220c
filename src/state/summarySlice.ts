// Summary mode's own state: which company of the summary was chosen last, and whether the
// bundle carries its links. A company outside the ego networks has only its numbers; the app
// says so instead of selecting nothing in silence.
import type { StateCreator } from "zustand/vanilla";
import type { NationalImpact } from "../graph/summary/nationalWhatIf.ts";
import type { Removal } from "../graph/filters/whatIfRemoval.ts";
import type { Vintage } from "../model/types.ts";
import type { RankingWeights } from "../graph/ranking/types.ts";

/**
 * The national what-if of the removal on screen, as the summary worker answered it. It belongs
 * to one removal and vintage: an answer for another is never shown. `impact` is null while the
 * worker works, and stays null with `error` set when it cannot answer (a bundle written before
 * the national tables).
 */
export interface SummaryImpact {
  removal: Removal;
  vintage: Vintage;
  /** The ranking weights the ranking after the removal was scored with. */
  weights: RankingWeights;
  impact: NationalImpact | null;
  error: string | null;
}

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
  summaryImpact: SummaryImpact | null;
  setSummaryImpact: (impact: SummaryImpact | null) => void;
  setSummaryPick: (pick: SummaryPick | null) => void;
  setSummaryError: (error: string | null) => void;
}

export const createSummarySlice: StateCreator<SummarySlice, [], [], SummarySlice> = (set) => ({
  summaryPick: null,
  summaryError: null,
  summaryImpact: null,
  setSummaryImpact: (summaryImpact) => set({ summaryImpact }),
  setSummaryPick: (summaryPick) => set({ summaryPick }),
  setSummaryError: (summaryError) => set({ summaryError }),
});
