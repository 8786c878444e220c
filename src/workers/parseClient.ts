import type { NamedBuffer } from "../model/types.ts";
import type { MappingSet } from "../io/mapping.ts";
import type { ParseRequest } from "./parse.worker.ts";
import type { ParsedData } from "./parseJob.ts";
import { runOnce } from "./oneShot.ts";

export type { ParsedData };

/** After a load, the next worker starts this much later, when the page has settled. */
const REWARM_MS = 1500;

const startWorker = () => new Worker(new URL("./parse.worker.ts", import.meta.url), { type: "module" });

/**
 * Reads files in a worker so a 50 MB CSV never freezes the page. One worker is kept started
 * ahead of need: starting one (fetching and compiling about 1 MB of readers) cost 100–200 ms of
 * every load. Each worker still reads one set of files and ends, so nothing from one load
 * lingers into the next.
 */
export function createParser() {
  let ready: Worker | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const warm = () => {
    timer = null;
    if (!ready && typeof Worker !== "undefined") ready = startWorker();
  };
  warm();
  return {
    /** `onEarly` gets a summary bundle's nation before its ego networks are read (the result then follows). */
    async parse(files: NamedBuffer[], label: string, onProgress: (fraction: number) => void, mappings?: MappingSet, onEarly?: (data: ParsedData) => void): Promise<ParsedData> {
      const worker = ready ?? startWorker();
      ready = null;
      const request: ParseRequest = mappings ? { files, label, mappings } : { files, label };
      try {
        const parsed = (m: ParsedData): ParsedData => ({ dataset: m.dataset, links: m.links, positions: m.positions, flows: m.flows, views: m.views, summary: m.summary ?? null });
        const done = await runOnce<{ fraction: number }, ParsedData>(worker, request, files.map((f) => f.buffer), (m) => onProgress(m.fraction), (m) => onEarly?.(parsed(m)));
        return parsed(done);
      } finally {
        if (timer === null) timer = setTimeout(warm, REWARM_MS);
      }
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      ready?.terminate();
      ready = null;
    },
  };
}
