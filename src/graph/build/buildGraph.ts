import { placeOf } from "../../model/place.ts";
import { isCrossDivision, type Company, type Dataset } from "../../model/types.ts";
import type { CompanyNode, LinkEdge, Point, SupplyGraph } from "../types.ts";
import { divisionColor, linkColor, linkSize } from "../../style/palette.ts";
import { SafeMultiDirectedGraph } from "./safeGraph.ts";
import { linkTableOf, unpackLinks, type LinkTransfer, type LinkTable } from "./linkTransfer.ts";

export interface BuildOptions {
  /** Map position of each company, by id. Companies without one sit at the origin. */
  positions: ReadonlyMap<string, Point>;
  /**
   * The dataset's links packed as columns against dataset.companies (what the parse worker
   * sends); when given, they are read instead of dataset.links and no Link object is made.
   */
  links?: LinkTransfer;
  /**
   * A graph of the same companies already built (a big load's companies shown while its links
   * were read): its attribute objects become this graph's, so the companies drawn stay the ones
   * whose colours, metrics and positions are written.
   */
  nodes?: SupplyGraph;
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
    place: placeOf(company),
    x,
    y,
    mapX: x,
    mapY: y,
    size: superRegional ? 7 : 3.5,
    color: divisionColor(company.division),
    superRegional,
  };
}

function linkEdge(links: LinkTable, i: number, cross: boolean, parallelIndex: number): LinkEdge {
  const type = links.type(i);
  const weight = links.weight(i);
  const year = links.year(i);
  const edge: LinkEdge = {
    linkType: type,
    illustrative: links.illustrative(i),
    cross,
    size: linkSize(weight, cross),
    color: linkColor(type, cross),
    curvature: CURVATURE + parallelIndex * CURVATURE_STEP,
    attributes: links.attributes(i),
  };
  if (weight !== undefined) edge.weight = weight;
  if (year !== undefined) edge.year = year;
  return edge;
}

/**
 * sigma draws in graph order, so insertion order is paint order: internal links
 * under cross-division ones, super-regional companies over the rest.
 * Links come back as indexes into `links`.
 */
function drawOrder(dataset: Dataset, links: LinkTable): { companies: Company[]; links: Int32Array } {
  const division = new Map<string, string>();
  const companies: Company[] = [];
  const superRegional: Company[] = [];
  for (const c of dataset.companies) {
    division.set(c.id, c.division);
    (c.tier === "super-regional" ? superRegional : companies).push(c);
  }
  const divisionOf = (id: string | undefined) => (id === undefined ? undefined : division.get(id));
  const crossFlag = new Uint8Array(links.count);
  let internal = 0;
  for (let i = 0; i < links.count; i++) {
    const [from, to] = [divisionOf(links.source(i)), divisionOf(links.target(i))];
    if (from !== undefined && to !== undefined && isCrossDivision(from, to)) crossFlag[i] = 1;
    else internal++;
  }
  const order = new Int32Array(links.count);
  let nextInternal = 0;
  let nextCross = internal;
  for (let i = 0; i < links.count; i++) order[crossFlag[i] ? nextCross++ : nextInternal++] = i;
  return { companies: companies.concat(superRegional), links: order };
}

/**
 * Builds the graph in steps so a caller on the main thread can yield between
 * them: each call of the returned `step(budget)` adds up to `budget` items and
 * returns true when everything is in. Every company goes in before any link, and
 * no step does both, so `companiesIn()` can be asked between steps.
 */
export function graphBuilder(dataset: Dataset, options: BuildOptions) {
  // Company ids are the node keys, and any text can be an id: see safeGraph.ts.
  const graph: SupplyGraph = new SafeMultiDirectedGraph<CompanyNode, LinkEdge>();
  const parallel = new Map<string, number>();
  const table = options.links !== undefined ? unpackLinks(options.links, dataset.companies) : linkTableOf(dataset.links);
  const { companies, links } = drawOrder(dataset, table);
  const total = companies.length + links.length;
  let done = 0;

  function step(budget: number): boolean {
    const end = Math.min(done < companies.length ? companies.length : total, done + budget);
    for (; done < end; done++) {
      if (done < companies.length) {
        const company = companies[done]!;
        if (graph.hasNode(company.id)) continue;
        const shown = options.nodes?.hasNode(company.id) ? options.nodes.getNodeAttributes(company.id) : undefined;
        graph.addNode(company.id, shown ?? companyNode(company, options.positions.get(company.id)));
        continue;
      }
      const i = links[done - companies.length]!;
      const source = table.source(i);
      const target = table.target(i);
      // Readers guarantee both ends exist; the check keeps a hand-made dataset from throwing.
      if (source === undefined || target === undefined || !graph.hasNode(source) || !graph.hasNode(target)) continue;
      const id = table.id(i);
      if (graph.hasEdge(id)) continue;
      const pairKey = `${source}\u0000${target}`;
      const index = parallel.get(pairKey) ?? 0;
      parallel.set(pairKey, index + 1);
      const cross = isCrossDivision(graph.getNodeAttribute(source, "division"), graph.getNodeAttribute(target, "division"));
      graph.addDirectedEdgeWithKey(id, source, target, linkEdge(table, i, cross, index));
    }
    return done >= total;
  }

  return { graph, step, progress: () => (total === 0 ? 1 : done / total), companiesIn: () => done >= companies.length, links: links.length };
}

export function buildGraph(dataset: Dataset, options: BuildOptions): SupplyGraph {
  const builder = graphBuilder(dataset, options);
  while (!builder.step(Number.POSITIVE_INFINITY));
  return builder.graph;
}
