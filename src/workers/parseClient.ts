import type { NamedBuffer } from "../model/types.ts";
import type { MappingSet } from "../io/mapping.ts";
import type { ParseRequest } from "./parse.worker.ts";
import type { ParsedData } from "./parseJob.ts";
import { runOnce } from "./oneShot.ts";

export type { ParsedData };

/** Reads files in a worker so a 50 MB CSV never freezes the page. */
export async function parseInWorker(files: NamedBuffer[], label: string, onProgress: (fraction: number) => void, mappings?: MappingSet): Promise<ParsedData> {
  const worker = new Worker(new URL("./parse.worker.ts", import.meta.url), { type: "module" });
  const request: ParseRequest = mappings ? { files, label, mappings } : { files, label };
  const done = await runOnce<{ fraction: number }, ParsedData>(worker, request, files.map((f) => f.buffer), (m) => onProgress(m.fraction));
  return { dataset: done.dataset, links: done.links, positions: done.positions, flows: done.flows, views: done.views, summary: done.summary ?? null };
}
