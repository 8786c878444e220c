import type { WrittenFile } from "../../io/formats/types.ts";
import type { ExportRequest } from "./exportJob.ts";
import { runOnce } from "../oneShot.ts";

/** Writes a graph snapshot off the main thread; the page keeps answering while it runs. */
export async function exportInWorker(request: ExportRequest, onProgress: (fraction: number, step: string) => void): Promise<WrittenFile[]> {
  const worker = new Worker(new URL("./export.worker.ts", import.meta.url), { type: "module" });
  const transfer = request.files.map((f) => f.bytes.buffer as ArrayBuffer);
  const done = await runOnce<{ fraction: number; step: string }, { files: WrittenFile[] }>(worker, request, transfer, (m) => onProgress(m.fraction, m.step));
  return done.files;
}
