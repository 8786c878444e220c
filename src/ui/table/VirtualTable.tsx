// A sortable ARIA grid that keeps only the rows in view (plus overscan) in the DOM. Rows have one
// fixed height and are placed by transform, so 100k rows cost what 30 do; nothing is measured.

import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Column } from "./columns.ts";
import { SortHeader, type SortState } from "./SortHeader.tsx";

export const ROW_HEIGHT = 26;
export const HEAD_HEIGHT = 30;

export interface Rect {
  width: number;
  height: number;
}

export interface VirtualTableProps<R> {
  /** Any indexable list: an array, or a view over a million rows that makes only the shown ones. */
  rows: ArrayLike<R>;
  columns: readonly Column<R>[];
  label: string;
  emptyText: string;
  rowId: (row: R) => string;
  /** Index of the first row standing for the store's selection, -1 for none; scrolled into view when it changes. */
  selectedIndex: number;
  isSelected: (row: R) => boolean;
  /** Click or Enter on a row. */
  onActivate: (row: R) => void;
  sort: SortState<R>;
  onSort: (key: keyof R & string) => void;
  /** Viewport assumed until the grid is measured: server rendering and the first paint show this window. */
  initialRect: Rect;
  overscan: number;
}

const clamp = (i: number, n: number) => Math.max(0, Math.min(n - 1, i));

export function VirtualTable<R>(props: VirtualTableProps<R>) {
  const { rows, columns, rowId, selectedIndex, isSelected, onActivate, sort, onSort, initialRect, overscan } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const uid = useId();
  const [active, setActive] = useState(Math.max(0, selectedIndex));
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan,
    initialRect,
    // The sticky header sits above row 0 inside the scrolled element.
    paddingStart: HEAD_HEIGHT,
    scrollPaddingStart: HEAD_HEIGHT,
    useFlushSync: false,
  });

  // A selection made elsewhere (the map) brings its row into view; so does a new sort or filter.
  // With no selection, new rows start at the top.
  const lastRows = useRef(rows);
  useEffect(() => {
    const rowsChanged = lastRows.current !== rows;
    lastRows.current = rows;
    if (selectedIndex >= 0) {
      setActive(selectedIndex);
      // A row already (partly) in view only gets nudged; one far away comes to the middle.
      const range = virtualizer.range;
      const near = range !== null && selectedIndex >= range.startIndex && selectedIndex <= range.endIndex;
      virtualizer.scrollToIndex(selectedIndex, { align: near ? "auto" : "center" });
    } else if (rowsChanged) {
      setActive(0);
      virtualizer.scrollToOffset(0);
    }
  }, [rows, selectedIndex, virtualizer]);

  const template = useMemo(() => columns.map((c) => `${c.width}px`).join(" "), [columns]);
  const width = useMemo(() => columns.reduce((sum, c) => sum + c.width, 0), [columns]);
  const current = rows.length === 0 ? -1 : clamp(active, rows.length);
  const items = virtualizer.getVirtualItems();
  const rowDomId = (index: number) => `${uid}-r${index}`;
  const activeShown = items.some((item) => item.index === current);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys on the header buttons are theirs.
    if (e.target !== e.currentTarget || rows.length === 0) return;
    const page = Math.max(1, Math.floor((e.currentTarget.clientHeight - HEAD_HEIGHT) / ROW_HEIGHT) - 1);
    let next: number;
    switch (e.key) {
      case "ArrowDown": next = current + 1; break;
      case "ArrowUp": next = current - 1; break;
      case "PageDown": next = current + page; break;
      case "PageUp": next = current - page; break;
      case "Home": next = 0; break;
      case "End": next = rows.length - 1; break;
      case "Enter": {
        e.preventDefault();
        const row = rows[current];
        if (row !== undefined) onActivate(row);
        return;
      }
      default: return;
    }
    e.preventDefault();
    next = clamp(next, rows.length);
    setActive(next);
    virtualizer.scrollToIndex(next, { align: "auto" });
  };

  return (
    <div
      ref={scrollRef}
      className="vt"
      role="grid"
      aria-label={props.label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeShown ? rowDomId(current) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <SortHeader columns={columns} sort={sort} onSort={onSort} template={template} height={HEAD_HEIGHT} />
      <div className="vt-body" role="rowgroup" style={{ height: virtualizer.getTotalSize() - HEAD_HEIGHT, width }}>
        {items.map((item) => {
          const row = rows[item.index];
          if (row === undefined) return null;
          const selected = isSelected(row);
          return (
            <div
              key={item.key}
              id={rowDomId(item.index)}
              className={`vt-row${selected ? " selected" : ""}${item.index === current ? " active" : ""}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={selected}
              data-id={rowId(row)}
              data-index={item.index}
              style={{ gridTemplateColumns: template, height: ROW_HEIGHT, transform: `translateY(${item.start - HEAD_HEIGHT}px)` }}
              onClick={() => {
                setActive(item.index);
                onActivate(row);
              }}
            >
              {columns.map((c) => {
                const text = c.text(row);
                return (
                  <div key={c.key} className={`vt-cell${c.numeric ? " num" : ""}`} role="gridcell" title={c.numeric ? undefined : text}>
                    {text}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      {rows.length === 0 && <p className="muted vt-empty">{props.emptyText}</p>}
    </div>
  );
}
