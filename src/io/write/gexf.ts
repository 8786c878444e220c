// GEXF (Gephi's format), directed, with typed attribute declarations, viz position / colour /
// size when the snapshot has them, and each link's year as a spell so Gephi's timeline works.
// Version 1.2draft by default: every client reads it (NetworkX before 3.6 reads no other);
// "1.3" on request (Gephi 0.9.2+, NetworkX 3.6+, graphology). The edge weight and the drawing
// are in Gephi's proportions (gephiScale.ts); the amount is the `amount` attribute.
// Every user value goes through xmlEscape.

import { edgeColumns, nodeColumns, type Column, type ColumnValue } from "../snapshot/columns.ts";
import type { Snapshot, SnapshotEdge, SnapshotNode } from "../snapshot/types.ts";
import { gephiFrame, gephiWeights, type GephiFrame } from "./gephiScale.ts";
import { xmlEscape } from "./xmlText.ts";

export const GEXF_VERSIONS = ["1.2draft", "1.3"] as const;
export type GexfVersion = (typeof GEXF_VERSIONS)[number];
/** The version the most installed clients read. */
export const DEFAULT_GEXF_VERSION: GexfVersion = "1.2draft";

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

function nodeXml(n: SnapshotNode, columns: readonly Column<SnapshotNode>[], opens: readonly string[], frame: GephiFrame): string {
  let viz = vizColor(n.color);
  if (n.x !== undefined && n.y !== undefined && Number.isFinite(n.x) && Number.isFinite(n.y)) {
    const [x, y] = frame.position(n.x, n.y);
    viz += `<viz:position x="${x}" y="${y}" z="0"/>`;
  }
  if (n.size !== undefined && Number.isFinite(n.size)) viz += `<viz:size value="${frame.size(n.size)}"/>`;
  return `      <node id="${xmlEscape(n.company.id)}" label="${xmlEscape(n.company.name)}">${attvalues(columns, opens, n)}${viz}</node>`;
}

function edgeXml(e: SnapshotEdge, columns: readonly Column<SnapshotEdge>[], opens: readonly string[], weight: number): string {
  const spells = e.year !== undefined ? `<spells><spell start="${e.year}" end="${e.year}"/></spells>` : "";
  let viz = vizColor(e.color);
  if (e.size !== undefined) viz += `<viz:thickness value="${e.size}"/>`;
  const head = `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" weight="${weight}">`;
  return `${head}${attvalues(columns, opens, e)}${spells}${viz}</edge>`;
}

export function snapshotToGexf(snapshot: Snapshot, version: GexfVersion = DEFAULT_GEXF_VERSION): string {
  const ns = NAMESPACES[version];
  const { metadata } = snapshot;
  const ecols = edgeColumns(snapshot);
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
  const frame = gephiFrame(snapshot.nodes);
  for (const n of snapshot.nodes) parts.push(nodeXml(n, ncols, nopens, frame), "\n");
  parts.push(`    </nodes>\n    <edges>\n`);
  const weights = gephiWeights(snapshot.edges.map((e) => e.weight));
  snapshot.edges.forEach((e, i) => parts.push(edgeXml(e, ecols, eopens, weights[i]!), "\n"));
  parts.push(`    </edges>\n  </graph>\n</gexf>\n`);
  return parts.join("");
}
