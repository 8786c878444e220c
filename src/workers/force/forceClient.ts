import type { SupplyGraph } from "../../graph/types.ts";
import { applyPositions, forceInputFromGraph } from "../../layout/forceInput.ts";
import { defaultIterations } from "../../layout/forceMatrices.ts";
import { DEFAULT_FORCE_SETTINGS, type ForceSettings } from "../../model/forceSettings.ts";
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
export interface ForceStart {
  settings: ForceSettings;
  /** Start from the map positions rather than the current picture (a run with new settings). */
  fromMap: boolean;
}

export function startForceLayout(graph: SupplyGraph, callbacks: ForceCallbacks, start: ForceStart = { settings: DEFAULT_FORCE_SETTINGS, fromMap: false }): ForceRun {
  const { input, nodes } = forceInputFromGraph(graph, start.fromMap);
  const worker = new Worker(new URL("./force.worker.ts", import.meta.url), { type: "module" });
  const iterations = defaultIterations(graph.order);
  let finished = false;
  let last: Float32Array | null = null;
  let unapplied = false;
  let appliedAt = 0;
  let applyCost = 0;

  // Writing a batch makes sigma re-index every node and edge (0.15 s at 50k links, seconds
  // at 500k). Batches are applied at most every 4× that cost, so the page keeps most of
  // its time for the user while the layout runs; the worker's progress is shown throughout.
  const apply = () => {
    if (!last) return;
    const start = performance.now();
    applyPositions(graph, nodes, last);
    appliedAt = performance.now();
    applyCost = appliedAt - start;
    unapplied = false;
  };

  const finish = () => {
    if (finished) return;
    finished = true;
    if (unapplied) apply();
    worker.terminate();
    const result = new Map<string, { x: number; y: number }>();
    if (last) nodes.forEach((id, i) => result.set(id, { x: last![2 * i]!, y: last![2 * i + 1]! }));
    callbacks.onDone(result);
  };

  worker.onmessage = (event: MessageEvent<ForceMessage>) => {
    // A batch already on its way when the run was stopped (the map came back) must not move
    // the companies off the map under the map's own layers.
    if (finished) return;
    const message = event.data;
    if (message.type === "error") {
      finished = true;
      worker.terminate();
      callbacks.onError(message.message);
      return;
    }
    last = message.positions;
    unapplied = true;
    callbacks.onProgress(message.done, message.total);
    if (message.type === "done") finish();
    else if (performance.now() - appliedAt >= Math.max(100, 4 * applyCost)) apply();
  };
  worker.onerror = (event) => {
    finished = true;
    worker.terminate();
    callbacks.onError(event.message || "force layout worker failed");
  };
  const request: ForceRequest = { type: "start", input, iterations, settings: { ...start.settings } };
  worker.postMessage(request, [input.positions.buffer, input.sizes.buffer, input.edges.buffer]);

  // Stopping keeps the last batch: the user chose that picture.
  return { stop: finish };
}
