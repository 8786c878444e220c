import type { DivisionCode } from "../../model/types.ts";
import type { FlowMatrix } from "../../model/flows.ts";

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

/**
 * How many of a matrix's links pass the division selection, and how many of those cross a
 * border: the company links the map draws under that selection (app/map/linkShowing.ts applies
 * passesDivisionSelection to each link's display divisions, as here to each cell's), counted
 * from the cells instead of the links. With nothing selected, every link.
 */
export function linksPassingSelection(matrix: FlowMatrix, selected: ReadonlySet<DivisionCode>, mode: SelectionMode): { links: number; cross: number } {
  if (selected.size === 0) return { links: matrix.links, cross: matrix.crossLinks };
  let cross = 0;
  for (const f of matrix.flows) if (passesDivisionSelection(f.from, f.to, selected, mode)) cross += f.count;
  let internal = 0;
  for (const [division, cell] of Object.entries(matrix.internal) as [DivisionCode, { count: number }][]) {
    if (passesDivisionSelection(division, division, selected, mode)) internal += cell.count;
  }
  return { links: cross + internal, cross };
}
