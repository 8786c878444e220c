import type { CompanyNode, SupplyGraph } from "../../graph/types.ts";

/** How the renderer draws a company now (its reducers' output). */
export interface DrawnSource {
  node(id: string): { color: string; size: number } | undefined;
}

/**
 * The map registers what it draws here, so exports carry colours and sizes as drawn; without a
 * map (tests, the CLI) the graph's own attributes stand in.
 */
export interface DrawnPort {
  attach(source: DrawnSource): () => void;
  /** Every company's position (the layout on screen), colour and size. */
  capture(graph: SupplyGraph): { ids: string[]; xy: Float32Array; colors: string[]; sizes: Float32Array };
}

export function createDrawnPort(): DrawnPort {
  let source: DrawnSource | null = null;
  return {
    attach(next) {
      source = next;
      return () => {
        if (source === next) source = null;
      };
    },
    capture(graph) {
      const ids: string[] = [];
      const xy = new Float32Array(graph.order * 2);
      const colors: string[] = [];
      const sizes = new Float32Array(graph.order);
      graph.forEachNode((id, a: CompanyNode) => {
        const i = ids.length;
        ids.push(id);
        xy[2 * i] = a.x;
        xy[2 * i + 1] = a.y;
        const drawn = source?.node(id);
        colors.push(drawn?.color ?? a.color);
        sizes[i] = drawn?.size ?? a.size;
      });
      return { ids, xy, colors, sizes };
    },
  };
}
