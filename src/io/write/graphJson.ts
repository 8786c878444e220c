// graphology's serialised shape (what graph.export() gives and graph.import() takes), plus
// the snapshot metadata as a graph attribute. Company fields under their canonical names, so
// the app's JSON reader reads it back to the same dataset; the link type as "link_type"
// because sigma reserves an edge's "type" for its drawing program.

import { nodeColumns, edgeColumns } from "../snapshot/columns.ts";
import type { Snapshot } from "../snapshot/types.ts";

type Attrs = Record<string, string | number | boolean>;

export interface GraphJsonExport {
  attributes: { label: string; illustrative: boolean; supplyAtlas: Snapshot["metadata"] };
  options: { type: "directed"; multi: true; allowSelfLoops: false };
  nodes: Array<{ key: string; attributes: Attrs }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Attrs }>;
}

function put(attrs: Attrs, key: string, v: string | number | boolean | undefined): void {
  if (v === undefined || v === "" || (typeof v === "number" && !Number.isFinite(v))) return;
  // defineProperty: an attribute called "__proto__" must stay data, not change the prototype.
  Object.defineProperty(attrs, key, { value: v, enumerable: true, writable: true, configurable: true });
}

export function snapshotToGraphJson(snapshot: Snapshot): GraphJsonExport {
  const ncols = nodeColumns(snapshot);
  const ecols = edgeColumns(snapshot);
  const nodes = snapshot.nodes.map((n) => {
    const attributes: Attrs = {};
    for (const c of ncols) put(attributes, c.name, c.value(n));
    put(attributes, "x", n.x);
    put(attributes, "y", n.y);
    put(attributes, "color", n.color);
    put(attributes, "size", n.size);
    return { key: n.company.id, attributes };
  });
  const edges = snapshot.edges.map((e) => {
    const attributes: Attrs = {};
    for (const c of ecols) put(attributes, c.name, c.value(e));
    put(attributes, "color", e.color);
    put(attributes, "size", e.size);
    return { key: e.id, source: e.source, target: e.target, attributes };
  });
  const { metadata } = snapshot;
  return {
    // The graph-level flag marks every edge illustrative when read back; each edge has its own too.
    attributes: { label: metadata.label, illustrative: edges.length > 0 && snapshot.edges.every((e) => e.illustrative), supplyAtlas: metadata },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}

export function snapshotToGraphJsonText(snapshot: Snapshot): string {
  return JSON.stringify(snapshotToGraphJson(snapshot));
}
