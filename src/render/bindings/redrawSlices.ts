// Redraws sigma's companies and links in place, a big redraw in tasks of its own right after the
// change's, so that one change is never one long task.
import type { AtlasRenderer } from "../sigma/createRenderer.ts";
import { updateWithoutDrawing } from "../sigma/updateWithoutDrawing.ts";
import { inOwnTask } from "../../schedule/ownTask.ts";

/**
 * A redraw of more companies and links than this goes in tasks of its own, right after the
 * change's, this many a task: at 10k / 50k a link filter's redraw of 17,000 links (about 65 ms)
 * and the change itself (the store, the filtered flows, React: about 60 ms) made one task of
 * 120–130 ms, and at 100k companies a colour change redrew them all in one task of 270–450 ms.
 */
export const REDRAW_IN_OWN_ITEMS = 10_000;

/**
 * A redraw of more than this many items waits for a task of its own even when one slice holds
 * it: the change's own work (the store, flows at a new region level, React) is 50–80 ms at
 * 10k / 50k, and recolouring 10,000 companies on top of it (a switch to super-regions) made a
 * task of 130–170 ms.
 */
export const REDRAW_IN_TASK_ITEMS = 5_000;

type Drawn = ReturnType<AtlasRenderer["getGraph"]>;

export function redrawSlices(renderer: AtlasRenderer) {
  let deferred: { cancel: () => void } | null = null;
  const deferredEdges = new Set<string>();
  let redrawAllNodes = false;
  /** Companies still to redraw in the slices under way, in sigma's order. */
  let pendingNodes: string[] = [];

  // At most REDRAW_IN_OWN_ITEMS companies and links a task (about 50 ms), companies first: the
  // slices before the last update sigma's buffers without drawing, so the picture is drawn
  // once, whole, by the last. A change meanwhile that redraws every company starts them again.
  const redrawLater = (graph: Drawn) => {
    deferred = { cancel: inOwnTask(() => {
      deferred = null;
      if (redrawAllNodes) pendingNodes = graph.nodes();
      redrawAllNodes = false;
      // Another graph since: setGraph has indexed and drawn every item of it.
      if (renderer.getGraph() !== graph) {
        pendingNodes = [];
        deferredEdges.clear();
        return;
      }
      const nodes = pendingNodes.splice(0, REDRAW_IN_OWN_ITEMS);
      const edges: string[] = [];
      for (const edge of deferredEdges) {
        if (nodes.length + edges.length >= REDRAW_IN_OWN_ITEMS) break;
        edges.push(edge);
      }
      for (const edge of edges) deferredEdges.delete(edge);
      if (pendingNodes.length === 0 && deferredEdges.size === 0) {
        renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
        return;
      }
      updateWithoutDrawing(renderer, { nodes, edges });
      redrawLater(graph);
    }) };
  };

  return {
    /** Redraws every company of `drawn` (or none) and `edges`: now when small, else in slices that changes meanwhile join. */
    redraw(drawn: Drawn, allNodes: boolean, edges: string[]) {
      if (allNodes) redrawAllNodes = true;
      if (!deferred && (allNodes ? drawn.order : 0) + edges.length <= REDRAW_IN_TASK_ITEMS) {
        redrawAllNodes = false;
        renderer.refresh({ partialGraph: { nodes: allNodes ? drawn.nodes() : [], edges }, skipIndexation: true });
        return;
      }
      for (const edge of edges) deferredEdges.add(edge);
      if (!deferred) redrawLater(drawn);
    },
    cancel() {
      deferred?.cancel();
    },
  };
}
