// GEXF (Gephi's format), directed, with typed attribute declarations, viz position / colour /
// size when the snapshot has them, and each link's year as a spell so Gephi's timeline works.
// Version 1.3 by default; "1.2draft" for readers that know only the older namespace
// (NetworkX 3.x among them). Every user value goes through xmlEscape.

import { edgeColumns, nodeColumns, type Column, type ColumnValue } from "../snapshotColumns.ts";
import type { Snapshot, SnapshotEdge, SnapshotNode } from "../snapshotTypes.ts";
import { xmlEscape } from "./xmlText.ts";

export type GexfVersion = "1.3" | "1.2draft";

const NAMESPACES: Record<GexfVersion, { gexf: string; viz: string; schema: string }> = {
  "1.3": { gexf: "http://gexf.net/1.3", viz: "http://gexf.net/1.3/viz", schema: "http://gexf.net/1.3/gexf.xsd" },
  "1.2draft": { gexf: "http://www.gexf.net/1.2draft", viz: "http://www.gexf.net/1.2draft/viz", schema: "http://www.gexf.net/1.2draft/gexf.xsd" },
};

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

function vizColor(color: string | undefined): string {
  const m = color ? HEX.exec(color) : null;
  if (!m) return "";
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16));
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

function valueText(type: Column<unknown>["type"], v: ColumnValue): string | null {
  if (v === undefined || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? (type === "integer" ? String(Math.round(v)) : String(v)) : null;
  if (typeof v === "boolean") return v ? "true" : "false";
  return xmlEscape(v);
}

function declarations<R>(kind: "node" | "edge", columns: readonly Column<R>[]): string {
  const lines = columns.map((c, i) => `      <attribute id="${i}" title="${xmlEscape(c.name)}" type="${c.type}"/>`);
  return `    <attributes class="${kind}" mode="static">\n${lines.join("\n")}\n    </attributes>\n`;
}

function attvalues<R>(columns: readonly Column<R>[], opens: readonly string[], row: R): string {
  let out = "";
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    const text = valueText(c.type, c.value(row));
    if (text !== null) out += opens[i]! + text + '"/>';
  }
  return out ? `<attvalues>${out}</attvalues>` : "";
}

/** `<attvalue for="i" value="` per column, made once rather than once per value. */
const opensOf = (columns: readonly unknown[]) => columns.map((_c, i) => `<attvalue for="${i}" value="`);

function nodeXml(n: SnapshotNode, columns: readonly Column<SnapshotNode>[], opens: readonly string[]): string {
  let viz = vizColor(n.color);
  if (n.x !== undefined && n.y !== undefined) viz += `<viz:position x="${n.x}" y="${n.y}" z="0"/>`;
  if (n.size !== undefined) viz += `<viz:size value="${n.size}"/>`;
  return `      <node id="${xmlEscape(n.company.id)}" label="${xmlEscape(n.company.name)}">${attvalues(columns, opens, n)}${viz}</node>`;
}

function edgeXml(e: SnapshotEdge, columns: readonly Column<SnapshotEdge>[], opens: readonly string[]): string {
  const weight = e.weight !== undefined ? ` weight="${e.weight}"` : "";
  const spells = e.year !== undefined ? `<spells><spell start="${e.year}" end="${e.year}"/></spells>` : "";
  let viz = vizColor(e.color);
  if (e.size !== undefined) viz += `<viz:thickness value="${e.size}"/>`;
  const head = `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"${weight}>`;
  return `${head}${attvalues(columns, opens, e)}${spells}${viz}</edge>`;
}

export function snapshotToGexf(snapshot: Snapshot, version: GexfVersion = "1.3"): string {
  const ns = NAMESPACES[version];
  const { metadata } = snapshot;
  // The amount is the edge's GEXF weight; as an attribute too it would clash with it in every reader.
  const ecols = edgeColumns(snapshot).filter((c) => c.name !== "weight");
  const ncols = nodeColumns(snapshot);
  const dynamic = snapshot.edges.some((e) => e.year !== undefined);
  const timing = dynamic ? ` mode="dynamic" timeformat="integer"` : ` mode="static"`;
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>\n`,
    `<gexf xmlns="${ns.gexf}" xmlns:viz="${ns.viz}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${ns.gexf} ${ns.schema}" version="${version === "1.3" ? "1.3" : "1.2"}">\n`,
    `  <meta lastmodifieddate="${metadata.created.slice(0, 10)}">\n`,
    `    <creator>${xmlEscape(`${metadata.app} ${metadata.appVersion}`)}</creator>\n`,
    `    <keywords>supply-atlas-snapshot</keywords>\n`,
    `    <description>${xmlEscape(JSON.stringify(metadata))}</description>\n`,
    `  </meta>\n`,
    `  <graph defaultedgetype="directed"${timing}>\n`,
    declarations("node", ncols),
    declarations("edge", ecols),
    `    <nodes>\n`,
  ];
  const [nopens, eopens] = [opensOf(ncols), opensOf(ecols)];
  for (const n of snapshot.nodes) parts.push(nodeXml(n, ncols, nopens), "\n");
  parts.push(`    </nodes>\n    <edges>\n`);
  for (const e of snapshot.edges) parts.push(edgeXml(e, ecols, eopens), "\n");
  parts.push(`    </edges>\n  </graph>\n</gexf>\n`);
  return parts.join("");
}
