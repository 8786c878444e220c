// GraphML with typed <key> declarations (the same columns as GEXF), directed; positions,
// colour and size as the x / y / color / size data keys yEd, Gephi and NetworkX users expect.
// The snapshot metadata is one graph-level data value (JSON). Every user value is escaped.

import { edgeColumns, nodeColumns, type Column, type ColumnValue } from "../snapshot/columns.ts";
import type { Snapshot, SnapshotEdge, SnapshotNode } from "../snapshot/types.ts";
import { xmlEscape } from "./xmlText.ts";

function dataText(type: Column<unknown>["type"], v: ColumnValue): string | null {
  if (v === undefined || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? (type === "integer" ? String(Math.round(v)) : String(v)) : null;
  if (typeof v === "boolean") return v ? "true" : "false";
  return xmlEscape(v);
}

const GRAPHML_TYPE = { string: "string", integer: "int", double: "double", boolean: "boolean" } as const;

function keyLines<R>(kind: "node" | "edge", prefix: string, columns: readonly Column<R>[]): string[] {
  return columns.map((c, i) => `  <key id="${prefix}${i}" for="${kind}" attr.name="${xmlEscape(c.name)}" attr.type="${GRAPHML_TYPE[c.type]}"/>`);
}

function dataOf<R>(prefix: string, columns: readonly Column<R>[], row: R): string {
  let out = "";
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    const text = dataText(c.type, c.value(row));
    if (text !== null) out += `<data key="${prefix}${i}">${text}</data>`;
  }
  return out;
}

/** Drawing columns appended when any node or edge has them. */
function nodeDrawing(snapshot: Snapshot): Column<SnapshotNode>[] {
  const cols: Column<SnapshotNode>[] = [];
  if (snapshot.nodes.some((n) => n.x !== undefined)) {
    cols.push({ name: "x", type: "double", value: (n) => n.x }, { name: "y", type: "double", value: (n) => n.y });
  }
  if (snapshot.nodes.some((n) => n.color)) cols.push({ name: "color", type: "string", value: (n) => n.color });
  if (snapshot.nodes.some((n) => n.size !== undefined)) cols.push({ name: "size", type: "double", value: (n) => n.size });
  return cols;
}

function edgeDrawing(snapshot: Snapshot): Column<SnapshotEdge>[] {
  const cols: Column<SnapshotEdge>[] = [];
  if (snapshot.edges.some((e) => e.color)) cols.push({ name: "color", type: "string", value: (e) => e.color });
  if (snapshot.edges.some((e) => e.size !== undefined)) cols.push({ name: "size", type: "double", value: (e) => e.size });
  return cols;
}

/** Our columns first; drawing columns replace extra attributes of the same name. */
function merged<R>(columns: Column<R>[], drawing: Column<R>[]): Column<R>[] {
  const names = new Set(drawing.map((c) => c.name));
  return [...columns.filter((c) => !names.has(c.name)), ...drawing];
}

export function snapshotToGraphml(snapshot: Snapshot): string {
  const ncols = merged(nodeColumns(snapshot), nodeDrawing(snapshot));
  const ecols = merged(edgeColumns(snapshot), edgeDrawing(snapshot));
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>\n`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n`,
    `  <key id="g_label" for="graph" attr.name="label" attr.type="string"/>\n`,
    `  <key id="g_meta" for="graph" attr.name="supply_atlas_metadata" attr.type="string"/>\n`,
    ...keyLines("node", "n", ncols).map((l) => l + "\n"),
    ...keyLines("edge", "e", ecols).map((l) => l + "\n"),
    `  <graph id="G" edgedefault="directed">\n`,
    `    <data key="g_label">${xmlEscape(snapshot.metadata.label)}</data>\n`,
    `    <data key="g_meta">${xmlEscape(JSON.stringify(snapshot.metadata))}</data>\n`,
  ];
  for (const n of snapshot.nodes) parts.push(`    <node id="${xmlEscape(n.company.id)}">${dataOf("n", ncols, n)}</node>\n`);
  for (const e of snapshot.edges) {
    parts.push(`    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${dataOf("e", ecols, e)}</edge>\n`);
  }
  parts.push(`  </graph>\n</graphml>\n`);
  return parts.join("");
}
