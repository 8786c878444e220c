// Thin worker entry: previewing a column mapping reads the whole file (twice), so it runs here.
import { previewMapping, type PreviewResult } from "../../io/mapping/preview.ts";
import type { ColumnMapping } from "../../io/mapping/columnMapping.ts";
import type { InputFile } from "../../model/types.ts";

export interface MappingRequest {
  file: InputFile;
  mapping: ColumnMapping | undefined;
  context: InputFile[];
  table?: string;
}

self.onmessage = (event: MessageEvent<MappingRequest>) => {
  try {
    const { file, mapping, context, table } = event.data;
    const result: PreviewResult = previewMapping(file, mapping, { context, rows: 8, ...(table === undefined ? {} : { table }) });
    self.postMessage({ type: "done", result });
  } catch (error) {
    self.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
