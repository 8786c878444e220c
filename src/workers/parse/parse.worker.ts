// Thin worker entry: the work is parseJob.ts.
import type { NamedBuffer } from "../../model/types.ts";
import type { MappingSet } from "../../io/mapping/columnMapping.ts";
import { parseFiles, type ParsedData } from "./parseJob.ts";

export interface ParseRequest {
  files: NamedBuffer[];
  label: string;
  /** Column mappings the user gave (by file name or header signature). */
  mappings?: MappingSet;
}

export type ParseMessage =
  | { type: "progress"; fraction: number }
  /** A summary bundle without its ego networks, or a big network's companies without links (part "companies"); "done" follows. */
  | ({ type: "partial" } & ParsedData)
  /** `dataset.links` is empty: the links travel as `links`, columns against dataset.companies. */
  | ({ type: "done" } & ParsedData)
  | { type: "error"; message: string };

const post = (message: ParseMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<ParseRequest | { prime: NamedBuffer[] }>) => {
  // Priming (parseClient.ts): the result is dropped, the compiled readers and geometry stay.
  if ("prime" in event.data) {
    parseFiles(event.data.prime, "prime");
    return;
  }
  try {
    const { files, label, mappings } = event.data;
    const { data, transfer } = parseFiles(files, label, (fraction) => post({ type: "progress", fraction }), mappings, (early) => post({ type: "partial", ...early.data }, early.transfer));
    post({ type: "done", ...data }, transfer);
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
