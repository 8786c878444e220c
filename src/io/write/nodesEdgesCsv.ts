// The CSV pair Gephi's spreadsheet import and pandas read without options: nodes.csv starts
// Id,Label and edges.csv Source,Target; English machine headers; UTF-8 without a BOM (Gephi
// would take a BOM into the first header and miss its Id column); numbers as plain numbers;
// every text cell through csvCell, which neutralises formula-looking text. The drawing is in
// viz_x, viz_y, viz_color, viz_size: derived columns, not read back as data.

import { edgeColumns, nodeColumns, type Column } from "../snapshot/columns.ts";
import type { Snapshot, SnapshotEdge, SnapshotNode } from "../snapshot/types.ts";
import { csvLine } from "./csvCell.ts";

type Cell = string | number | boolean | undefined;

// Booleans as true/false, which pandas reads as bool and our reader as a flag. NUL becomes
// U+FFFD: C-based CSV parsers (pandas' among them) end a cell at a NUL.
const cellOf = (v: Cell): Cell => {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  return typeof v === "string" && v.includes("\u0000") ? v.replace(/\u0000/g, "\ufffd") : v;
};

function table<R>(rows: readonly R[], columns: ReadonlyArray<{ name: string; value: (r: R) => Cell }>): string {
  const lines = new Array<string>(rows.length + 1);
  lines[0] = csvLine(columns.map((c) => c.name));
  for (let i = 0; i < rows.length; i++) lines[i + 1] = csvLine(columns.map((c) => cellOf(c.value(rows[i]!))));
  return lines.join("\r\n") + "\r\n";
}

/** The columns of nodes.csv, typed: the Parquet and Arrow writers write the same table. */
export function nodeTableColumns(snapshot: Snapshot): Column<SnapshotNode>[] {
  // Label is the name: a "name" column beside it would be read back as a second name.
  const data = nodeColumns(snapshot).filter((c) => c.name !== "name");
  const has = (f: (n: SnapshotNode) => unknown) => snapshot.nodes.some((n) => f(n) !== undefined);
  const drawing: Column<SnapshotNode>[] = [];
  if (has((n) => n.x)) drawing.push({ name: "viz_x", type: "double", value: (n) => n.x }, { name: "viz_y", type: "double", value: (n) => n.y });
  if (has((n) => n.color)) drawing.push({ name: "viz_color", type: "string", value: (n) => n.color });
  if (has((n) => n.size)) drawing.push({ name: "viz_size", type: "double", value: (n) => n.size });
  const drawn = new Set(drawing.map((c) => c.name));
  return [
    { name: "Id", type: "string", value: (n) => n.company.id },
    { name: "Label", type: "string", value: (n) => n.company.name },
    ...data.filter((c) => !drawn.has(c.name)),
    ...drawing,
  ];
}

/** The columns of edges.csv, typed. No "Type" column: Gephi reads it as directed/undirected, our reader as the link type. */
export function edgeTableColumns(snapshot: Snapshot): Column<SnapshotEdge>[] {
  return [
    { name: "Source", type: "string", value: (e) => e.source },
    { name: "Target", type: "string", value: (e) => e.target },
    { name: "Id", type: "string", value: (e) => e.id },
    ...edgeColumns(snapshot),
  ];
}

export function nodesCsv(snapshot: Snapshot): string {
  return table(snapshot.nodes, nodeTableColumns(snapshot));
}

export function edgesCsv(snapshot: Snapshot): string {
  return table(snapshot.edges, edgeTableColumns(snapshot));
}
