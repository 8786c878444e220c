// Summary mode's long-running service: one worker per opened summary (search, sort, ranking
// over every company), started on first use and ended when other data replaces it; and the
// one action for choosing a company of the summary.
import type { AtlasStore } from "../../state/store.ts";
import { stringAt, summaryReading, type SummaryData } from "../../graph/summary/columns.ts";
import { summaryWorker, type SummarySource, type SummaryWorkerPort } from "../../workers/summary/summaryClient.ts";

export type { SummaryWorkerPort } from "../../workers/summary/summaryClient.ts";
export type { SortDir, SummaryCompanyFigures, SummaryDivisionCompanies, SummaryDivisionCompany, SummaryHit, SummaryRankResult, SummarySortKey } from "../../workers/summary/summaryJob.ts";
export { SUMMARY_NUMBER_SORT_KEYS, SUMMARY_TEXT_SORT_KEYS } from "../../workers/summary/summaryJob.ts";
import type { SummaryDownloadFormat, SummaryDownloadResult, SummaryDownloadTable } from "../../workers/summary/summaryDownload.ts";
export type { SummaryDownloadFormat, SummaryDownloadResult, SummaryDownloadTable } from "../../workers/summary/summaryDownload.ts";

/** A national table written by the summary worker: the file's parts, ready to save. */
export interface SummaryDownload extends SummaryDownloadResult {
  blob: Blob;
}

export type MakeSummaryPort = (source: SummarySource) => SummaryWorkerPort;

export interface SummaryService {
  /** The worker of the summary now shown, started on first use; null outside summary mode. */
  port(): SummaryWorkerPort | null;
  /**
   * Chooses row `row` of the summary: a company whose ego network the bundle carries is
   * selected and flown to, like any company; for any other the pick says its links are not in
   * the bundle. Returns whether it could be shown.
   */
  choose(row: number): boolean;
  /**
   * The national company table or ranking (every company, the user's language, vintage and
   * weights) written in the summary worker; `onProgress` gets the share of rows written.
   * Throws outside summary mode or while the company table is being read.
   */
  download(table: SummaryDownloadTable, format: SummaryDownloadFormat, onProgress?: (fraction: number) => void): Promise<SummaryDownload>;
  start(): () => void;
  dispose(): void;
}

export function createSummaryService(store: AtlasStore, make: MakeSummaryPort = summaryWorker): SummaryService {
  let current: { summary: SummaryData; port: SummaryWorkerPort } | null = null;
  const close = () => {
    current?.port.dispose();
    current = null;
  };
  const open = (summary: SummaryData): SummaryWorkerPort => {
    close();
    const pending = summary.pending;
    const port = make(pending ? { pending } : { table: { companies: summary.companies, overrides: summary.overrides } });
    const entry = { summary, port };
    current = entry;
    if (pending) {
      // The company table arrives while the map of the nation is already drawn.
      port.loaded.then(
        (table) => {
          if (current !== entry || !table) return;
          const next: SummaryData = { ...summary, companies: table.companies, overrides: table.overrides, pending: undefined };
          entry.summary = next;
          store.getState().setSummaryTable(summary, next, { rejected: table.rejected, warnings: table.warnings });
        },
        (error: unknown) => {
          if (current === entry) store.getState().setSummaryError(error instanceof Error ? error.message : String(error));
        },
      );
    }
    return port;
  };
  const service: SummaryService = {
    port() {
      const summary = store.getState().summary;
      // While the ego networks are read the bundle's company table is not in hand yet.
      if (!summary || summary.egoPending) return null;
      return current?.summary === summary ? current.port : open(summary);
    },
    choose(row) {
      const s = store.getState();
      const summary = s.summary;
      if (!summary || row < 0 || row >= summary.companies.count) return false;
      const id = stringAt(summary.companies.text.id, row);
      const name = stringAt(summary.companies.text.name, row) || id;
      const inBundle = s.graph?.hasNode(id) ?? false;
      s.setSummaryPick({ row, id, name, inBundle });
      if (inBundle) {
        s.select(id);
        s.requestFlyTo(id);
      } else if (s.selected !== null) {
        // The map must not keep showing another company as if it were the one chosen.
        s.select(null);
      }
      return inBundle;
    },
    async download(table, format, onProgress = () => undefined) {
      const s = store.getState();
      const port = service.port();
      if (!s.summary || !port || summaryReading(s.summary)) throw new Error("app/summary: no summary company table to download");
      // Parts are kept as they come (moved from the worker) and become one Blob at the end.
      const parts: Uint8Array[] = [];
      const result = await port.download({ table, format, lang: s.lang, vintage: s.vintage, weights: s.rankingWeights }, (bytes, fraction) => {
        if (bytes.length) parts.push(bytes);
        onProgress(fraction);
      });
      return { ...result, blob: new Blob(parts as BlobPart[], { type: result.mime }) };
    },
    start() {
      // A summary whose company table is still to be read starts its worker at once; other data
      // replacing the summary ends the worker and frees its memory.
      const check = (summary: SummaryData | null) => {
        if (current && current.summary !== summary) close();
        if (summary?.pending && !current) open(summary);
      };
      check(store.getState().summary);
      return store.subscribe((state, previous) => {
        if (state.summary !== previous.summary) check(state.summary);
      });
    },
    dispose: close,
  };
  return service;
}
