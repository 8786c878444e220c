import type { NamedBuffer } from "../../model/types.ts";
import type { MappingSet } from "../../io/mapping/columnMapping.ts";
import type { ParseRequest } from "./parse.worker.ts";
import type { ParsedData } from "./parseJob.ts";
import { runOnce } from "../oneShot.ts";

export type { ParsedData };

/** After a load, the next worker starts this much later, when the page has settled. */
const REWARM_MS = 1500;

const startWorker = () => new Worker(new URL("./parse.worker.ts", import.meta.url), { type: "module" });
/**
 * A worker that first reads a small data set (the app's sample) while the page is idle:
 * compiling the readers and building the map's geometry cost a fresh worker about 150 ms of a
 * 10k-company load.
 */
const primedWorker = (files: NamedBuffer[]) => {
  const worker = startWorker();
  worker.postMessage({ prime: files }, files.map((f) => f.buffer));
  return worker;
};

/**
 * Reads files in a worker so a 50 MB CSV never freezes the page. One worker is kept started
 * ahead of need: starting one (fetching and compiling about 1 MB of readers) cost 100–200 ms of
 * every load. Each worker still reads one set of files and ends, so nothing from one load
 * lingers into the next.
 */
export function createParser() {
  let ready: Worker | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let primer: (() => NamedBuffer[]) | null = null;
  const warm = () => {
    timer = null;
    if (!ready && typeof Worker !== "undefined") ready = primer ? primedWorker(primer()) : startWorker();
  };
  // The first worker reads the page's first data at once: priming it would only delay that.
  if (typeof Worker !== "undefined") ready = startWorker();
  return {
    /**
     * `onEarly` gets a summary bundle's nation before its ego networks are read, or a big
     * network's companies before its links are (ParsedData.part); the result then follows.
     */
    async parse(files: NamedBuffer[], label: string, onProgress: (fraction: number) => void, mappings?: MappingSet, onEarly?: (data: ParsedData) => void): Promise<ParsedData> {
      const worker = ready ?? startWorker();
      ready = null;
      const request: ParseRequest = mappings ? { files, label, mappings } : { files, label };
      try {
        const parsed = (m: ParsedData): ParsedData => ({
          dataset: m.dataset, links: m.links, positions: m.positions, flows: m.flows, views: m.views, ...(m.drawing ? { drawing: m.drawing } : {}), summary: m.summary ?? null, ...(m.part ? { part: m.part } : {}),
        });
        const done = await runOnce<{ fraction: number }, ParsedData>(worker, request, files.map((f) => f.buffer), (m) => onProgress(m.fraction), (m) => onEarly?.(parsed(m)));
        return parsed(done);
      } finally {
        if (timer === null) timer = setTimeout(warm, REWARM_MS);
      }
    },
    /** Files each later worker reads first, while it waits for work. */
    primeWith(files: () => NamedBuffer[]) {
      primer = files;
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
      ready?.terminate();
      ready = null;
    },
  };
}
