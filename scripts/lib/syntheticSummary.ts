// A summary bundle of national size without aggregating anything: for benchmarking how the app
// opens one. The ego networks, flows and division totals are the real summary of a small
// synthetic network (graph/summary's reference); the company table is padded to the wanted
// size with generated rows of plausible numbers, and flow counts are scaled up to the wanted
// number of links. The result has the form `npm run aggregate` writes, not its content.

import { strToU8 } from "fflate";
import { summariseDataset } from "../../src/graph/summary/summarise.ts";
import { readFiles } from "../../src/io/read/readFiles.ts";
import { summaryToBundle, type CellRow } from "../../src/io/summary/bundleWrite.ts";
import { summaryInputsOfDataset } from "../../src/io/summary/ego.ts";
import { SUMMARY_STAT_TYPES, type SummaryCompanyFlowRow, type SummaryCompanyRow, type SummaryFlowRow } from "../../src/model/summary.ts";
import { LINK_TYPES } from "../../src/model/types.ts";
import { INDUSTRIES, PREFIXES, SUFFIXES, divisionCounts, syntheticNetwork } from "./synthetic.ts";
import { SCRIPT_DIVISIONS } from "./divisions.ts";
import { Random } from "../../src/geo/random.ts";

export interface SyntheticSummaryOptions {
  companies: number;
  /** Links the summary stands for (flow counts are scaled to this). */
  links: number;
  /** Size of the real network behind the ego networks and the flow shape. */
  core?: { companies: number; links: number };
  topK?: number;
  seed?: number;
}

const BATCH = 50_000;

export async function syntheticSummaryBundle(opts: SyntheticSummaryOptions): Promise<Uint8Array> {
  const core = opts.core ?? { companies: 2_000, links: 10_000 };
  const net = syntheticNetwork({ ...core, seed: opts.seed ?? 7 });
  const dataset = readFiles([
    { name: "companies.csv", bytes: strToU8(net.companiesCsv) },
    { name: "links.csv", bytes: strToU8(net.linksCsv) },
  ]);
  const topK = opts.topK ?? 50;
  const summary = summariseDataset(dataset, { topK });
  const inputs = summaryInputsOfDataset(dataset, summary, { label: `synthetic national summary (${opts.companies} companies)`, created: new Date("2026-11-29T00:00:00Z") });
  const scale = opts.links / Math.max(1, summary.links);
  const flows: SummaryFlowRow[] = summary.flows.map((f) => ({ ...f, count: Math.round(f.count * scale), weight: Math.round(f.weight * scale) }));
  const extra = Math.max(0, opts.companies - summary.companies.length);
  const lowest = Math.min(...summary.companies.map((c) => c.score));
  const rng = new Random(opts.seed ?? 7, 0x5a11);
  const counts = divisionCounts(extra);
  const divisionOf = (i: number) => {
    let d = 0;
    for (let seen = counts[0]!; i >= seen && d < counts.length - 1; seen += counts[++d]!);
    return SCRIPT_DIVISIONS[d]!.code;
  };
  function* padded(): Iterable<SummaryCompanyRow[]> {
    yield summary.companies;
    let batch: SummaryCompanyRow[] = [];
    for (let i = 0; i < extra; i++) {
      const degree = 1 + Math.floor(20 * rng.next() ** 3);
      const cross = Object.fromEntries(SUMMARY_STAT_TYPES.map((t) => {
        const links = t === "all" ? Math.floor(degree / 2) : Math.floor(degree / 8);
        return [t, { partners: links, links, weight: links * 120 }];
      })) as SummaryCompanyRow["cross"];
      batch.push({
        id: `nat-${String(i + 1).padStart(7, "0")}`,
        name: `${rng.pick(PREFIXES)}${rng.pick(SUFFIXES)} ${i + 1}`,
        nameEn: undefined,
        division: divisionOf(i),
        municipality: undefined,
        industry: rng.pick(INDUSTRIES),
        tier: rng.next() < 0.002 ? "super-regional" : undefined,
        lat: undefined,
        lon: undefined,
        inDegree: Math.floor(degree / 2),
        outDegree: degree - Math.floor(degree / 2),
        degree,
        weightedDegree: degree * 300,
        partnerDivisions: Math.min(16, Math.floor(degree / 3)),
        cross,
        // Below every core company and decreasing, so the file stays in ranking order.
        score: lowest * (1 - (i + 1) / (extra + 1)),
        ego: false,
      });
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
  // company-flows.csv for the padded companies too, so that reading it costs what a national
  // one does: per company a few partner divisions, one type row and the all row in each, in the
  // companies' order after the core's rows (which rank above them).
  const codes = SCRIPT_DIVISIONS.map((d) => d.code).sort();
  const flowRng = new Random(opts.seed ?? 7, 0xf10e);
  function* paddedFlows(): Iterable<Array<SummaryCompanyFlowRow | CellRow>> {
    yield summary.companyFlows;
    let batch: CellRow[] = [];
    for (let i = 0; i < extra; i++) {
      const id = `nat-${String(i + 1).padStart(7, "0")}`;
      const divisions = 1 + Math.floor(4 * flowRng.next() ** 2);
      const first = Math.floor(flowRng.next() * (codes.length - divisions + 1));
      for (let d = 0; d < divisions; d++) {
        const links = 1 + Math.floor(6 * flowRng.next() ** 3);
        const type = LINK_TYPES[Math.floor(flowRng.next() * LINK_TYPES.length)]!;
        const out = flowRng.next() < 0.5;
        const cells = (t: string): CellRow => [id, codes[first + d]!, t, out ? links : 0, out ? links * 120 : 0, out ? 0 : links, out ? 0 : links * 120, Math.max(1, links - 1)];
        batch.push(cells(type), cells("all"));
      }
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
  return summaryToBundle({
    ...inputs,
    manifest: {
      ...inputs.manifest,
      rows: { companiesRead: opts.companies, companies: summary.companies.length + extra, linksRead: opts.links, links: opts.links, crossLinks: Math.round(summary.crossLinks * scale) },
    },
    flows: [flows],
    companies: padded(),
    companyFlows: paddedFlows(),
  });
}
