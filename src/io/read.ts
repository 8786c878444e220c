// The entry point of the readers: any number of files, in any order, to one Dataset.

import type { Dataset, InputFile } from "../model/types.ts";
import { DatasetBuilder } from "./builder.ts";
import { readCompanyRow } from "./companyRow.ts";
import { eachCsvRow } from "./csv.ts";
import { flattenItems, mapFlatHeaders, type RawTable } from "./flatten.ts";
import { readLinkRow } from "./linkRow.ts";
import { JSON_EDGES, JSON_NODES, prepareFile, type PreparedFile } from "./prepare.ts";
import { restrictToShape, type TableShape } from "./shape.ts";
import { readSingleRow } from "./singleRow.ts";
import type { Table } from "./table.ts";

export interface ReadOptions {
  /** Dataset label; default: the graph's own label (JSON), else the file names. */
  label?: string;
  /** Called with 0..1 as the files are read; the last call is 1. */
  onProgress?: (fraction: number) => void;
}

type RowReader = (t: Table, row: number, cells: readonly string[]) => void;
const READERS: Record<TableShape, RowReader> = {
  companies: readCompanyRow,
  links: readLinkRow,
  "links-with-companies": readSingleRow,
};

/** Issues are reported per file name, so two files called "links.csv" need telling apart. */
function uniqueNames(files: readonly InputFile[]): string[] {
  const seen = new Map<string, number>();
  return files.map(({ name }) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

function readJsonTable(builder: DatasetBuilder, file: string, raw: RawTable, shape: TableShape, kind: string): void {
  builder.log.section = kind === "node" ? JSON_NODES : JSON_EDGES;
  const cols = restrictToShape(mapFlatHeaders(raw.headers), raw.headers, shape);
  const t: Table = { file, cols, builder };
  const { rejected, warnings } = builder.log;
  const [r0, w0] = [rejected.length, warnings.length];
  for (const { row, cells } of raw.rows) READERS[shape](t, row, cells);
  // JSON rows are positions in the nodes or edges array; say which array in the message.
  for (const issue of [...rejected.slice(r0), ...warnings.slice(w0)]) issue.message = `${kind} ${issue.row}: ${issue.message}`;
  builder.log.section = 0;
}

export function readFiles(files: InputFile[], opts: ReadOptions = {}): Dataset {
  const builder = new DatasetBuilder();
  const names = uniqueNames(files);
  const prepared = files.map((file, i) => prepareFile(file, names[i]!, builder.log));

  const total = prepared.reduce((sum, p) => sum + ("text" in p ? p.text.length : 0), 0) || 1;
  let done = 0;
  const report = (f: number) => opts.onProgress?.(Math.min(1, f));

  const readCsv = (p: PreparedFile, shape: TableShape) => {
    if (p.format !== "csv" || p.head.shape !== shape) return;
    const t: Table = { file: p.name, cols: p.head.cols, builder };
    const size = p.text.length;
    p.summary.rows = eachCsvRow(p.text, p.head, {
      row: (row, cells) => READERS[shape](t, row, cells),
      malformed: (row, detail) => builder.log.reject(p.name, row, "malformed-row", detail),
      progress: (f) => report((done + f * size) / total),
    });
    if (p.summary.rows === 0) builder.log.warn(p.name, 0, "empty-file", "");
    done += size;
    report(done / total);
  };

  // Companies before links whatever the order given, so links can name companies from any file.
  for (const p of prepared) {
    readCsv(p, "companies");
    if (p.format === "json") readJsonTable(builder, p.name, p.nodes, "companies", "node");
  }
  for (const p of prepared) readCsv(p, "links-with-companies");
  for (const p of prepared) {
    readCsv(p, "links");
    if (p.format !== "json") continue;
    const first = builder.links.length;
    builder.log.section = JSON_EDGES;
    const edges = flattenItems(p.name, builder.log, p.json.edges, "edge");
    readJsonTable(builder, p.name, edges, "links", "edge");
    if (p.json.illustrative) for (let i = first; i < builder.links.length; i++) builder.links[i]!.illustrative = true;
    if (p.summary.rows === 0) builder.log.warn(p.name, 0, "empty-file", "");
    done += p.text.length;
    report(done / total);
  }

  const jsonLabel = prepared.find((p) => p.format === "json" && p.json.label);
  // An empty label (a UI field left blank) counts as none.
  const label =
    opts.label?.trim() || (jsonLabel?.format === "json" ? jsonLabel.json.label : undefined) || names.join(" + ");
  const dataset = builder.finish(label, prepared.map((p) => p.summary), names);
  report(1);
  return dataset;
}
