import type { NamedBuffer } from "../model/types.ts";
import type { ParseMessage, ParseRequest } from "./parse.worker.ts";
import type { ParsedData } from "./parseJob.ts";

export type { ParsedData };

/** Reads files in a worker so a 50 MB CSV never freezes the page. */
export function parseInWorker(files: NamedBuffer[], label: string, onProgress: (fraction: number) => void): Promise<ParsedData> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./parse.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      const message = event.data;
      if (message.type === "progress") return onProgress(message.fraction);
      worker.terminate();
      if (message.type === "error") reject(new Error(message.message));
      else resolve({ dataset: message.dataset, links: message.links, positions: message.positions, flows: message.flows });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "parse worker failed"));
    };
    const request: ParseRequest = { files, label };
    worker.postMessage(request, files.map((f) => f.buffer));
  });
}
