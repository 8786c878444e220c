// Thin worker entry: all logic lives in layout/forceRun.
import { runForce } from "../../layout/forceRun.ts";
import type { ForceInput } from "../../layout/forceMatrices.ts";
import type { ForceSettings } from "../../model/forceSettings.ts";

export type ForceRequest = { type: "start"; input: ForceInput; iterations: number; settings: ForceSettings } | { type: "stop" };
export type ForceMessage =
  | { type: "tick"; positions: Float32Array; done: number; total: number }
  | { type: "done"; positions: Float32Array; done: number; total: number }
  | { type: "error"; message: string };

let stopped = false;
const post = (message: ForceMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<ForceRequest>) => {
  const request = event.data;
  if (request.type === "stop") {
    stopped = true;
    return;
  }
  stopped = false;
  let last = 0;
  runForce(request.input, {
    iterations: request.iterations,
    settings: request.settings,
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    onBatch: (positions, done, total) => {
      last = done;
      const copy = positions.slice();
      post({ type: "tick", positions: copy, done, total }, [copy.buffer]);
      return !stopped;
    },
  })
    .then((positions) => post({ type: "done", positions, done: last, total: request.iterations }, [positions.buffer]))
    .catch((error: unknown) => post({ type: "error", message: String(error) }));
};
