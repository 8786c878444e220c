import type { SupplyGraph } from "../graph/types.ts";
import { applyPositions, forceInputFromGraph } from "../layout/forceInput.ts";
import { defaultIterations } from "../layout/forceMatrices.ts";
import type { ForceMessage, ForceRequest } from "./force.worker.ts";

export interface ForceRun {
  stop: () => void;
}

export interface ForceCallbacks {
  onProgress: (done: number, total: number) => void;
  /** Final positions by node id; called once, also after stop. */
  onDone: (positions: Map<string, { x: number; y: number }>) => void;
  onError: (message: string) => void;
}

/** Runs ForceAtlas2 off the main thread, writing each batch into the graph as it arrives. */
export function startForceLayout(graph: SupplyGraph, callbacks: ForceCallbacks): ForceRun {
  const { input, nodes } = forceInputFromGraph(graph);
  const worker = new Worker(new URL("./force.worker.ts", import.meta.url), { type: "module" });
  const iterations = defaultIterations(graph.order);
  let finished = false;
  let last: Float32Array | null = null;

  const finish = () => {
    if (finished) return;
    finished = true;
    worker.terminate();
    const result = new Map<string, { x: number; y: number }>();
    if (last) nodes.forEach((id, i) => result.set(id, { x: last![2 * i]!, y: last![2 * i + 1]! }));
    callbacks.onDone(result);
  };

  worker.onmessage = (event: MessageEvent<ForceMessage>) => {
    const message = event.data;
    if (message.type === "error") {
      finished = true;
      worker.terminate();
      callbacks.onError(message.message);
      return;
    }
    last = message.positions;
    applyPositions(graph, nodes, message.positions);
    callbacks.onProgress(message.done, message.total);
    if (message.type === "done") finish();
  };
  worker.onerror = (event) => {
    finished = true;
    worker.terminate();
    callbacks.onError(event.message || "force layout worker failed");
  };
  const request: ForceRequest = { type: "start", input, iterations };
  worker.postMessage(request, [input.positions.buffer, input.sizes.buffer, input.edges.buffer]);

  // Stopping keeps the last batch: the user chose that picture.
  return { stop: finish };
}
