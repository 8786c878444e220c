// The writers behind the FormatWriter interface, one per export format.

import { snapshotToBundle } from "./bundle.ts";
import type { ExportFormat, FormatWriter } from "./formats.ts";
import { metadataJson } from "./metadata.ts";
import type { ExportOptions, Snapshot } from "./snapshotTypes.ts";
import { snapshotToGexf } from "./write/gexf.ts";
import { snapshotToGraphJsonText } from "./write/graphJson.ts";
import { snapshotToGraphml } from "./write/graphml.ts";
import { edgesCsv, nodesCsv } from "./write/nodesEdgesCsv.ts";
import { snapshotToXlsx } from "./write/workbook.ts";
import { snapshotToParquet } from "./write/parquet.ts";
import { snapshotToArrow } from "./write/arrow.ts";
import { workbookLabels } from "./write/workbookLabels.ts";

const base = (name: string | undefined) => name ?? "supply-atlas";

export const FORMAT_WRITERS: Record<ExportFormat, FormatWriter> = {
  gexf: {
    id: "gexf",
    extension: ".gexf",
    mime: "application/gexf+xml",
    write: (s, o) => [{ name: `${base(o.baseName)}.gexf`, mime: "application/gexf+xml", data: snapshotToGexf(s, o.gexfVersion) }],
  },
  graphml: {
    id: "graphml",
    extension: ".graphml",
    mime: "application/graphml+xml",
    write: (s, o) => [{ name: `${base(o.baseName)}.graphml`, mime: "application/graphml+xml", data: snapshotToGraphml(s) }],
  },
  json: {
    id: "json",
    extension: ".json",
    mime: "application/json",
    write: (s, o) => [{ name: `${base(o.baseName)}.json`, mime: "application/json", data: snapshotToGraphJsonText(s) }],
  },
  csv: {
    id: "csv",
    extension: ".csv",
    mime: "text/csv",
    write: (s) => [
      { name: "nodes.csv", mime: "text/csv", data: nodesCsv(s) },
      { name: "edges.csv", mime: "text/csv", data: edgesCsv(s) },
      { name: "metadata.json", mime: "application/json", data: metadataJson(s.metadata) },
    ],
  },
  xlsx: {
    id: "xlsx",
    extension: ".xlsx",
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    write: (s, o) => [
      { name: `${base(o.baseName)}.xlsx`, mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data: snapshotToXlsx(s, workbookLabels(o.lang ?? "en")) },
    ],
  },
  // Two files each, as the CSV pair; metadata.json's text rides inside both.
  parquet: {
    id: "parquet",
    extension: ".parquet",
    mime: "application/vnd.apache.parquet",
    write: (s) => snapshotToParquet(s).map((f) => ({ ...f, mime: "application/vnd.apache.parquet" })),
  },
  arrow: {
    id: "arrow",
    extension: ".arrow",
    mime: "application/vnd.apache.arrow.file",
    write: (s) => snapshotToArrow(s).map((f) => ({ ...f, mime: "application/vnd.apache.arrow.file" })),
  },
  bundle: {
    id: "bundle",
    extension: ".zip",
    mime: "application/zip",
    write: (s, o) => {
      const inputs: { view?: unknown; png?: Uint8Array } = {};
      if (o.view !== undefined) inputs.view = o.view;
      if (o.png) inputs.png = o.png;
      return [{ name: `${base(o.baseName)}.zip`, mime: "application/zip", data: snapshotToBundle(s, inputs) }];
    },
  },
};

/** Writes a snapshot in one format: the file(s) to save, the main one first. */
export function exportSnapshot(snapshot: Snapshot, format: ExportFormat, options: ExportOptions = {}) {
  return FORMAT_WRITERS[format].write(snapshot, options);
}
