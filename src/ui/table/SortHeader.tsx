import type { SortDir } from "../../graph/table/tableRows.ts";
import type { Column } from "./columns.ts";

export interface SortState<R> {
  key: keyof R & string;
  dir: SortDir;
}

interface Props<R> {
  columns: readonly Column<R>[];
  sort: SortState<R>;
  onSort: (key: keyof R & string) => void;
  template: string;
  height: number;
}

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/** The sticky header row: one button per column; the sorted one says so with aria-sort and an arrow. */
export function SortHeader<R>({ columns, sort, onSort, template, height }: Props<R>) {
  return (
    <div className="vt-head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: template, height }}>
      {columns.map((c) => {
        const sorted = c.key === sort.key;
        return (
          <div
            key={c.key}
            className={`vt-cell${c.numeric ? " num" : ""}`}
            role="columnheader"
            aria-sort={sorted ? ARIA_SORT[sort.dir] : "none"}
            data-key={c.key}
          >
            <button type="button" title={c.label} onClick={() => onSort(c.key)}>
              <span className="vt-label">{c.label}</span>
              <span className="vt-arrow" aria-hidden="true">{sorted ? (sort.dir === "asc" ? "▲" : "▼") : ""}</span>
            </button>
          </div>
        );
      })}
    </div>
  );
}
