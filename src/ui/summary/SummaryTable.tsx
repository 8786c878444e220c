// Summary mode's company table: every company of the summary with its numbers, virtualised
// (rows are made only when shown) and sortable; the order is worked out in the summary worker,
// since sorting a million rows takes longer than a frame. The file's own order is the ranking's
// (score, then cross links, then id), so the first view needs no sorting at all.
import { useEffect, useMemo, useState } from "react";
import type { SortDir, SummarySortKey } from "../../app/summary/summaryService.ts";
import { summaryReading, type SummaryData } from "../../graph/summary/columns.ts";
import { KNOWN_TIERS } from "../../model/types.ts";
import { unitOf, regionLabel } from "../../regions/units.ts";
import { formatCell, type Column, type Translate } from "../table/columns.ts";
import type { SortState } from "../table/SortHeader.tsx";
import { VirtualTable, type Rect } from "../table/VirtualTable.tsx";
import { useApp, useAtlas } from "../useAtlas.ts";
import { useT } from "../useT.ts";
import type { Lang } from "../../i18n/index.ts";
import { STORED_VINTAGE, type Vintage } from "../../model/types.ts";
import { summaryRows, type SummaryTableRow } from "./summaryRows.ts";
import "./summary.css";

const DEFAULT_SORT: SortState<SummaryTableRow> = { key: "score", dir: "desc" };
const SORTABLE = new Set<string>(["id", "name", "division", "industry", "tier", "degree", "weightedDegree", "partnerDivisions", "crossLinks", "crossPartners", "crossWeight", "score"]);

function tierText(t: Translate, tier: string): string {
  return (KNOWN_TIERS as readonly string[]).includes(tier) ? t(`tier.${tier as (typeof KNOWN_TIERS)[number]}`) : tier;
}

export function summaryColumns(t: Translate, lang: Lang, vintage: Vintage): Column<SummaryTableRow>[] {
  const num = (key: keyof SummaryTableRow & string, label: Parameters<Translate>[0], width = 110): Column<SummaryTableRow> => ({
    key, label: t(label), numeric: true, width, text: (r) => formatCell(lang, r[key] as number),
  });
  return [
    { key: "name", label: t("table.col.name"), numeric: false, width: 200, text: (r) => (lang === "en" && r.nameEn ? r.nameEn : r.name) },
    { key: "id", label: t("table.col.id"), numeric: false, width: 120, text: (r) => r.id },
    { key: "division", label: t("table.col.division"), numeric: false, width: 110, text: (r) => regionLabel(unitOf(r.division, vintage), lang) },
    { key: "industry", label: t("table.col.industry"), numeric: false, width: 140, text: (r) => r.industry },
    { key: "tier", label: t("table.col.tier"), numeric: false, width: 150, text: (r) => tierText(t, r.tier) },
    { key: "score", label: t("table.col.score"), numeric: true, width: 100, text: (r) => r.score.toFixed(3) },
    num("degree", "table.col.degree", 90),
    num("crossLinks", "table.col.crossLinks"),
    num("crossPartners", "table.col.crossPartners", 130),
    num("partnerDivisions", "table.col.partnerDivisions"),
    num("crossWeight", "table.col.crossWeight", 150),
    num("weightedDegree", "table.col.weightedDegree", 140),
    { key: "ego", label: t("table.col.ego"), numeric: false, width: 100, text: (r) => t(r.ego ? "table.yes" : "table.no") },
  ];
}

function nonIncreasing(values: Float64Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i]! > values[i - 1]!) return false;
  return true;
}

export interface SummaryTableProps {
  summary: SummaryData;
  initialRect: Rect;
  overscan: number;
}

export function SummaryTable({ summary, initialRect, overscan }: SummaryTableProps) {
  const t = useT();
  const app = useApp();
  const lang = useAtlas((s) => s.lang);
  const vintage = useAtlas((s) => s.vintage);
  const pick = useAtlas((s) => s.summaryPick);
  const [sort, setSort] = useState<SortState<SummaryTableRow>>(DEFAULT_SORT);
  // The file lists companies in ranking order (score first) under the stored vintage; checked, not assumed.
  const fileRanked = useMemo(() => nonIncreasing(summary.companies.numbers.score), [summary]);
  const free = fileRanked && sort.key === "score" && sort.dir === "desc" && vintage === STORED_VINTAGE;
  const wanted = free ? "file" : `${sort.key}:${sort.dir}:${vintage}`;
  const [order, setOrder] = useState<{ key: string; order: Uint32Array | null }>({ key: "", order: null });
  useEffect(() => {
    if (wanted === order.key) return;
    if (free) return setOrder({ key: wanted, order: null });
    let live = true;
    app.summary.port()?.sort(sort.key as SummarySortKey, sort.dir as SortDir, vintage)
      .then((o) => live && setOrder({ key: wanted, order: o }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [app, wanted, free, order.key, sort.key, sort.dir, vintage]);
  const sorting = wanted !== order.key;
  // Until the worker answers, the rows keep their last order rather than jumping.
  const rows = useMemo(() => summaryRows(summary, order.order, vintage), [summary, order, vintage]);
  const columns = useMemo(() => summaryColumns(t, lang, vintage), [t, lang, vintage]);
  const selectedIndex = useMemo(() => {
    if (!pick) return -1;
    return order.order ? order.order.indexOf(pick.row) : pick.row;
  }, [pick, order]);
  if (summaryReading(summary)) {
    return (
      <p className="muted" role="status" data-testid="summary-table-reading">
        {t("summary.readingCompanies", { count: summary.manifest.rows.companies })}
      </p>
    );
  }
  const onSort = (key: keyof SummaryTableRow & string) => {
    if (!SORTABLE.has(key)) return;
    const numeric = columns.find((c) => c.key === key)?.numeric ?? false;
    setSort(sort.key === key ? { key, dir: sort.dir === "asc" ? "desc" : "asc" } : { key, dir: numeric ? "desc" : "asc" });
  };
  return (
    <>
      <div className="data-table-bar">
        <span className="muted" data-testid="data-table-count" data-count={summary.companies.count} data-sorting={sorting} aria-live="polite">
          {t("table.rows", { count: summary.companies.count })}
          {sorting && ` · ${t("summary.sorting")}`}
        </span>
      </div>
      <VirtualTable
        rows={rows}
        columns={columns}
        label={t("table.title")}
        emptyText={t("table.empty")}
        rowId={(r) => r.id}
        selectedIndex={selectedIndex}
        isSelected={(r) => pick?.row === r.row}
        onActivate={(r) => void app.summary.choose(r.row)}
        sort={sort}
        onSort={onSort}
        initialRect={initialRect}
        overscan={overscan}
      />
    </>
  );
}
