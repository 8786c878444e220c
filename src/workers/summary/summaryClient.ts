// The main thread's side of the summary worker: requests as promises. The company table is
// copied to the worker once (the main thread keeps its own for the rows on screen).
import type { RegionScale } from "../../model/scale.ts";
import type { RankingWeights } from "../../graph/ranking/types.ts";
import type { DivisionCode, Vintage } from "../../model/types.ts";
import {
  loadSummaryTable, SummaryJob, type LoadedTable, type SortDir, type SummaryCompanyFigures, type SummaryDivisionCompanies, type SummaryHit,
  type SummaryRankResult, type SummarySortKey, type SummaryTable,
} from "./summaryJob.ts";
import type { PendingCompanies } from "../../graph/summary/columns.ts";
import type { NationalImpact, NationalRemovalRequest, NationalResilience } from "../../graph/summary/nationalWhatIf.ts";
import { writeSummaryDownload, type SummaryDownloadRequest, type SummaryDownloadResult } from "./summaryDownload.ts";

export type SummaryRequest =
  | { id: number; type: "init"; table: SummaryTable }
  | { id: number; type: "load"; zip: Uint8Array; name: string }
  | { id: number; type: "search"; query: string; limit: number }
  | { id: number; type: "sort"; key: SummarySortKey; dir: SortDir; vintage: Vintage }
  | { id: number; type: "rank"; weights: Partial<RankingWeights>; vintage: Vintage; shown: number }
  | { id: number; type: "whatIf"; request: WhatIfRequest }
  | { id: number; type: "resilience"; vintage: Vintage; shown: number }
  | { id: number; type: "download"; request: SummaryDownloadRequest }
  | { id: number; type: "divisionCompanies"; division: DivisionCode; vintage: RegionScale; shown: number }
  | { id: number; type: "company"; row: number; vintage: Vintage; weights: Partial<RankingWeights> };

/** A national what-if as the page asks it: companies by id (the worker knows their rows). */
export type WhatIfRequest = Omit<NationalRemovalRequest, "rows"> & { companies: readonly string[] };

export type SummaryReply =
  | { id: number; type: "done"; result: unknown }
  | { id: number; type: "error"; message: string }
  /** Download: the next bytes of the file, and the share of rows written. */
  | { id: number; type: "part"; bytes: Uint8Array; fraction: number };

/** Receives a download's bytes in order as the worker writes them. */
export type DownloadPart = (bytes: Uint8Array, fraction: number) => void;

/** What a summary worker starts from: a company table already read, or the bundle's bytes to read it from. */
export type SummarySource = { table: SummaryTable } | { pending: PendingCompanies };

/** What the app asks of a summary's worker; tests give an in-process one. */
export interface SummaryWorkerPort {
  /** The company table read from the bundle's bytes (null when the port was given a table). Requests wait for it. */
  loaded: Promise<LoadedTable | null>;
  search(query: string, limit: number): Promise<SummaryHit[]>;
  sort(key: SummarySortKey, dir: SortDir, vintage: Vintage): Promise<Uint32Array>;
  rank(weights: Partial<RankingWeights>, vintage: Vintage, shown: number): Promise<SummaryRankResult>;
  /** The national what-if; rejects when the bundle has no national tables. */
  whatIf(request: WhatIfRequest): Promise<NationalImpact>;
  /** The nation's sole suppliers and single-supplier divisions; rejects without national tables. */
  resilience(vintage: Vintage, shown: number): Promise<NationalResilience>;
  /** The national company table or ranking as a file, its bytes handed to `onPart` as written (summaryDownload.ts). */
  download(request: SummaryDownloadRequest, onPart: DownloadPart): Promise<SummaryDownloadResult>;
  /** A division's companies with the most cross-division links, nationally (the division profile). */
  divisionCompanies(division: DivisionCode, vintage: RegionScale, shown: number): Promise<SummaryDivisionCompanies>;
  /** One company's national numbers and rank (a company the bundle carries no links of). */
  company(row: number, vintage: Vintage, weights: Partial<RankingWeights>): Promise<SummaryCompanyFigures>;
  dispose(): void;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; onPart?: DownloadPart };
type Payload<T> = T extends unknown ? Omit<T, "id"> : never;

export function summaryWorker(source: SummarySource): SummaryWorkerPort {
  const worker = new Worker(new URL("./summary.worker.ts", import.meta.url), { type: "module" });
  const pending = new Map<number, Pending>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<SummaryReply>) => {
    const reply = event.data;
    const p = pending.get(reply.id);
    if (!p) return;
    if (reply.type === "part") return p.onPart?.(reply.bytes, reply.fraction);
    pending.delete(reply.id);
    if (reply.type === "error") p.reject(new Error(reply.message));
    else p.resolve(reply.result);
  };
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(event.message || "summary worker failed"));
    pending.clear();
  };
  const ask = <T>(request: Payload<SummaryRequest>, transfer: Transferable[] = [], onPart?: DownloadPart): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, ...(onPart ? { onPart } : {}) });
      worker.postMessage({ ...request, id }, transfer);
    });
  // The bundle's bytes move to the worker: the page has no further use for them.
  const loaded: Promise<LoadedTable | null> =
    "table" in source
      ? ask<null>({ type: "init", table: source.table })
      : ask<LoadedTable>({ type: "load", zip: source.pending.zip, name: source.pending.name }, [source.pending.zip.buffer as ArrayBuffer]);
  return {
    loaded,
    search: (query, limit) => ask({ type: "search", query, limit }),
    sort: (key, dir, vintage) => ask({ type: "sort", key, dir, vintage }),
    rank: (weights, vintage, shown) => ask({ type: "rank", weights, vintage, shown }),
    whatIf: (request) => ask({ type: "whatIf", request }),
    resilience: (vintage, shown) => ask({ type: "resilience", vintage, shown }),
    download: (request, onPart) => ask({ type: "download", request }, [], onPart),
    divisionCompanies: (division, vintage, shown) => ask({ type: "divisionCompanies", division, vintage, shown }),
    company: (row, vintage, weights) => ask({ type: "company", row, vintage, weights }),
    dispose() {
      worker.terminate();
      for (const p of pending.values()) p.reject(new Error("summary closed"));
      pending.clear();
    },
  };
}

/** The same port without a worker: Node tests and environments without workers. */
export function inProcessSummary(source: SummarySource): SummaryWorkerPort {
  const read = "table" in source ? null : loadSummaryTable(source.pending.zip, source.pending.name);
  const job = new SummaryJob("table" in source ? source.table : read!);
  return {
    loaded: Promise.resolve(read),
    search: async (query, limit) => job.search(query, limit),
    sort: async (key, dir, vintage) => job.sort(key, dir, vintage),
    rank: async (weights, vintage, shown) => job.rank(weights, vintage, shown),
    whatIf: async (request) => job.whatIf(request),
    resilience: async (vintage, shown) => job.resilience(vintage, shown),
    download: async (request, onPart) => writeSummaryDownload(job.table, request, onPart),
    divisionCompanies: async (division, vintage, shown) => job.divisionCompanies(division, vintage, shown),
    company: async (row, vintage, weights) => job.company(row, vintage, weights),
    dispose() {},
  };
}
