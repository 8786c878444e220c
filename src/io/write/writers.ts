// The writers behind the FormatWriter interface, one per export format.

import { snapshotToBundle, type BundleInputs } from "../snapshot/bundleWrite.ts";
import type { ExportFormat, FormatWriter } from "../formats/types.ts";
import { metadataJson } from "../snapshot/metadata.ts";
import type { ExportOptions, Snapshot } from "../snapshot/types.ts";
import { snapshotToGexf } from "./gexf.ts";
import { snapshotToGraphJsonText } from "./graphJson.ts";
import { snapshotToGraphml } from "./graphml.ts";
import { edgesCsv, nodesCsv } from "./nodesEdgesCsv.ts";
import { snapshotToXlsx } from "./workbook.ts";
import { snapshotToParquet } from "./parquet.ts";
import { snapshotToArrow } from "./arrow.ts";
import { workbookLabels } from "./workbookLabels.ts";

const base = (name: string | undefined) => name ?? "supply-atlas";

export const FORMAT_WRITERS: Record<ExportFormat, FormatWriter> = {
  gexf: {
    id: "gexf",
    summary: "GEXF for Gephi, Gephi Lite, NetworkX (see --gexf-version)",
    extension: ".gexf",
    mime: "application/gexf+xml",
    write: (s, o) => [{ name: `${base(o.baseName)}.gexf`, mime: "application/gexf+xml", data: snapshotToGexf(s, o.gexfVersion) }],
  },
  graphml: {
    id: "graphml",
    summary: "GraphML for NetworkX, igraph, yEd, Cytoscape, Gephi",
    extension: ".graphml",
    mime: "application/graphml+xml",
    write: (s, o) => [{ name: `${base(o.baseName)}.graphml`, mime: "application/graphml+xml", data: snapshotToGraphml(s) }],
  },
  json: {
    id: "json",
    summary: "graphology JSON (graph.export())",
    extension: ".json",
    mime: "application/json",
    write: (s, o) => [{ name: `${base(o.baseName)}.json`, mime: "application/json", data: snapshotToGraphJsonText(s) }],
  },
  csv: {
    id: "csv",
    summary: "nodes.csv, edges.csv, metadata.json (Gephi, pandas)",
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
    summary: "Excel workbook: companies, links, flows, ranking, report",
    extension: ".xlsx",
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    write: (s, o) => [
      { name: `${base(o.baseName)}.xlsx`, mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data: snapshotToXlsx(s, workbookLabels(o.lang ?? "en")) },
    ],
  },
  // Two files each, as the CSV pair; metadata.json's text rides inside both.
  parquet: {
    id: "parquet",
    summary: "nodes.parquet, edges.parquet, typed (DuckDB, pandas, polars, Spark)",
    extension: ".parquet",
    mime: "application/vnd.apache.parquet",
    write: (s) => snapshotToParquet(s).map((f) => ({ ...f, mime: "application/vnd.apache.parquet" })),
  },
  arrow: {
    id: "arrow",
    summary: "nodes.arrow, edges.arrow: Arrow IPC / Feather v2 (pandas, polars, R)",
    extension: ".arrow",
    mime: "application/vnd.apache.arrow.file",
    write: (s) => snapshotToArrow(s).map((f) => ({ ...f, mime: "application/vnd.apache.arrow.file" })),
  },
  bundle: {
    id: "bundle",
    summary: "one .zip of every format and the view; loads back in the app",
    extension: ".zip",
    mime: "application/zip",
    write: (s, o) => {
      const inputs: BundleInputs = {};
      if (o.view !== undefined) inputs.view = o.view;
      if (o.png) inputs.png = o.png;
      if (o.drawing) inputs.drawing = o.drawing;
      return [{ name: `${base(o.baseName)}.zip`, mime: "application/zip", data: snapshotToBundle(s, inputs) }];
    },
  },
};

/** Writes a snapshot in one format: the file(s) to save, the main one first. */
export function exportSnapshot(snapshot: Snapshot, format: ExportFormat, options: ExportOptions = {}) {
  return FORMAT_WRITERS[format].write(snapshot, options);
}
