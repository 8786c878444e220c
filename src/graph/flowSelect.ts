import type { DivisionCode } from "../model/types.ts";

export type SelectionMode = "all" | "incoming" | "outgoing" | "between";

/**
 * Whether a link or flow between two display divisions passes the division
 * selection. One rule for company links and for flows, so both levels agree.
 */
export function passesDivisionSelection(
  from: DivisionCode,
  to: DivisionCode,
  selected: ReadonlySet<DivisionCode>,
  mode: SelectionMode,
): boolean {
  if (selected.size === 0) return true;
  const a = selected.has(from);
  const b = selected.has(to);
  switch (mode) {
    case "all":
      return a || b;
    case "incoming":
      return b && !a;
    case "outgoing":
      return a && !b;
    case "between":
      return a && b && from !== to;
  }
}
