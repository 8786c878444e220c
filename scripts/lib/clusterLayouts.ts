// Networks and their communities as the force layout sees them, for measuring how well a
// layout separates clusters: the sample (Louvain communities, map start positions, as the app
// runs it), a synthetic company network, and a network with planted communities.
import { readFileSync } from "node:fs";
import { readFiles } from "../../src/io/read/readFiles.ts";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { placeCompanies } from "../../src/geo/placement.ts";
import { createKoreaGeo } from "../../src/geo/korea.ts";
import { KOREA_TOPO } from "../../src/geo/koreaTopo.ts";
import { flattenGraph } from "../../src/graph/metrics/flatGraph.ts";
import { computeCommunities } from "../../src/graph/metrics/communities.ts";
import { forceInputFromGraph } from "../../src/layout/forceInput.ts";
import type { ForceInput } from "../../src/layout/forceMatrices.ts";
import type { Dataset } from "../../src/model/types.ts";
import { syntheticDataset } from "./syntheticDataset.ts";
import { plantedCommunities } from "./plantedCommunities.ts";

export interface ClusterCase {
  name: string;
  input: ForceInput;
  community: Int32Array;
  communities: number;
}

function fromDataset(name: string, dataset: Dataset): ClusterCase {
  const placed = placeCompanies(dataset.companies, createKoreaGeo(KOREA_TOPO));
  const graph = buildGraph(dataset, { positions: placed });
  const { input } = forceInputFromGraph(graph);
  // Node order is graph order in both, so index i is the same company.
  const found = computeCommunities(flattenGraph(graph, "2023"), 1);
  return { name, input, community: found.community, communities: found.count };
}

export function sampleCase(): ClusterCase {
  const files = ["data/sample/companies.csv", "data/sample/links.csv"].map((path) => ({ name: path.split("/").pop()!, bytes: new Uint8Array(readFileSync(path)) }));
  return fromDataset("sample (Louvain)", readFiles(files));
}

export function syntheticCase(companies: number, links: number): ClusterCase {
  return fromDataset(`synthetic ${companies.toLocaleString("en")} / ${links.toLocaleString("en")} (Louvain)`, syntheticDataset(companies, links));
}

export function plantedCase(companies: number, communities: number): ClusterCase {
  const net = plantedCommunities({ companies, communities, insideDegree: 6, betweenDegree: 1.5 });
  return { name: `planted ${companies.toLocaleString("en")} / ${communities} communities`, input: net.input, community: net.community, communities };
}
