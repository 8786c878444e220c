// The entry point of the readers: any number of files, in any order, to one Dataset.
// Each file's reader (formatRegistry.ts) gives tables; the row readers here load them.

import type { Dataset, FileSummary, InputFile } from "../../model/types.ts";
import { DatasetBuilder } from "./datasetBuilder.ts";
import { readCompanyRow } from "../rows/companyRow.ts";
import type { FormatTable, SnapshotExtras } from "../formats/types.ts";
import { readLinkRow } from "../rows/linkRow.ts";
import type { MappingSet } from "../mapping/columnMapping.ts";
import { warnLinkColumns } from "../mapping/suggest.ts";
import { fieldsNamed } from "./issues.ts";
import { prepareFile, type PreparedFile } from "./prepare.ts";
import type { TableShape } from "../rows/shape.ts";
import { readSingleRow } from "../rows/singleRow.ts";
import type { Table } from "../rows/rowTable.ts";

export interface ReadOptions {
  /** Dataset label; default: the graph's own label (JSON), else the file names. */
  label?: string;
  /** Called with 0..1 as the files are read; the last call is 1. */
  onProgress?: (fraction: number) => void;
  /**
   * Column mappings (mapping.ts) by file name, sheet ("data.xlsx › 거래") or header signature
   * (headerSignature): they override or complete header detection for those tables.
   */
  mappings?: MappingSet;
  /** Leave summary bundles' company tables unread (SummaryData.pending): the app reads them in its summary worker. */
  deferSummaryCompanies?: boolean;
  /** Leave summary bundles' ego networks unread (SummaryData.egoPending): read them in a second pass. */
  deferSummaryEgo?: boolean;
  /**
   * Called once every company is read when many links are still to read (EARLY_COMPANIES_LINK_SIZE),
   * with the dataset so far: its companies are final, its links and report are not. The app puts
   * the companies on the map while the links are read.
   */
  onCompanies?: (early: Dataset) => void;
}

/**
 * Links still to read, in table size (text length, cells), from which onCompanies is called:
 * about 30,000 CSV rows, 0.2 s of reading in the browser's worker. Below it a picture of the
 * companies alone would be a flash before the whole one, and cost a second handover.
 */
export const EARLY_COMPANIES_LINK_SIZE = 1_200_000;

/** What a snapshot bundle carried beside its data, by file. */
export interface ReadSnapshot extends SnapshotExtras {
  file: string;
}

type RowReader = (t: Table, row: number, cells: readonly string[]) => void;
const READERS: Record<TableShape, RowReader> = {
  companies: readCompanyRow,
  links: readLinkRow,
  "links-with-companies": readSingleRow,
};
// Files that should have given links; one that gave none gets a column suggestion if it can.
const MAY_HOLD_LINKS = new Set<FileSummary["kind"]>(["links", "unknown", "spreadsheet"]);
// Companies before links whatever the order given, so links can name companies from any file.
const PHASES: readonly TableShape[] = ["companies", "links-with-companies", "links"];

