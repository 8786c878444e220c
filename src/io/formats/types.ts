// Readers and writers behind one interface. A reader turns one file into tables of rows that
// the shared row readers (companyRow, linkRow, singleRow) load, so every format gets the same
// checks and the same import report; a writer turns a Snapshot (snapshotTypes.ts) into bytes.
// The registry of both lives in formatRegistry.ts.

import type { FileSummary, InputFile } from "../../model/types.ts";
import type { ColumnMap } from "../rows/headers.ts";
import type { IssueLog } from "../read/issues.ts";
import type { ReadHints } from "../mapping/columnMapping.ts";
import type { TableShape } from "../rows/shape.ts";
import type { Table } from "../rows/rowTable.ts";
import type { ExportOptions, Snapshot } from "../snapshot/types.ts";
import type { SummaryData } from "../../graph/summary/columns.ts";
import type { ReadDrawing } from "../snapshot/drawing.ts";

export interface RowVisitor {
  row(row: number, cells: string[]): void;
  malformed(row: number, detail: string): void;
  /** Share of this table read so far (0..1), now and then. */
  progress?(fraction: number): void;
}

/** One table of a file: a CSV, a sheet, the nodes or the edges of a graph file. */
export interface FormatTable {
  /** companies are read before links-with-companies, before links, across all files. */
  shape: TableShape;
  /** Column map already restricted to the shape (restrictToShape). */
  cols: ColumnMap;
  /** Feeds every data row once; returns how many records the table had (rejected ones too). */
  each(visit: RowVisitor): number;
  /**
   * Rows are numbered from 1 again in each section of a file (graph nodes = 1, edges = 2, the
   * sheet's position); the report sorts by file, then section, then row.
   */
  section?: number;
  /** Names the element or sheet in messages: "node 3: ...", "links 12: ...". */
  label?: string;
  /** The name issues carry when not the file's own: a workbook's sheet, "data.xlsx › 거래". */
  file?: string;
  /** Weight of the table in the progress bar, e.g. its text length. */
  size: number;
  /**
   * Loads the whole table in place of each() and the row readers, giving the same dataset and
   * report faster (typed columns: columnarLinks.ts); returns how many records the table had.
   */
  load?(t: Table, progress: (fraction: number) => void): number;
}

export interface FormatContent {
  kind: FileSummary["kind"];
  encoding?: string;
  tables: FormatTable[];
  /** Every link of the file is illustrative (graph-level flag). */
  illustrative?: boolean;
  /** The graph's own label, if it names one. */
  label?: string;
  /** What a snapshot bundle carries beside the data: the view to restore and its metadata. */
  snapshot?: SnapshotExtras;
}

export interface SnapshotExtras {
  view?: unknown;
  metadata?: unknown;
  /** A bundle's positions and communities as drawn (drawing.json), checked. */
  drawing?: ReadDrawing;
  /** A summary bundle's flows, totals and company columns (summaryRead.ts); its graph holds only the ego networks. */
  summary?: SummaryData;
}

export interface FormatReader {
  id: string;
  /** Whether this reader takes the file, from its name and bytes. The first in the registry that does, reads it. */
  sniff(name: string, bytes: Uint8Array): boolean;
  /**
   * The file's tables; null after logging a whole-file problem (nothing loaded from it).
   * `summary` may be filled in (kind, encoding) even when the file is rejected, for the report.
   */
  read(file: InputFile, name: string, log: IssueLog, summary: FileSummary, hints?: ReadHints): FormatContent | null;
}

export type ExportFormat = "gexf" | "graphml" | "json" | "csv" | "xlsx" | "bundle" | "parquet" | "arrow";

/** A written file; `csv`, `parquet` and `arrow` write several (nodes and edges, and metadata.json for csv). */
export interface WrittenFile {
  name: string;
  mime: string;
  data: Uint8Array | string;
}

export interface FormatWriter {
  id: ExportFormat;
  extension: string;
  mime: string;
  /** One line for `inspect --help` (English), e.g. "GEXF for Gephi, Gephi Lite and NetworkX"; required, so a new format is listed there. */
  summary: string;
  /** Pure: the snapshot in, the file(s) out. The first file is the main one. */
  write(snapshot: Snapshot, options: ExportOptions): WrittenFile[];
}
