// Thin worker entry: reading is io/, placement is geo/.
import { readFiles } from "../io/read.ts";
import { placeCompanies } from "../geo/placement.ts";
import { createKoreaGeo } from "../geo/korea.ts";
import { KOREA_TOPO } from "../geo/koreaTopo.ts";
import { VINTAGES, type Dataset } from "../model/types.ts";
import { flowsOfDataset } from "../graph/flows.ts";
import type { FlowMatrix } from "../model/flows.ts";
import { packLinks, type LinkColumns } from "../graph/linkColumns.ts";

export interface ParseRequest {
  files: { name: string; buffer: ArrayBuffer }[];
  label: string;
}

export type ParseMessage =
  | { type: "progress"; fraction: number }
  /** `dataset.links` is empty: the links travel as `links`, columns against dataset.companies. */
  | { type: "done"; dataset: Dataset; links: LinkColumns; positions: Float32Array; flows: FlowMatrix[] }
  | { type: "error"; message: string };

const post = (message: ParseMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  try {
    const { files, label } = event.data;
    const dataset = readFiles(
      files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.buffer) })),
      // Reading is most of the work; placement takes the last few percent.
      { label, onProgress: (fraction) => post({ type: "progress", fraction: fraction * 0.95 }) },
    );
    const placed = placeCompanies(dataset.companies, createKoreaGeo(KOREA_TOPO));
    const positions = new Float32Array(dataset.companies.length * 2);
    dataset.companies.forEach((company, i) => {
      const p = placed.get(company.id);
      positions[2 * i] = p?.x ?? 0;
      positions[2 * i + 1] = p?.y ?? 0;
    });
    const flows = VINTAGES.map((vintage) => flowsOfDataset(dataset, vintage));
    post({ type: "progress", fraction: 1 });
    // Flows are aggregated from the Link objects above; only then are the links packed as columns,
    // which the main thread receives without deserialising one object per link.
    const packed = packLinks(dataset.links, dataset.companies);
    post({ type: "done", dataset: { ...dataset, links: [] }, links: packed.payload, positions, flows }, [positions.buffer, ...packed.transfer]);
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
