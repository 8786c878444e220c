import type { PreviewResult } from "../../io/mapping/preview.ts";
import type { MappingRequest } from "./mapping.worker.ts";
import { runOnce } from "../oneShot.ts";

/** What a column mapping would load, worked out off the main thread. */
export async function previewInWorker(request: MappingRequest): Promise<PreviewResult> {
  const worker = new Worker(new URL("./mapping.worker.ts", import.meta.url), { type: "module" });
  return (await runOnce<never, { result: PreviewResult }>(worker, request, [])).result;
}
