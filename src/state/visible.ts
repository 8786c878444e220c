import { compileFilter, type CompiledFilter } from "../graph/filters/compile.ts";
import { NO_FILTER } from "../graph/filters/types.ts";

const NOTHING_FILTERED: CompiledFilter = { isEmpty: true, keepNode: () => true, keepEdge: () => true };
import type { KeepEdge } from "../graph/flowInputs.ts";
import { flowsOfGraph } from "../graph/flows.ts";
import type { FlowMatrix } from "../model/flows.ts";
import { removalTest } from "../graph/removal.ts";
import type { SupplyGraph } from "../graph/types.ts";
import { flowMatrixOf } from "./flowMatrix.ts";
import type { AtlasState } from "./store.ts";

/** What is shown after filters and any what-if removal: one predicate pair for every view. */
export interface Visible {
  graph: SupplyGraph;
  keepNode: (node: string) => boolean;
  keepEdge: KeepEdge;
  /** Nothing filtered or removed: callers take their fast paths. */
  all: boolean;
}

type VisibleState = Pick<AtlasState, "graph" | "filter" | "removal" | "vintage">;

let lastInput: VisibleState | null = null;
let lastVisible: Visible | null = null;
let lastMatrix: FlowMatrix | null = null;

/** Cached on the identities of graph, filter, removal and vintage (the store makes new ones on change). */
export function visibleOf(state: VisibleState): Visible | null {
  const { graph, filter, removal, vintage } = state;
  if (!graph) return null;
  if (lastInput && lastVisible && lastInput.graph === graph && lastInput.filter === filter && lastInput.removal === removal && lastInput.vintage === vintage) {
    return lastVisible;
  }
  // Unfiltered (the store's own NO_FILTER object): skip compiling, which indexes the whole graph.
  const compiled = filter === NO_FILTER ? NOTHING_FILTERED : compileFilter(graph, filter, vintage);
  const gone = removal ? removalTest(graph, removal, vintage) : null;
  const keepNode = (node: string) => (!gone || !gone(node)) && compiled.keepNode(node);
  // The compiled filter first: it tracks forEachEdge order with a cursor, which an early
  // return before it would break (every link would fall back to a lookup).
  const keepEdge: KeepEdge = (edge, attributes) =>
    compiled.keepEdge(edge, attributes) && !(gone && (gone(graph.source(edge)) || gone(graph.target(edge))));
  lastInput = { graph, filter, removal, vintage };
  lastVisible = { graph, keepNode, keepEdge, all: compiled.isEmpty && !removal };
  lastMatrix = null;
  return lastVisible;
}

/** Division flows of what is shown; the cached full matrix when nothing is filtered. */
export function visibleMatrix(state: VisibleState): FlowMatrix | null {
  const visible = visibleOf(state);
  if (!visible) return null;
  if (visible.all) return flowMatrixOf(visible.graph, state.vintage);
  lastMatrix ??= flowsOfGraph(visible.graph, state.vintage, visible.keepEdge);
  return lastMatrix;
}
