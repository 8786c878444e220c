// Keyboard walking of the flow matrix: one tab stop for the whole grid, which the arrows move,
// so 289 cells do not flood the tab order.
import { useRef, useState, type KeyboardEvent, type RefObject } from "react";

export interface GridKeys {
  /** The cell that takes the tab stop. */
  tabStop: number;
  /** A cell took the focus (by the mouse or the keyboard): the tab stop follows it. */
  setActive: (index: number) => void;
  gridRef: RefObject<SVGGElement | null>;
  onKeyDown: (e: KeyboardEvent) => void;
}

/** `n` divisions a side, `count` cells in rows of n. */
export function useGridKeys(n: number, count: number): GridKeys {
  const [active, setActive] = useState(0);
  const gridRef = useRef<SVGGElement>(null);
  // A vintage switch can shrink the grid under the remembered tab stop.
  const tabStop = Math.min(active, count - 1);
  const onKeyDown = (e: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: n, ArrowUp: -n };
    const delta = step[e.key];
    if (delta === undefined || n === 0) return;
    e.preventDefault();
    const next = tabStop + delta;
    const sameRow = Math.abs(delta) === 1 ? Math.floor(next / n) === Math.floor(tabStop / n) : true;
    if (next < 0 || next >= count || !sameRow) return;
    setActive(next);
    gridRef.current?.querySelector<SVGRectElement>(`[data-index="${next}"]`)?.focus();
  };
  return { tabStop, setActive, gridRef, onKeyDown };
}
