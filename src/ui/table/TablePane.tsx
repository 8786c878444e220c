import { useMemo } from "react";
import { useSortedRows } from "./useSortedRows.ts";
import { rowsToCsv, type CsvColumn } from "../../io/write/tableCsv.ts";
import { downloadText } from "../dialogs/download.ts";
import { useActions, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import type { Column } from "./columns.ts";
import type { SortState } from "./SortHeader.tsx";
import { VirtualTable, type Rect } from "./VirtualTable.tsx";

export interface TablePaneProps<R extends object> {
  /** Null while a big table's first rows are being built (useBuiltRows). */
  rows: readonly R[] | null;
  /** New rows are being built: the ones shown are the last built, if any (useBuiltRows). */
  building: boolean;
  columns: readonly Column<R>[];
  csvColumns: () => readonly CsvColumn<R>[];
  filename: string;
  sort: SortState<R>;
  onSortChange: (sort: SortState<R>) => void;
  rowId: (row: R) => string;
  /** Whether a row stands for the selected company. */
  matches: (row: R, selected: string) => boolean;
  /** The company a click or Enter on the row selects. */
  companyOf: (row: R) => string;
  initialRect: Rect;
  overscan: number;
}

const NO_ROWS: readonly never[] = [];

/** Row count, CSV export and the grid for one kind of row; sorting happens here, once per change. */
export function TablePane<R extends object>(props: TablePaneProps<R>) {
  const { columns, sort, onSortChange, matches, companyOf, building } = props;
  const rows = props.rows ?? NO_ROWS;
  const t = useT();
  const actions = useActions();
  const selected = useAtlas((s) => s.selected);
  const { sorted, busy } = useSortedRows(rows, columns, sort);
  const selectedIndex = useMemo(() => (selected === null ? -1 : sorted.findIndex((r) => matches(r, selected))), [sorted, selected, matches]);
  const onSort = (key: keyof R & string) => {
    const numeric = columns.find((c) => c.key === key)?.numeric ?? false;
    // Numbers start biggest first, text from 가 / A; a second click turns the order round.
    onSortChange(sort.key === key ? { key, dir: sort.dir === "asc" ? "desc" : "asc" } : { key, dir: numeric ? "desc" : "asc" });
  };
  return (
    <>
      <div className="data-table-bar" data-testid="data-table-bar" aria-busy={busy || building} data-sorting={busy || building}>
        <span className="muted" data-testid="data-table-count" aria-live="polite">
          {building ? t("table.building") : t("table.rows", { count: sorted.length })}
        </span>
        <button type="button" data-testid="data-table-download" onClick={() => downloadText(props.filename, rowsToCsv(sorted, props.csvColumns()))}>
          {t("table.download")}
        </button>
      </div>
      <VirtualTable
        rows={sorted}
        columns={columns}
        label={t("table.title")}
        // No rows yet is not no rows.
        emptyText={building ? t("table.building") : t("table.empty")}
        rowId={props.rowId}
        selectedIndex={selectedIndex}
        isSelected={(row) => selected !== null && matches(row, selected)}
        onActivate={(row) => actions.select(companyOf(row))}
        sort={sort}
        onSort={onSort}
        initialRect={props.initialRect}
        overscan={props.overscan}
      />
    </>
  );
}
