import iterate from "graphology-layout-forceatlas2/iterate.js";
import defaults from "graphology-layout-forceatlas2/defaults.js";
import { inferForceSettings, readPositions, toMatrices, type ForceInput } from "./forceMatrices.ts";
import { DEFAULT_FORCE_SETTINGS, type ForceSettings } from "../model/forceSettings.ts";

export interface ForceRunOptions {
  iterations: number;
  /** The user's ForceAtlas2 settings; the defaults when left out. */
  settings?: ForceSettings;
  /** Called after each batch with fresh positions; returning false stops the run. */
  onBatch: (positions: Float32Array, done: number, total: number) => boolean | void;
  /** Wall time per batch: a short batch keeps the worker listening for "stop". */
  batchMs?: number;
  /** Lets the caller yield between batches (the worker awaits a macrotask). */
  pause?: () => Promise<void>;
}

/** Runs ForceAtlas2 on flat arrays; pure apart from the callbacks, so it runs in Node tests too. */
export async function runForce(input: ForceInput, options: ForceRunOptions): Promise<Float32Array> {
  const matrices = toMatrices(input);
  const settings = { ...defaults, ...inferForceSettings(input.sizes.length, options.settings ?? DEFAULT_FORCE_SETTINGS) };
  const positions = new Float32Array(input.positions.length);
  const batchMs = options.batchMs ?? 120;
  let done = 0;
  while (done < options.iterations) {
    const start = performance.now();
    do {
      iterate(settings, matrices.nodes, matrices.edges);
      done++;
    } while (done < options.iterations && performance.now() - start < batchMs);
    const keepGoing = options.onBatch(readPositions(matrices, positions), done, options.iterations);
    if (keepGoing === false) break;
    if (options.pause) await options.pause();
  }
  return readPositions(matrices, positions);
}
