// Settings that mean something only while another one is set: the division mode needs selected
// divisions, a colour column needs colouring by a column. When the owner is cleared the
// dependent goes back to its default, so neither a link nor the saved settings carry a stale
// value that would come back unasked with the next selection. (The focus's depth and direction
// are one setting with its company already: focusField.ts.)
import type { ViewState } from "./schema.ts";

export interface DependentRule<K extends keyof ViewState = keyof ViewState> {
  key: K;
  /** The parameter the dependent owns and the one(s) it needs, for notices. */
  param: string;
  needs: string;
  /** Whether `view` gives the dependent a meaning; when not, it goes back to `fallback`. */
  holds(view: ViewState): boolean;
  fallback: ViewState[K];
}

/** Whether a division mode means something with `selected` divisions: "between" joins two or more; any mode needs one. */
export function divisionModeHolds(mode: ViewState["divisionMode"], selected: number): boolean {
  return mode === "all" || selected >= (mode === "between" ? 2 : 1);
}

function rule<K extends keyof ViewState>(r: DependentRule<K>): DependentRule {
  return r as unknown as DependentRule;
}

const DEPENDENT_RULES: readonly DependentRule[] = [
  rule({
    key: "divisionMode",
    param: "dm",
    needs: "div",
    holds: (v) => divisionModeHolds(v.divisionMode, v.selectedDivisions.length),
    fallback: "all",
  }),
  rule({ key: "colorAttribute", param: "nca", needs: "nc=attribute", holds: (v) => v.colorAttribute === null || v.nodeColorBy === "attribute", fallback: null }),
];

/** The rules `view` breaks (each a dependent whose owner is cleared). */
export function orphans(view: ViewState): DependentRule[] {
  return DEPENDENT_RULES.filter((r) => !r.holds(view));
}

/** `view` with every dependent whose owner is cleared back at its default (the same object when none is). */
export function dropOrphans(view: ViewState): ViewState {
  const broken = orphans(view);
  if (broken.length === 0) return view;
  const out = { ...view } as Record<keyof ViewState, unknown>;
  for (const r of broken) out[r.key] = r.fallback;
  return out as ViewState;
}
