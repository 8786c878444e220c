import type { SupplyGraph } from "./types.ts";

export interface GraphCounts {
  companies: number;
  links: number;
  crossProvinceLinks: number;
}

export function graphCounts(graph: SupplyGraph): GraphCounts {
  let cross = 0;
  graph.forEachEdge((_edge, attributes) => {
    if (attributes.cross) cross++;
  });
  return { companies: graph.order, links: graph.size, crossProvinceLinks: cross };
}
