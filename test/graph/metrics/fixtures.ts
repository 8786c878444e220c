// Small graphs for the metrics tests, built through the app's own buildGraph.
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import type { SupplyGraph } from "../../../src/graph/types.ts";
import type { Company, Link } from "../../../src/model/types.ts";
import { company, dataset, link } from "../helpers.ts";

export function graphOf(companies: Company[], links: Link[]): SupplyGraph {
  return buildGraph(dataset(companies, links), { positions: new Map() });
}

/** Companies all in Seoul, named by id. */
export function seoul(...ids: string[]): Company[] {
  return ids.map((id) => company(id, "KR-11"));
}

/** Production links from "a>b" strings, numbered in order. */
export function chain(...pairs: string[]): Link[] {
  return pairs.map((pair, i) => {
    const [source, target] = pair.split(">") as [string, string];
    return link(`l${i}`, source, target);
  });
}

/** Value of one company's metric from a result, by id. */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((m) => [m.id, m]));
}
