// Cluster separation of the force layout: the mean drawn length of links between communities
// over that of links inside them (larger: clusters stand apart), with the settings the app
// used before (the library's inferred ones) and with its defaults now.
import { runForce } from "../../src/layout/forceRun.ts";
import { defaultIterations } from "../../src/layout/forceMatrices.ts";
import { linkSeparation } from "../../src/layout/separation.ts";
import { DEFAULT_FORCE_SETTINGS, LEGACY_FORCE_SETTINGS, type ForceSettings } from "../../src/model/forceSettings.ts";
import { plantedCase, sampleCase, syntheticCase, type ClusterCase } from "../lib/clusterLayouts.ts";

export interface ClusterBenchRow {
  network: string;
  companies: number;
  links: number;
  communities: number;
  settings: "before" | "after";
  /** Mean link length inside communities ÷ mean between, as drawn (scale-free). */
  inside: number;
  between: number;
  ratio: number;
  ms: number;
}

async function measure(c: ClusterCase, label: ClusterBenchRow["settings"], settings: ForceSettings): Promise<ClusterBenchRow> {
  const input = { positions: c.input.positions.slice(), sizes: c.input.sizes, edges: c.input.edges };
  const start = performance.now();
  const positions = await runForce(input, { iterations: defaultIterations(c.community.length), settings, onBatch: () => undefined });
  const ms = performance.now() - start;
  const s = linkSeparation(positions, c.input.edges, c.community);
  // Lengths relative to the layout's own spread, so the two settings' pictures compare.
  return {
    network: c.name,
    companies: c.community.length,
    links: c.input.edges.length / 2,
    communities: c.communities,
    settings: label,
    inside: s.inside,
    between: s.between,
    ratio: s.ratio,
    ms,
  };
}

export async function benchClusters(cases: ClusterCase[] = [sampleCase(), plantedCase(600, 8), syntheticCase(2_000, 10_000)]): Promise<ClusterBenchRow[]> {
  const rows: ClusterBenchRow[] = [];
  for (const c of cases) {
    rows.push(await measure(c, "before", LEGACY_FORCE_SETTINGS));
    rows.push(await measure(c, "after", DEFAULT_FORCE_SETTINGS));
  }
  return rows;
}

export function clustersTable(rows: readonly ClusterBenchRow[]): string {
  const lines = ["| network | companies | links | communities | settings | between ÷ inside | ms |", "|---|---:|---:|---:|---|---:|---:|"];
  for (const r of rows) lines.push(`| ${r.network} | ${r.companies} | ${r.links} | ${r.communities} | ${r.settings} | ${r.ratio.toFixed(2)} | ${Math.round(r.ms)} |`);
  return lines.join("\n");
}
