import type Sigma from "sigma";
import type { Attributes } from "graphology-types";
import type { NodeDisplayData } from "sigma/types";

/**
 * Finds the company under the pointer on the CPU, in place of sigma's own lookup.
 *
 * sigma 3 reads the node under the pointer from a picking texture with readPixels, and a
 * readback makes the page wait until the GPU has finished every frame queued before it. Under
 * software WebGL (virtual desktops without a GPU) that turned each mouse move over the map into
 * a stall of 0.5–1 s while the last frame rasterised: measured, frames 600–1,100 ms apart during
 * a zoom with the pointer on the map, 17 ms apart with the lookup out of the way.
 *
 * Viewport positions are recomputed when the pointer first moves after sigma re-indexed or the
 * camera or canvas changed; a move then costs one pass over plain numbers, topmost (last drawn)
 * company first. (Hidden companies and sizes change only through a re-index: companyDisplay.ts.)
 */
export function installCpuHitTest<N extends Attributes, E extends Attributes>(renderer: Sigma<N, E>): () => void {
  // Positions move only when sigma re-indexes or the camera or the canvas changes: a hover
  // recolours and redraws, and must not make the next move rebuild the index.
  let processed = 0;
  let builtFor = "";
  let ids: string[] = [];
  let xs = new Float64Array(0);
  let ys = new Float64Array(0);
  let rs = new Float64Array(0);
  const onProcess = () => {
    processed++;
  };
  renderer.on("afterProcess", onProcess);
  const stateKey = () => {
    const { x, y, ratio, angle } = renderer.getCamera().getState();
    const { width, height } = renderer.getDimensions();
    return `${processed}|${x}|${y}|${ratio}|${angle}|${width}|${height}`;
  };

  const build = (key: string) => {
    const cache = (renderer as unknown as { nodeDataCache: Record<string, NodeDisplayData> }).nodeDataCache;
    const keys = Object.keys(cache);
    ids = [];
    xs = new Float64Array(keys.length);
    ys = new Float64Array(keys.length);
    rs = new Float64Array(keys.length);
    let n = 0;
    for (const key of keys) {
      const data = cache[key]!;
      if (data.hidden) continue;
      const at = renderer.framedGraphToViewport(data);
      ids.push(key);
      xs[n] = at.x;
      ys[n] = at.y;
      rs[n] = pickRadius(renderer.scaleSize(data.size));
      n++;
    }
    builtFor = key;
  };

  const nodeAt = (position: { x: number; y: number }): string | null => {
    const key = stateKey();
    if (builtFor !== key) build(key);
    return topmostAt({ ids, xs, ys, rs }, position.x, position.y);
  };
  // sigma's handlers call this.getNodeAtPosition(event) (a private method in its typings).
  const target = renderer as unknown as { getNodeAtPosition: (position: { x: number; y: number }) => string | null };
  const original = target.getNodeAtPosition;
  target.getNodeAtPosition = nodeAt;
  return () => {
    renderer.off("afterProcess", onProcess);
    target.getNodeAtPosition = original;
  };
}

/**
 * How far from its centre a company is picked: its drawn radius and the half pixel of its
 * antialiased rim, no more. A click beside a dot is a click on the province under it (at the
 * national view the dots are a pixel or two and cover much of the map: a wider reach picked a
 * company where the user plainly aimed at the province); a small company is picked by zooming
 * in or by the search.
 */
export function pickRadius(drawnRadius: number): number {
  return drawnRadius + 0.5;
}

export interface Discs {
  /** In draw order: a later disc is drawn over an earlier one. */
  ids: readonly string[];
  xs: Float64Array;
  ys: Float64Array;
  rs: Float64Array;
}

/** The last-drawn disc that holds the point, or null. */
export function topmostAt(discs: Discs, x: number, y: number): string | null {
  const { ids, xs, ys, rs } = discs;
  for (let i = ids.length - 1; i >= 0; i--) {
    const dx = x - xs[i]!;
    const dy = y - ys[i]!;
    if (dx * dx + dy * dy <= rs[i]! * rs[i]!) return ids[i]!;
  }
  return null;
}
