// sigma's process step for the links alone. sigma 3.0 processes every company and every link
// whenever anything was added or dropped: at 100,000 companies the companies' part alone is
// about 300 ms (positions, the label grid, their programs), paid again for every change of the
// links drawn (linksInSight.ts). When the companies are as they were processed, their buffers,
// indices and label grid stand, and only the links' programs are filled again: the same steps
// sigma's process takes for links, in the same order, numbering links after the companies.
import type Sigma from "sigma";

interface EdgeProgram {
  reallocate(capacity: number): void;
}

/** The parts of sigma (3.0.x, pinned) the links' process reads and writes. */
interface SigmaInternals {
  graph: { order: number; edges(): string[] };
  edgeDataCache: Record<string, { type: string }>;
  edgePrograms: Record<string, EdgeProgram>;
  edgeIndices: Record<string, number>;
  itemIDsIndex: Record<number, { type: "node" | "edge"; id: string }>;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
}

export function processLinksOnly(renderer: Sigma): void {
  const sigma = renderer as unknown as SigmaInternals;
  const edges = sigma.graph.edges();
  const perProgram: Record<string, number> = {};
  for (const edge of edges) {
    const type = sigma.edgeDataCache[edge]!.type;
    perProgram[type] = (perProgram[type] ?? 0) + 1;
  }
  for (const type of Object.keys(sigma.edgePrograms)) {
    sigma.edgePrograms[type]!.reallocate(perProgram[type] ?? 0);
    perProgram[type] = 0;
  }
  // Companies hold ids 1..order (sigma's process numbers them first); the links follow, and the
  // ids of links no longer drawn are forgotten.
  const items = sigma.itemIDsIndex;
  const firstId = sigma.graph.order + 1;
  const lastBefore = firstId + Object.keys(sigma.edgeIndices).length;
  for (let id = firstId + edges.length; id < lastBefore; id++) delete items[id];
  const indices: Record<string, number> = {};
  let id = firstId;
  for (const edge of edges) {
    indices[edge] = id;
    items[id] = { type: "edge", id: edge };
    const type = sigma.edgeDataCache[edge]!.type;
    sigma.addEdgeToProgram(edge, id, perProgram[type]!++);
    id++;
  }
  sigma.edgeIndices = indices;
}
