// The flat graph as the metrics worker receives it: typed arrays handed over with
// postMessage's transfer list (moved, not copied) plus the ids joined into one string, which
// the clone copies in one piece. Sending graph.export() instead cost 0.2-0.9 s of main-thread
// clone at 10k / 50k; this costs the flatten pass and a few hundred microseconds.
// Kept out of the worker entry so Node tests can run the same path with structuredClone.
import type { FlatGraph } from "./flatGraph.ts";

export interface FlatGraphPayload extends Omit<FlatGraph, "ids"> {
  /** Every id, concatenated in node order. */
  idText: string;
  /** idEnds[i]: where node i's id ends in idText (UTF-16 units, like String.prototype.slice). */
  idEnds: Int32Array;
}

export interface PackedFlatGraph {
  payload: FlatGraphPayload;
  /** Pass as postMessage's transfer list (or structuredClone's `transfer`). */
  transfer: ArrayBuffer[];
}

type Flat = Int32Array | Uint8Array | Float64Array;

/**
 * An array that owns its whole buffer, so transferring the buffer moves exactly this array.
 * flattenGraph's arrays always do; a view into a larger or shared buffer is copied.
 */
function owned<T extends Flat>(array: T): T {
  const whole = array.buffer instanceof ArrayBuffer && array.byteOffset === 0 && array.byteLength === array.buffer.byteLength;
  return whole ? array : (array.slice() as T);
}

/**
 * Packs a flat graph for the worker. Its typed arrays are handed over as they are: once the
 * payload is posted with `transfer`, they are detached (length 0) on this side, so `flat`
 * must not be used afterwards.
 */
export function packFlatGraph(flat: FlatGraph): PackedFlatGraph {
  const n = flat.ids.length;
  const idEnds = new Int32Array(n);
  let end = 0;
  for (let i = 0; i < n; i++) idEnds[i] = end += flat.ids[i]!.length;
  const payload: FlatGraphPayload = {
    vintage: flat.vintage,
    idText: flat.ids.join(""),
    idEnds,
    division: owned(flat.division),
    divisionCount: flat.divisionCount,
    source: owned(flat.source),
    target: owned(flat.target),
    type: owned(flat.type),
    weight: owned(flat.weight),
  };
  const { division, source, target, type, weight } = payload;
  // A Set: listing one buffer twice makes postMessage throw.
  const buffers = new Set([idEnds, division, source, target, type, weight].map((a) => a.buffer as ArrayBuffer));
  return { payload, transfer: [...buffers] };
}

/** The flat graph back from a received payload; throws if the arrays do not fit together. */
export function unpackFlatGraph(payload: FlatGraphPayload): FlatGraph {
  const { idText, idEnds, ...rest } = payload;
  const n = idEnds.length;
  const m = rest.source.length;
  if (rest.division.length !== n || rest.target.length !== m || rest.type.length !== m || rest.weight.length !== m || (n > 0 && idEnds[n - 1] !== idText.length)) {
    throw new Error("graph/metrics: the flat graph sent to the worker is inconsistent");
  }
  const ids = new Array<string>(n);
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = idEnds[i]!;
    ids[i] = idText.slice(start, end);
    start = end;
  }
  return { ...rest, ids };
}
