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
  graph: { order: number; size: number; edges(): string[] };
  edgeDataCache: Record<string, { type: string }>;
  edgePrograms: Record<string, EdgeProgram>;
  edgeIndices: Record<string, number>;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
}

/**
 * Fills the links' programs again, in `order` (the drawn graph's links in the order to draw
 * them) or else in graph order. sigma's picking is off (createRenderer.ts), so the item ids it
 * would read pixels back into (itemIDsIndex) are never read, and none are made.
 */
export function processLinksOnly(renderer: Sigma, order?: readonly string[]): void {
  const sigma = renderer as unknown as SigmaInternals;
  const edges = order ?? sigma.graph.edges();
  const perProgram: Record<string, number> = {};
  for (const edge of edges) {
    const type = sigma.edgeDataCache[edge]!.type;
    perProgram[type] = (perProgram[type] ?? 0) + 1;
  }
  for (const type of Object.keys(sigma.edgePrograms)) {
    sigma.edgePrograms[type]!.reallocate(perProgram[type] ?? 0);
    perProgram[type] = 0;
  }
  // Companies hold ids 1..order (sigma's process numbers them first); the links follow.
  const indices: Record<string, number> = {};
  let id = sigma.graph.order + 1;
  for (const edge of edges) {
    indices[edge] = id;
    const type = sigma.edgeDataCache[edge]!.type;
    sigma.addEdgeToProgram(edge, id, perProgram[type]!++);
    id++;
  }
  sigma.edgeIndices = indices;
}

/** A program's arrays: a compound program (a curve and its arrowhead) holds one per part. */
interface ProgramArrays {
  programs?: ProgramArrays[];
  array?: Float32Array;
  capacity?: number;
  reallocate(capacity: number): void;
}

const capacityOf = (program: ProgramArrays): number => (program.programs ? capacityOf(program.programs[0]!) : program.capacity ?? 0);

/** Grows a program to `capacity` items, keeping the items it holds (sigma's reallocate drops them). */
function growKeeping(program: ProgramArrays, capacity: number): void {
  if (program.programs) {
    for (const part of program.programs) growKeeping(part, capacity);
    return;
  }
  const before = program.array;
  program.reallocate(capacity);
  if (before && program.array) program.array.set(before.length <= program.array.length ? before : before.subarray(0, program.array.length));
}

/**
 * Places links just added after the links sigma's programs hold, as its process would have
 * placed them (graph order, numbered after the links before them): a big change of links in
 * slices is then processed a slice at a time, and the frame after the last has nothing left to
 * process. Only when the programs hold every other link of the graph, in graph order.
 */
export function appendLinks(renderer: Sigma, added: readonly string[]): void {
  if (added.length === 0) return;
  const sigma = renderer as unknown as SigmaInternals;
  const perProgram: Record<string, number> = {};
  for (const edge of added) {
    const type = sigma.edgeDataCache[edge]!.type;
    perProgram[type] = (perProgram[type] ?? 0) + 1;
  }
  const next: Record<string, number> = {};
  for (const [type, count] of Object.entries(perProgram)) {
    const program = sigma.edgePrograms[type] as unknown as ProgramArrays | undefined;
    if (!program) throw new Error(`Sigma: could not find a suitable program for edge type "${type}"!`);
    next[type] = capacityOf(program);
    growKeeping(program, next[type]! + count);
  }
  let id = sigma.graph.order + 1 + (sigma.graph.size - added.length);
  for (const edge of added) {
    sigma.edgeIndices[edge] = id;
    const type = sigma.edgeDataCache[edge]!.type;
    sigma.addEdgeToProgram(edge, id, next[type]!++);
    id++;
  }
}
