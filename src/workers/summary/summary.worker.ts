// Thin worker entry: the work is summaryJob.ts. One worker per opened summary, answering
// requests one at a time in the order they came.
import { loadSummaryTable, SummaryJob, type SummaryTable } from "./summaryJob.ts";
import { copyTable, summaryTransferables } from "../../graph/summary/columns.ts";
import type { SummaryRequest, SummaryReply } from "./summaryClient.ts";
import { writeSummaryDownload } from "./summaryDownload.ts";

let job: SummaryJob | null = null;

self.onmessage = (event: MessageEvent<SummaryRequest>) => {
  const request = event.data;
  const reply = (message: SummaryReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
  try {
    switch (request.type) {
      case "init":
        job = new SummaryJob(request.table as SummaryTable);
        return reply({ id: request.id, type: "done", result: null });
      case "load": {
        // Read here; the page gets a copy of the columns, moved (receiving a copy of a million rows
        // held its thread for half a second). The job keeps the table as read: the national
        // tables, read on the first what-if and never needed by the page, find their companies
        // through an index over its id bytes.
        const loaded = loadSummaryTable(request.zip, request.name, "later");
        job = new SummaryJob(loaded);
        const { national: _national, readNational: _later, ...table } = loaded;
        const forPage = copyTable(table);
        return reply({ id: request.id, type: "done", result: forPage }, summaryTransferables(forPage));
      }
      case "search":
        return reply({ id: request.id, type: "done", result: need(job).search(request.query, request.limit) });
      case "sort": {
        const order = need(job).sort(request.key, request.dir, request.vintage);
        return reply({ id: request.id, type: "done", result: order }, [order.buffer]);
      }
      case "rank":
        return reply({ id: request.id, type: "done", result: need(job).rank(request.weights, request.vintage, request.shown) });
      case "whatIf":
        return reply({ id: request.id, type: "done", result: need(job).whatIf(request.request) });
      case "resilience":
        return reply({ id: request.id, type: "done", result: need(job).resilience(request.vintage, request.shown) });
      case "download": {
        // The file goes to the page in parts as it is written, each moved rather than copied.
        const result = writeSummaryDownload(need(job).table, request.request, (bytes, fraction) =>
          reply({ id: request.id, type: "part", bytes, fraction }, [bytes.buffer as ArrayBuffer]),
        );
        return reply({ id: request.id, type: "done", result });
      }
      case "divisionCompanies":
        return reply({ id: request.id, type: "done", result: need(job).divisionCompanies(request.division, request.vintage, request.shown) });
      case "company":
        return reply({ id: request.id, type: "done", result: need(job).company(request.row, request.vintage, request.weights) });
    }
  } catch (error) {
    reply({ id: request.id, type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};

function need(j: SummaryJob | null): SummaryJob {
  if (!j) throw new Error("workers/summary: no summary loaded");
  return j;
}
