// Sole suppliers: companies that are the only supplier of at least one buyer, so a buyer has
// nowhere else to turn if they fail. Any link type counts as supplying; pass `keepEdge` to ask
// about one type.
import type { KeepEdge, SupplyGraph } from "../types.ts";

export interface SoleSupplier {
  supplier: string;
  /** Buyers whose every incoming link comes from `supplier`, by id. */
  buyers: string[];
}

const byId = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Most dependent buyers first, then by supplier id. */
export function soleSuppliers(graph: SupplyGraph, keepEdge?: KeepEdge): SoleSupplier[] {
  const buyersOf = new Map<string, string[]>();
  graph.forEachNode((buyer) => {
    let only: string | null = null;
    let several = false;
    graph.forEachInEdge(buyer, (edge, attributes, source) => {
      if (several || (keepEdge && !keepEdge(edge, attributes))) return;
      if (only === null) only = source;
      else if (only !== source) several = true;
    });
    if (only === null || several) return;
    const list = buyersOf.get(only);
    if (list) list.push(buyer);
    else buyersOf.set(only, [buyer]);
  });
  return [...buyersOf]
    .map(([supplier, buyers]) => ({ supplier, buyers: buyers.sort(byId) }))
    .sort((x, y) => y.buyers.length - x.buyers.length || byId(x.supplier, y.supplier));
}