/** Issues are reported per file name, so two files called "links.csv" need telling apart. */
function uniqueNames(files: readonly InputFile[]): string[] {
  const seen = new Map<string, number>();
  return files.map(({ name }) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

function readTable(builder: DatasetBuilder, p: PreparedFile, table: FormatTable, onProgress: (f: number) => void, edgeList: boolean): void {
  const { log } = builder;
  log.section = table.section ?? 0;
  const file = table.file ?? p.name;
  const t: Table = { file, cols: table.cols, builder };
  const { rejected, warnings } = log;
  const [r0, w0] = [rejected.length, warnings.length];
  // With no company table anywhere, a links table is an edge list: its ends are the companies
  // (row by row: the column-wise links loader takes the companies as known).
  const asEdgeList = table.shape === "links" && edgeList;
  const read = asEdgeList ? readSingleRow : READERS[table.shape];
  p.summary.rows += table.load && !asEdgeList
    ? table.load(t, onProgress)
    : table.each({
      row: (row, cells) => read(t, row, cells),
      malformed: (row, detail) => log.reject(file, row, "malformed-row", detail),
      progress: onProgress,
    });
  // Rows of a graph or sheet are positions in one of its parts; say which part in the message.
  if (table.label) for (const issue of [...rejected.slice(r0), ...warnings.slice(w0)]) issue.message = `${table.label} ${issue.row}: ${issue.message}`;
  log.section = 0;
}

/** readFiles plus what snapshot bundles carried (view, metadata), for the app to restore. */
export function readFilesWithSnapshots(files: InputFile[], opts: ReadOptions = {}): { dataset: Dataset; snapshots: ReadSnapshot[] } {
  const builder = new DatasetBuilder();
  const names = uniqueNames(files);
  // A reader that works before its tables (a summary bundle) reports progress while preparing;
  // the tables then report from 0 again, so the bar only ever moves forward.
  let shown = 0;
  const report = (f: number) => {
    shown = Math.max(shown, Math.min(1, f));
    opts.onProgress?.(shown);
  };
  const prepared = files.map((file, i) =>
    prepareFile(file, names[i]!, builder.log, {
      mappings: opts.mappings ?? {},
      onProgress: (f) => report(((i + f) / files.length) * 0.9),
      deferSummaryCompanies: opts.deferSummaryCompanies === true,
      deferSummaryEgo: opts.deferSummaryEgo === true,
    }),
  );

  const tables = prepared.flatMap((p) => p.content?.tables ?? []);
  // Links and no companies anywhere: an edge list from elsewhere (Gephi's, NetworkX's), whose
  // ends become companies without a division, rather than every row an unknown company.
  const edgeList = tables.some((t) => t.shape === "links") && !tables.some((t) => t.shape !== "links");
  const total = tables.reduce((sum, t) => sum + t.size, 0) || 1;
  let done = 0;
  const loadedLinks = new Set<PreparedFile>();
  const remaining = new Map(prepared.map((p) => [p, p.content?.tables.length ?? 0]));

  const graphLabel = prepared.find((p) => p.content?.label)?.content?.label;
  // An empty label (a UI field left blank) counts as none.
  const label = opts.label?.trim() || graphLabel || names.join(" + ");
  // A workbook's sheets are named "file › sheet" in issues; they sort right after their file.
  const order = () => prepared.flatMap((p) => [p.name, ...(p.summary.sheets ?? []).map((s) => s.file)]);
  // Companies are final after their phase unless rows of links can still add some, and a
  // summary bundle draws its nation its own way (deferSummaryEgo).
  let early = opts.onCompanies && !prepared.some((p) => p.content?.snapshot?.summary) && !tables.some((t) => t.shape === "links-with-companies")
    && tables.reduce((sum, t) => sum + (t.shape === "links" ? t.size : 0), 0) >= EARLY_COMPANIES_LINK_SIZE ? opts.onCompanies : null;

  for (const phase of PHASES) {
    if (phase === "links" && early && builder.companies.length > 0) {
      // Copies: the links and the file summaries go on growing after this call.
      early({ ...builder.finish(label, prepared.map((p) => ({ ...p.summary })), order()), links: [] });
      early = null;
    }
    for (const p of prepared) {
      for (const table of p.content?.tables ?? []) {
        if (table.shape !== phase) continue;
        const first = builder.links.length;
        readTable(builder, p, table, (f) => report((done + f * table.size) / total), edgeList);
        if (builder.links.length > first) loadedLinks.add(p);
        if (p.content?.illustrative) for (let i = first; i < builder.links.length; i++) builder.links[i]!.illustrative = true;
        done += table.size;
        report(done / total);
        const left = remaining.get(p)! - 1;
        remaining.set(p, left);
        if (left === 0 && p.summary.rows === 0) builder.log.warn(p.name, 0, "empty-file", "");
      }
    }
  }

  if (edgeList && builder.links.length > 0) {
    const first = prepared.find((p) => loadedLinks.has(p))!;
    builder.log.warn(first.name, 0, "missing-column", "division",
      "no companies file: the companies are the links' suppliers and buyers, without divisions (add a companies file, or map a division column)", fieldsNamed("division"));
  }
  prepared.forEach((p, i) => {
    if (!loadedLinks.has(p) && MAY_HOLD_LINKS.has(p.summary.kind)) warnLinkColumns(builder, files[i]!, p.summary);
  });
  const dataset = builder.finish(label, prepared.map((p) => p.summary), order());
  const snapshots = prepared.flatMap((p) => (p.content?.snapshot ? [{ file: p.name, ...p.content.snapshot }] : []));
  report(1);
  return { dataset, snapshots };
}

export function readFiles(files: InputFile[], opts: ReadOptions = {}): Dataset {
  return readFilesWithSnapshots(files, opts).dataset;
}
