// A graphology multigraph that takes any string as a node key, "__proto__" and "constructor"
// included. Company ids come from users' files, and a company may well be called "constructor".
//
// Why a shim: graphology 0.26 keeps each node's neighbours in plain objects (`out`, `in`,
// `undirected`: neighbour key -> edge). A plain object already "has" every Object.prototype
// name, so for a neighbour called "toString" the lookup finds Object.prototype.toString and
// takes it for an existing edge list, and for "__proto__" it finds Object.prototype itself
// and writes the edge list's `previous` link onto it: every object in the program then has
// a `previous` property. The root fix is in the adjacency objects themselves: here they have
// no prototype, so a missing neighbour is simply undefined and no key reaches a prototype.
//
// Graphology builds node records through the graph's own (writable) NodeDataClass and resets
// adjacency in that class's clear(), so a subclass of it is all that changes; the few graph
// methods that call adjacency.hasOwnProperty (absent without a prototype) ask Object.hasOwn
// instead, and copies (nullCopy, behind copy and emptyCopy) get the same treatment.

import { MultiDirectedGraph } from "graphology";
import type { Attributes, GraphOptions } from "graphology-types";

interface NodeRecord {
  in?: Record<string, unknown>;
  out?: Record<string, unknown>;
  undirected?: Record<string, unknown>;
  clear(): void;
}

type NodeRecordClass = new (key: string, attributes: unknown) => NodeRecord;

interface Internals {
  NodeDataClass: NodeRecordClass;
  _nodes: Map<string, NodeRecord>;
}

const withNullPrototypes = new WeakMap<NodeRecordClass, NodeRecordClass>();

function nullPrototypeRecords(Base: NodeRecordClass): NodeRecordClass {
  let Safe = withNullPrototypes.get(Base);
  if (!Safe) {
    Safe = class extends Base {
      override clear(): void {
        super.clear();
        if (this.in) this.in = Object.create(null) as Record<string, unknown>;
        if (this.out) this.out = Object.create(null) as Record<string, unknown>;
        if (this.undirected) this.undirected = Object.create(null) as Record<string, unknown>;
      }
    };
    withNullPrototypes.set(Base, Safe);
  }
  return Safe;
}

const hasNeighbour = (adjacency: Record<string, unknown> | undefined, key: string) => adjacency !== undefined && Object.hasOwn(adjacency, key);

interface EdgeQueries {
  _nodes: Map<string, NodeRecord>;
  hasEdge(...args: unknown[]): boolean;
  hasDirectedEdge(...args: unknown[]): boolean;
  hasUndirectedEdge(...args: unknown[]): boolean;
  nullCopy(options?: unknown): EdgeQueries;
}

/**
 * Gives one graph instance null-prototype adjacency. Done per instance, not per class, because
 * graphology's nullCopy() (behind copy() and emptyCopy()) makes a plain Graph, which gets the
 * same treatment here.
 */
export function protectAdjacency<G extends object>(graph: G): G {
  const internals = graph as unknown as Internals & EdgeQueries;
  if (internals._nodes.size > 0) throw new Error("protectAdjacency: the graph must be empty");
  internals.NodeDataClass = nullPrototypeRecords(internals.NodeDataClass);
  const node = (key: unknown) => internals._nodes.get(String(key));
  const { hasEdge, hasDirectedEdge, hasUndirectedEdge, nullCopy } = internals;
  // The library's two-argument forms call adjacency.hasOwnProperty(), which these objects lack.
  const own = (value: EdgeQueries[keyof Pick<EdgeQueries, "hasEdge">], edges: (n: NodeRecord, target: string) => boolean) =>
    function (this: unknown, ...args: unknown[]): boolean {
      if (args.length !== 2) return value.apply(graph, args);
      const n = node(args[0]);
      return n !== undefined && edges(n, String(args[1]));
    };
  internals.hasEdge = own(hasEdge, (n, t) => hasNeighbour(n.out, t) || hasNeighbour(n.undirected, t));
  internals.hasDirectedEdge = own(hasDirectedEdge, (n, t) => hasNeighbour(n.out, t));
  internals.hasUndirectedEdge = own(hasUndirectedEdge, (n, t) => hasNeighbour(n.undirected, t));
  internals.nullCopy = (options?: unknown) => protectAdjacency(nullCopy.call(graph, options));
  return graph;
}

export class SafeMultiDirectedGraph<
  NodeAttributes extends Attributes = Attributes,
  EdgeAttributes extends Attributes = Attributes,
  GraphAttributes extends Attributes = Attributes,
> extends MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  constructor(options?: Omit<GraphOptions, "multi" | "type">) {
    super(options);
    protectAdjacency(this);
  }
}
