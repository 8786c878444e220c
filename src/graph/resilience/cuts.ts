// Articulation points and bridges: the companies and the partnerships whose loss splits the
// network. Tarjan's low-link method, run with an explicit stack so a chain of 100k companies
// cannot overflow the call stack.
import type { KeepEdge, SupplyGraph } from "../types.ts";
import { simpleGraph } from "./simpleGraph.ts";

export interface ArticulationPoint {
  id: string;
  /** Connected pieces its component falls into without it (at least 2). */
  pieces: number;
}

export interface Bridge {
  /** The two companies, as the depth-first search met them. */
  a: string;
  b: string;
  /** Every link joining them, either direction: all must go for the network to split. */
  links: string[];
  /** Companies on the smaller side of the split. */
  separated: number;
}

export interface Cuts {
  /** Most pieces first, then by id. */
  articulationPoints: ArticulationPoint[];
  /** Largest smaller side first, then by ids. */
  bridges: Bridge[];
}

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** On the undirected simple view of the graph (see simpleGraph); `keepEdge` applies the app's filters. */
export function cuts(graph: SupplyGraph, keepEdge?: KeepEdge): Cuts {
  const { ids, offsets, neighbours } = simpleGraph(graph, keepEdge);
  const n = ids.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = offsets.slice(0, n); // next neighbour to look at, per node
  const size = new Int32Array(n); // DFS subtree size, complete once the node is popped
  const cutChildren = new Int32Array(n); // children c with low[c] >= disc[node]
  const stack = new Int32Array(n);
  const found: Array<{ parent: number; child: number; root: number }> = [];
  const componentSize = new Map<number, number>();
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    let top = 0;
    stack[0] = root;
    disc[root] = low[root] = time++;
    while (top >= 0) {
      const v = stack[top]!;
      if (next[v]! < offsets[v + 1]!) {
        const w = neighbours[next[v]!++]!;
        if (w === parent[v]) continue; // simple graph: the tree edge back is the only link to the parent
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          stack[++top] = w;
        } else if (disc[w]! < low[v]!) low[v] = disc[w]!;
        continue;
      }
      top--;
      size[v]!++;
      const p = parent[v]!;
      if (p === -1) continue;
      size[p]! += size[v]!;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      if (low[v]! >= disc[p]!) cutChildren[p]!++;
      if (low[v]! > disc[p]!) found.push({ parent: p, child: v, root });
    }
    componentSize.set(root, size[root]!);
  }

  const articulationPoints: ArticulationPoint[] = [];
  for (let v = 0; v < n; v++) {
    // A root splits its component only with two or more DFS children; any other node also
    // keeps the piece holding its parent.
    const pieces = parent[v] === -1 ? cutChildren[v]! : cutChildren[v]! + 1;
    if (pieces >= 2) articulationPoints.push({ id: ids[v]!, pieces });
  }
  articulationPoints.sort((x, y) => y.pieces - x.pieces || byId(x.id, y.id));

  const bridges = found.map(({ parent: p, child: c, root }): Bridge => {
    const a = ids[p]!;
    const b = ids[c]!;
    const links = [...graph.outEdges(a, b), ...graph.outEdges(b, a)].filter((e) => !keepEdge || keepEdge(e, graph.getEdgeAttributes(e)));
    const side = size[c]!;
    return { a, b, links, separated: Math.min(side, componentSize.get(root)! - side) };
  });
  bridges.sort((x, y) => y.separated - x.separated || byId(x.a, y.a) || byId(x.b, y.b));
  return { articulationPoints, bridges };
}
