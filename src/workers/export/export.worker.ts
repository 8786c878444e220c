// Thin worker entry: the work is exportJob.ts; writing 50k links takes most of a second.
import type { WrittenFile } from "../../io/formats/types.ts";
import { runExport, type ExportRequest } from "./exportJob.ts";

self.onmessage = async (event: MessageEvent<ExportRequest>) => {
  try {
    const files: WrittenFile[] = await runExport(event.data, (fraction, step) => self.postMessage({ type: "progress", fraction, step }));
    const transfer = files.flatMap((f) => (typeof f.data === "string" ? [] : [f.data.buffer as ArrayBuffer]));
    self.postMessage({ type: "done", files }, { transfer });
  } catch (error) {
    self.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
