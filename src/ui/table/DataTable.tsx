// Companies and links as sortable, virtualised tables that follow the filters and the selection:
// a row click selects the company (a link selects its supplier), a map click scrolls to its row.

import { useMemo, useState } from "react";
import { companyRowBuilder, linkRowBuilder, metricKeysOf, type CompanyRow, type LinkRow } from "../../graph/table/tableRows.ts";
import type { KeepEdge, KeepNode, SupplyGraph } from "../../graph/types.ts";
import { companyTableColumns, companyCsvColumns, linkTableColumns, linkCsvColumns } from "./columns.ts";
import type { SortState } from "./SortHeader.tsx";
import { TablePane } from "./TablePane.tsx";
import type { Rect } from "./VirtualTable.tsx";
import { useBuiltRows } from "./useBuiltRows.ts";
import { useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import { TabList, tabId, tabPanelId } from "../TabList.tsx";

export type TableTab = "companies" | "links";

export interface DataTableProps {
  graph: SupplyGraph;
  /** Companies to list (the current filter); all when absent. */
  keepNode?: KeepNode | undefined;
  /** Links to list and count (the current filter); all when absent. */
  keepEdge?: KeepEdge | undefined;
  onClose: () => void;
  /** Viewport assumed before the grid is measured: server rendering and the first paint draw this window. */
  initialRect?: Rect | undefined;
  /** Rows drawn beyond each edge of the viewport. */
  overscan?: number | undefined;
  initialTab?: TableTab | undefined;
}

const DEFAULT_RECT: Rect = { width: 900, height: 320 };
const DEFAULT_OVERSCAN = 8;
const TABS: readonly TableTab[] = ["companies", "links"];

const companyId = (r: CompanyRow) => r.id;
const companyMatches = (r: CompanyRow, selected: string) => r.id === selected;
const linkId = (r: LinkRow) => r.id;
const linkMatches = (r: LinkRow, selected: string) => r.supplierId === selected || r.buyerId === selected;
const linkSupplier = (r: LinkRow) => r.supplierId;

interface PaneProps {
  graph: SupplyGraph;
  keepNode: KeepNode | undefined;
  keepEdge: KeepEdge | undefined;
  initialRect: Rect;
  overscan: number;
}

function CompanyPane({ graph, keepNode, keepEdge, sort, onSortChange, ...view }: PaneProps & { sort: SortState<CompanyRow>; onSortChange: (s: SortState<CompanyRow>) => void }) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  // Metrics are written onto the nodes; a new result means new attributes to read.
  const metrics = useAtlas((s) => s.metrics);
  const { rows, building } = useBuiltRows(() => companyRowBuilder(graph, keepNode, keepEdge), [graph, keepNode, keepEdge, metrics]);
  const metricKeys = useMemo(() => metricKeysOf(rows ?? []), [rows]);
  const columns = useMemo(() => companyTableColumns(t, lang, metricKeys), [t, lang, metricKeys]);
  return (
    <TablePane
      rows={rows}
      building={building}
      columns={columns}
      csvColumns={() => companyCsvColumns(t, lang, metricKeys)}
      filename="supply-atlas-companies.csv"
      sort={sort}
      onSortChange={onSortChange}
      rowId={companyId}
      matches={companyMatches}
      companyOf={companyId}
      {...view}
    />
  );
}

function LinkPane({ graph, keepNode, keepEdge, sort, onSortChange, ...view }: PaneProps & { sort: SortState<LinkRow>; onSortChange: (s: SortState<LinkRow>) => void }) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const { rows, building } = useBuiltRows(() => linkRowBuilder(graph, keepEdge, keepNode), [graph, keepNode, keepEdge]);
  const columns = useMemo(() => linkTableColumns(t, lang), [t, lang]);
  return (
    <TablePane
      rows={rows}
      building={building}
      columns={columns}
      csvColumns={() => linkCsvColumns(t, lang)}
      filename="supply-atlas-links.csv"
      sort={sort}
      onSortChange={onSortChange}
      rowId={linkId}
      matches={linkMatches}
      companyOf={linkSupplier}
      {...view}
    />
  );
}

export function DataTable({ graph, keepNode, keepEdge, onClose, initialRect = DEFAULT_RECT, overscan = DEFAULT_OVERSCAN, initialTab = "companies" }: DataTableProps) {
  const t = useT();
  const [tab, setTab] = useState<TableTab>(initialTab);
  // Each tab keeps its own order while the other is shown.
  const [companySort, setCompanySort] = useState<SortState<CompanyRow>>({ key: "name", dir: "asc" });
  const [linkSort, setLinkSort] = useState<SortState<LinkRow>>({ key: "supplierName", dir: "asc" });
  const pane: PaneProps = { graph, keepNode, keepEdge, initialRect, overscan };
  return (
    <section className="data-table" role="dialog" aria-modal="false" aria-labelledby="data-table-title" data-testid="data-table" data-tab={tab}>
      <header>
        <h2 id="data-table-title">{t("table.title")}</h2>
        <TabList tabs={TABS} current={tab} onChange={setTab} label={(k) => t(`table.tab.${k}`)} idBase="data-table" testIdBase="data-table-tab" />
        <button type="button" className="close" aria-label={t("panel.close")} onClick={onClose}>×</button>
      </header>
      <div className="data-table-panel" role="tabpanel" id={tabPanelId("data-table")} aria-labelledby={tabId("data-table", tab)}>
        {tab === "companies" ? (
          <CompanyPane key="companies" {...pane} sort={companySort} onSortChange={setCompanySort} />
        ) : (
          <LinkPane key="links" {...pane} sort={linkSort} onSortChange={setLinkSort} />
        )}
      </div>
    </section>
  );
}
