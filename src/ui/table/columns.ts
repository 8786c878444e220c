// Columns of the data table: what each shows, how it sorts and what the CSV writes for it.
// Display text is localised; CSV cells keep codes and raw numbers next to names.

import { regionLabel } from "../../regions/units.ts";
import { METRIC_KEYS } from "../../graph/metrics/keys.ts";
import type { CellValue, CompanyRow, LinkRow } from "../../graph/table/tableRows.ts";
import type { Lang, MessageKey } from "../../i18n/index.ts";
import type { CsvColumn } from "../../io/write/tableCsv.ts";
import { KNOWN_TIERS, type LinkType } from "../../model/types.ts";

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface Column<R> {
  /** Row property the column shows and sorts by. */
  key: keyof R & string;
  label: string;
  numeric: boolean;
  /** Pixels. */
  width: number;
  text: (row: R) => string;
  /** What the column sorts by when not the raw value, e.g. a division's localised name. */
  sortKey?: (value: CellValue) => CellValue;
}

const integer = { ko: new Intl.NumberFormat("ko-KR"), en: new Intl.NumberFormat("en-GB") };
const decimal = {
  ko: new Intl.NumberFormat("ko-KR", { maximumSignificantDigits: 4 }),
  en: new Intl.NumberFormat("en-GB", { maximumSignificantDigits: 4 }),
};

export function formatCell(lang: Lang, v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return "";
  return (Number.isInteger(v) ? integer : decimal)[lang].format(v);
}

// Six decimals: enough to tell near-ties apart, few enough to read (as the ranking CSV).
const round = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 1e6) / 1e6);

const isKnownTier = (tier: string): tier is (typeof KNOWN_TIERS)[number] => (KNOWN_TIERS as readonly string[]).includes(tier);

function tierText(t: Translate, tier: CellValue): string {
  if (typeof tier !== "string") return "";
  return isKnownTier(tier) ? t(`tier.${tier}`) : tier;
}

const typeText = (t: Translate, type: CellValue) => (typeof type === "string" ? t(`linkType.${type as LinkType}`) : "");

function metricLabel(key: string, lang: Lang): string {
  const info = METRIC_KEYS.find((m) => m.key === key);
  return info ? (lang === "ko" ? info.labelKo : info.labelEn) : key;
}

export function companyTableColumns(t: Translate, lang: Lang, metricKeys: readonly string[]): Column<CompanyRow>[] {
  const division = (v: CellValue) => (typeof v === "string" ? regionLabel(v, lang) : v);
  const metric = (key: string): Column<CompanyRow> => ({
    key: key as `m_${string}`,
    label: metricLabel(key, lang),
    numeric: true,
    width: 110,
    text: (r) => formatCell(lang, r[key as `m_${string}`]),
  });
  return [
    { key: "name", label: t("table.col.name"), numeric: false, width: 200, text: (r) => r.name },
    { key: "id", label: t("table.col.id"), numeric: false, width: 110, text: (r) => r.id },
    { key: "division", label: t("table.col.division"), numeric: false, width: 110, text: (r) => regionLabel(r.division, lang), sortKey: division },
    { key: "industry", label: t("table.col.industry"), numeric: false, width: 140, text: (r) => r.industry ?? "" },
    { key: "tier", label: t("table.col.tier"), numeric: false, width: 160, text: (r) => tierText(t, r.tier), sortKey: (v) => tierText(t, v) },
    { key: "linksIn", label: t("table.col.linksIn"), numeric: true, width: 100, text: (r) => formatCell(lang, r.linksIn) },
    { key: "linksOut", label: t("table.col.linksOut"), numeric: true, width: 100, text: (r) => formatCell(lang, r.linksOut) },
    { key: "crossLinks", label: t("table.col.crossLinks"), numeric: true, width: 110, text: (r) => formatCell(lang, r.crossLinks) },
    ...metricKeys.map(metric),
  ];
}

export function linkTableColumns(t: Translate, lang: Lang): Column<LinkRow>[] {
  const division = (v: CellValue) => (typeof v === "string" ? regionLabel(v, lang) : v);
  return [
    { key: "supplierName", label: t("table.col.supplier"), numeric: false, width: 180, text: (r) => r.supplierName },
    { key: "supplierDivision", label: t("table.col.supplierDivision"), numeric: false, width: 110, text: (r) => regionLabel(r.supplierDivision, lang), sortKey: division },
    { key: "buyerName", label: t("table.col.buyer"), numeric: false, width: 180, text: (r) => r.buyerName },
    { key: "buyerDivision", label: t("table.col.buyerDivision"), numeric: false, width: 110, text: (r) => regionLabel(r.buyerDivision, lang), sortKey: division },
    { key: "type", label: t("table.col.type"), numeric: false, width: 110, text: (r) => typeText(t, r.type), sortKey: (v) => typeText(t, v) },
    { key: "weight", label: t("table.col.weight"), numeric: true, width: 120, text: (r) => formatCell(lang, r.weight) },
    { key: "year", label: t("table.col.year"), numeric: true, width: 70, text: (r) => (r.year === undefined ? "" : String(r.year)) },
    { key: "cross", label: t("table.col.cross"), numeric: false, width: 90, text: (r) => t(r.cross ? "table.yes" : "table.no") },
  ];
}

/** Every company field, codes beside names, metrics as numbers; headers in `lang`. */
export function companyCsvColumns(t: Translate, lang: Lang, metricKeys: readonly string[]): CsvColumn<CompanyRow>[] {
  return [
    { header: t("table.col.id"), key: "id" },
    { header: t("table.col.name"), key: "name" },
    { header: t("table.col.nameEn"), key: "nameEn" },
    { header: t("table.col.divisionCode"), key: "division" },
    { header: t("table.col.division"), value: (r) => regionLabel(r.division, lang, "full") },
    { header: t("table.col.municipality"), key: "municipality" },
    { header: t("table.col.industry"), key: "industry" },
    { header: t("table.col.tier"), key: "tier" },
    { header: t("table.col.linksIn"), key: "linksIn" },
    { header: t("table.col.linksOut"), key: "linksOut" },
    { header: t("table.col.crossLinks"), key: "crossLinks" },
    ...metricKeys.map((key): CsvColumn<CompanyRow> => ({ header: metricLabel(key, lang), value: (r) => round(r[key as `m_${string}`]) })),
  ];
}

export function linkCsvColumns(t: Translate, lang: Lang): CsvColumn<LinkRow>[] {
  return [
    { header: t("table.col.linkId"), key: "id" },
    { header: t("table.col.supplierId"), key: "supplierId" },
    { header: t("table.col.supplier"), key: "supplierName" },
    { header: t("table.col.supplierDivisionCode"), key: "supplierDivision" },
    { header: t("table.col.supplierDivision"), value: (r) => regionLabel(r.supplierDivision, lang, "full") },
    { header: t("table.col.buyerId"), key: "buyerId" },
    { header: t("table.col.buyer"), key: "buyerName" },
    { header: t("table.col.buyerDivisionCode"), key: "buyerDivision" },
    { header: t("table.col.buyerDivision"), value: (r) => regionLabel(r.buyerDivision, lang, "full") },
    // Korean files name the type; English ones keep the code the readers accept.
    { header: t("table.col.type"), value: (r) => (lang === "en" ? r.type : typeText(t, r.type)) },
    { header: t("table.col.weight"), key: "weight" },
    { header: t("table.col.year"), key: "year" },
    { header: t("table.col.cross"), value: (r) => t(r.cross ? "table.yes" : "table.no") },
  ];
}
