import { afterEach, describe, expect, it, vi } from "vitest";
import { startForceLayout } from "../../../src/workers/force/forceClient.ts";
import { syntheticGraph } from "../../../scripts/lib/syntheticDataset.ts";

/** Stands in for the force worker: the test posts its messages by hand. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage() {}
  terminate() {
    this.terminated = true;
  }
  send(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

describe("workers/forceClient after stop", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("ignores a batch that arrives after the run was stopped, so the map keeps its positions", () => {
    vi.stubGlobal("Worker", FakeWorker);
    const graph = syntheticGraph(20, 40, 3);
    const onProgress = vi.fn();
    const onDone = vi.fn();
    const run = startForceLayout(graph, { onProgress, onDone, onError: () => {} });
    const worker = FakeWorker.last!;
    const positions = () => graph.mapNodes((_n, a) => [a.x, a.y]);
    run.stop();
    expect(worker.terminated).toBe(true);
    expect(onDone).toHaveBeenCalledTimes(1);
    const before = positions();
    const far = new Float32Array(graph.order * 2).fill(9999);
    worker.send({ type: "tick", positions: far, done: 10, total: 100 });
    worker.send({ type: "done", positions: far, done: 100, total: 100 });
    expect(positions()).toEqual(before);
    expect(onProgress).not.toHaveBeenCalled();
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it("applies batches while it runs", () => {
    vi.stubGlobal("Worker", FakeWorker);
    const graph = syntheticGraph(20, 40, 3);
    const onDone = vi.fn();
    startForceLayout(graph, { onProgress: () => {}, onDone, onError: () => {} });
    const far = new Float32Array(graph.order * 2).fill(42);
    FakeWorker.last!.send({ type: "done", positions: far, done: 100, total: 100 });
    expect(graph.mapNodes((_n, a) => a.x).every((x) => x === 42)).toBe(true);
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});
