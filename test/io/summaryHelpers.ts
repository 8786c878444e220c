// Summary bundles from small generated data, through part A's reference (summariseDataset) and
// the one bundle writer (summaryToBundle), so reader tests read what the aggregate writes.
import { strToU8, unzipSync, zipSync } from "fflate";
import { summariseDataset, type DatasetSummary } from "../../src/graph/summary/summarise.ts";
import { summaryToBundle } from "../../src/io/summary/bundleWrite.ts";
import { summaryInputsOfDataset } from "../../src/io/summary/ego.ts";
import { readFiles } from "../../src/io/read/readFiles.ts";
import type { Dataset } from "../../src/model/types.ts";
import { syntheticNetwork } from "../../scripts/lib/synthetic.ts";

export interface MadeBundle {
  dataset: Dataset;
  summary: DatasetSummary;
  zip: Uint8Array;
}

export async function bundleOf(dataset: Dataset, topK = 3, focus: string[] = []): Promise<MadeBundle> {
  const summary = summariseDataset(dataset, { topK, focus });
  const zip = await summaryToBundle(summaryInputsOfDataset(dataset, summary, { focus, created: new Date("2026-11-29T00:00:00Z") }));
  return { dataset, summary, zip };
}

/** The synthetic generator's network, read by the app's own readers. */
export function syntheticDataset(companies: number, links: number, seed = 3): Dataset {
  const net = syntheticNetwork({ companies, links, seed });
  return readFiles([
    { name: "companies.csv", bytes: strToU8(net.companiesCsv) },
    { name: "links.csv", bytes: strToU8(net.linksCsv) },
  ]);
}

/** The same zip with some entries replaced (string or bytes) or removed (null). */
export function rezip(zip: Uint8Array, changes: Record<string, string | Uint8Array | null>): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(zip);
  for (const [name, content] of Object.entries(changes)) {
    if (content === null) delete files[name];
    else files[name] = typeof content === "string" ? strToU8(content) : content;
  }
  return zipSync(files);
}
