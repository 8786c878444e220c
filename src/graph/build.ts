import { MultiDirectedGraph } from "graphology";
import type { Company, Dataset, Link } from "../model/types.ts";
import type { CompanyNode, LinkEdge, Point, SupplyGraph } from "./types.ts";
import { divisionColor, linkColor, linkSize } from "./style.ts";

export interface BuildOptions {
  /** Map position of each company, by id. Companies without one sit at the origin. */
  positions: ReadonlyMap<string, Point>;
}

/** Base curvature; parallel links between one pair fan out from it. */
const CURVATURE = 0.22;
const CURVATURE_STEP = 0.14;

function companyNode(company: Company, position: Point | undefined): CompanyNode {
  const superRegional = company.tier === "super-regional";
  const x = position?.x ?? 0;
  const y = position?.y ?? 0;
  return {
    company,
    label: company.name,
    division: company.division,
    x,
    y,
    mapX: x,
    mapY: y,
    size: superRegional ? 7 : 3.5,
    color: divisionColor(company.division),
    superRegional,
  };
}

function linkEdge(link: Link, cross: boolean, parallelIndex: number): LinkEdge {
  const edge: LinkEdge = {
    linkType: link.type,
    illustrative: link.illustrative === true,
    cross,
    size: linkSize(link.weight, cross),
    color: linkColor(link.type, cross),
    curvature: CURVATURE + parallelIndex * CURVATURE_STEP,
    attributes: link.attributes,
  };
  if (link.weight !== undefined) edge.weight = link.weight;
  if (link.year !== undefined) edge.year = link.year;
  return edge;
}

/**
 * sigma draws in graph order, so insertion order is paint order: internal links
 * under cross-division ones, super-regional companies over the rest.
 */
function drawOrder(dataset: Dataset): { companies: Company[]; links: Link[] } {
  const division = new Map<string, string>();
  const companies: Company[] = [];
  const superRegional: Company[] = [];
  for (const c of dataset.companies) {
    division.set(c.id, c.division);
    (c.tier === "super-regional" ? superRegional : companies).push(c);
  }
  const links: Link[] = [];
  const cross: Link[] = [];
  for (const l of dataset.links) (division.get(l.source) !== division.get(l.target) ? cross : links).push(l);
  return { companies: companies.concat(superRegional), links: links.concat(cross) };
}

/**
 * Builds the graph in steps so a caller on the main thread can yield between
 * them: each call of the returned `step(budget)` adds up to `budget` items and
 * returns true when everything is in.
 */
export function graphBuilder(dataset: Dataset, options: BuildOptions) {
  const graph: SupplyGraph = new MultiDirectedGraph<CompanyNode, LinkEdge>();
  const parallel = new Map<string, number>();
  const { companies, links } = drawOrder(dataset);
  const total = companies.length + links.length;
  let done = 0;

  function step(budget: number): boolean {
    const end = Math.min(total, done + budget);
    for (; done < end; done++) {
      if (done < companies.length) {
        const company = companies[done]!;
        if (!graph.hasNode(company.id)) graph.addNode(company.id, companyNode(company, options.positions.get(company.id)));
        continue;
      }
      const link = links[done - companies.length]!;
      // Readers guarantee both ends exist; the check keeps a hand-made dataset from throwing.
      if (!graph.hasNode(link.source) || !graph.hasNode(link.target) || graph.hasEdge(link.id)) continue;
      const pairKey = `${link.source}\u0000${link.target}`;
      const index = parallel.get(pairKey) ?? 0;
      parallel.set(pairKey, index + 1);
      const cross = graph.getNodeAttribute(link.source, "division") !== graph.getNodeAttribute(link.target, "division");
      graph.addDirectedEdgeWithKey(link.id, link.source, link.target, linkEdge(link, cross, index));
    }
    return done >= total;
  }

  return { graph, step, progress: () => (total === 0 ? 1 : done / total) };
}

export function buildGraph(dataset: Dataset, options: BuildOptions): SupplyGraph {
  const builder = graphBuilder(dataset, options);
  builder.step(Number.POSITIVE_INFINITY);
  return builder.graph;
}
