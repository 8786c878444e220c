// The national company table and the national ranking of a summary as files (CSV or XLSX), made
// in the summary worker, which holds the million-row table. Rows are made a batch at a time and
// handed on as bytes (`emit`): never a million row objects nor the whole file as one string.
// CSV cells go through csvCell (formula guard); XLSX through the streaming writer (xlsxStream.ts).

import type { Lang } from "../../i18n/index.ts";
import { translate, type MessageKey } from "../../i18n/index.ts";
import { scoreSummary, summaryMaxima, summaryPartsOf } from "../../graph/ranking/summaryScore.ts";
import type { RankedCompany, RankingWeights } from "../../graph/ranking/types.ts";
import { resolveWeights } from "../../graph/ranking/weights.ts";
import { allStrings, numbersUnder, stringAt, type SummaryData } from "../../graph/summary/columns.ts";
import type { Vintage } from "../../model/types.ts";
import { unitOf, regionLabel } from "../../regions/units.ts";
import { csvLine } from "../../io/write/csvCell.ts";
import { rankingCells, rankingHeader } from "../../io/write/rankingCsv.ts";
import { XLSX_MAX_ROWS, XlsxStreamWriter, type XlsxCell } from "../../io/write/xlsxStream.ts";

export type SummaryDownloadTable = "companies" | "ranking";
export type SummaryDownloadFormat = "csv" | "xlsx";

export interface SummaryDownloadRequest {
  table: SummaryDownloadTable;
  format: SummaryDownloadFormat;
  lang: Lang;
  vintage: Vintage;
  /** The ranking's weights (the user's); the company table's score column is the file's. */
  weights: Partial<RankingWeights>;
}

export interface SummaryDownloadResult {
  /** Data rows written (the header aside): every company. */
  rows: number;
  bytes: number;
  name: string;
  mime: string;
}

const BATCH = 5000;
const encoder = new TextEncoder();

export const SUMMARY_DOWNLOAD_MIME: Record<SummaryDownloadFormat, string> = {
  csv: "text/csv;charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The file name: which table, the vintage, the format. */
export function summaryDownloadName(request: Pick<SummaryDownloadRequest, "table" | "format" | "vintage">): string {
  return `supply-atlas-national-${request.table === "ranking" ? "ranking" : "companies"}-${request.vintage}.${request.format}`;
}

type Table = Pick<SummaryData, "companies" | "overrides">;

/** A table as a header and rows made on demand (row k of n). */
interface RowSource {
  header: string[];
  count: number;
  sheet: string;
  row(k: number): XlsxCell[];
}

function companyRows(table: Table, request: SummaryDownloadRequest): RowSource {
  const { lang, vintage } = request;
  const c = table.companies;
  const numbers = numbersUnder(table, vintage);
  const t = (key: MessageKey) => translate(lang, key);
  const yes = t("table.yes");
  const no = t("table.no");
  const tierName = (tier: string) => (tier === "super-regional" || tier === "regional-innovation" ? t(`tier.${tier}`) : tier);
  const header = [
    t("table.col.id"), t("table.col.name"), t("table.col.nameEn"), t("table.col.divisionCode"), t("table.col.division"), t("table.col.municipality"),
    t("table.col.industry"), t("table.col.tier"), t("table.col.degree"), t("table.col.linksIn"), t("table.col.linksOut"), t("table.col.weightedDegree"),
    t("table.col.partnerDivisions"), t("table.col.crossLinks"), t("table.col.crossPartners"), t("table.col.crossWeight"), t("table.col.score"), t("table.col.ego"),
  ];
  return {
    header,
    count: c.count,
    sheet: t("summary.download.sheet.companies"),
    row(i) {
      const code = unitOf(c.divisionCodes[c.division[i]!]!, vintage);
      const all = numbers.cross.all;
      return [
        stringAt(c.text.id, i), stringAt(c.text.name, i), stringAt(c.text.nameEn, i), code, regionLabel(code, lang, "full"), stringAt(c.text.municipality, i),
        stringAt(c.text.industry, i), tierName(stringAt(c.text.tier, i)), numbers.degree[i], numbers.inDegree[i], numbers.outDegree[i], numbers.weightedDegree[i],
        numbers.partnerDivisions[i], all.links[i], all.partners[i], all.weight[i], numbers.score[i], c.ego[i] ? yes : no,
      ];
    },
  };
}

function rankingRows(table: Table, request: SummaryDownloadRequest): RowSource {
  const { lang, vintage } = request;
  const c = table.companies;
  const numbers = numbersUnder(table, vintage);
  const w = resolveWeights(request.weights);
  const idAt = (i: number) => stringAt(c.text.id, i);
  // scoreSummary compares ids while sorting: every id decoded for it, then let go (rows decode their own).
  const ranking = scoreSummary(allStrings(c.text.id), numbers, w);
  const partsOf = summaryPartsOf(numbers, w, summaryMaxima(numbers));
  return {
    header: rankingHeader(lang),
    count: c.count,
    sheet: translate(lang, "summary.download.sheet.ranking"),
    row(k) {
      const i = ranking.order[k]!;
      const tier = stringAt(c.text.tier, i) || undefined;
      const ranked: RankedCompany = {
        id: idAt(i),
        name: stringAt(c.text.name, i) || idAt(i),
        division: c.divisionCodes[c.division[i]!]!,
        tier,
        rank: ranking.rank[i]!,
        score: ranking.scores[i]!,
        parts: partsOf(i),
        // Designation by tier, as the Ranking tab in summary mode.
        designated: tier === "super-regional",
      };
      return rankingCells(ranked, lang);
    },
  };
}

/**
 * Writes the table as `request.format`, handing the bytes to `emit` in order with the share done.
 * CSV: UTF-8 with a BOM (Korean Excel reads it as UTF-8), CRLF line ends.
 */
export function writeSummaryDownload(table: Table, request: SummaryDownloadRequest, emit: (bytes: Uint8Array, fraction: number) => void): SummaryDownloadResult {
  const source = request.table === "ranking" ? rankingRows(table, request) : companyRows(table, request);
  const n = source.count;
  let bytes = 0;
  const out = (chunk: Uint8Array, fraction: number) => {
    if (chunk.length === 0) return;
    bytes += chunk.length;
    emit(chunk, fraction);
  };
  if (request.format === "csv") {
    out(encoder.encode("\ufeff" + csvLine(source.header) + "\r\n"), 0);
    for (let start = 0; start < n; start += BATCH) {
      const end = Math.min(n, start + BATCH);
      const lines: string[] = [];
      for (let k = start; k < end; k++) lines.push(csvLine(source.row(k)));
      out(encoder.encode(lines.join("\r\n") + "\r\n"), end / n);
    }
  } else {
    let done = 0;
    // A copy of each chunk: the zip's may share memory it goes on using, and the worker moves what it is given.
    const writer = new XlsxStreamWriter((chunk) => out(chunk.slice(), n ? done / n : 1));
    // A table longer than a sheet goes on in a second sheet, its header repeated.
    for (let part = 0, k = 0; part === 0 || k < n; part++) {
      writer.startSheet(part === 0 ? source.sheet : `${source.sheet} (${part + 1})`);
      writer.addRow(source.header);
      for (; k < n && writer.rows < XLSX_MAX_ROWS; k++) {
        writer.addRow(source.row(k));
        done = k + 1;
      }
    }
    writer.finish();
  }
  return { rows: n, bytes, name: summaryDownloadName(request), mime: SUMMARY_DOWNLOAD_MIME[request.format] };
}
