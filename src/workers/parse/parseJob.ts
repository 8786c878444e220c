// What the parse worker does, as a plain function: tests and the app's Node-side callers run the
// same steps the worker runs (read, place, aggregate flows, pack links as columns).
import { readFilesWithSnapshots } from "../../io/read/readFiles.ts";
import { placeCompanies } from "../../geo/placement.ts";
import { createKoreaGeo, type KoreaGeo } from "../../geo/korea.ts";
import { KOREA_TOPO } from "../../geo/koreaTopo.ts";
import { VINTAGES, type Dataset, type NamedBuffer } from "../../model/types.ts";
import { flowsOfDataset } from "../../graph/flows/divisionFlows.ts";
import type { FlowMatrix } from "../../model/flows.ts";
import { packLinks, type LinkTransfer } from "../../graph/build/linkTransfer.ts";
import type { MappingSet } from "../../io/mapping/columnMapping.ts";
import { summaryTransferables, type SummaryData } from "../../graph/summary/columns.ts";
import type { ReadDrawing } from "../../io/snapshot/drawing.ts";

export interface ParsedData {
  /** The dataset with `links` empty: its links are in `links`. */
  dataset: Dataset;
  /** The dataset's links as columns against dataset.companies; pass to graphBuilder's `links` option. */
  links: LinkTransfer;
  /** Map position of companies[i] at [2i, 2i+1]. */
  positions: Float32Array;
  /** Division flows of the dataset for every vintage. */
  flows: FlowMatrix[];
  /** Views saved in snapshot bundles among the files (as the bundle holds them, unchecked). */
  views: unknown[];
  /** A bundle's positions and communities as drawn (the first bundle's): shown instead of laid out and computed anew. */
  drawing?: ReadDrawing;
  /** A summary bundle's flows, totals and company columns (the first, if several were given); its ego networks are in `dataset`. */
  summary: SummaryData | null;
  /**
   * A big network is answered in two parts. "companies": every company and its position, no
   * link, flows holding only the companies per division, a report of the companies so far.
   * "links": the rest, whose dataset.companies and positions are empty because the first
   * part's stand (receiving 100,000 companies costs the page a third of a second).
   */
  part?: "companies" | "links";
}

let geo: KoreaGeo | null = null;
/** The map's geometry, built once per worker: a pre-started worker builds it while it waits. */
const koreaGeo = (): KoreaGeo => (geo ??= createKoreaGeo(KOREA_TOPO));

export interface ParseResult {
  data: ParsedData;
  transfer: Transferable[];
}

/**
 * Reads the files. With `onEarly`, the page is answered before the whole read is done:
 * - a summary bundle is read in two passes: first without its ego networks (the nation's flows
 *   and totals, a few hundred kilobytes), handed to `onEarly` so the map of the nation is drawn
 *   at once; then whole, as the result;
 * - files with many links hand `onEarly` their companies, placed, as soon as every company is
 *   read (part "companies"), and the result is the rest (part "links").
 */
export function parseFiles(
  files: readonly NamedBuffer[],
  label: string,
  onProgress: (fraction: number) => void = () => undefined,
  mappings: MappingSet = {},
  onEarly?: (early: ParseResult) => void,
): ParseResult {
  if (!onEarly) return parseOnce(files, label, onProgress, mappings, false);
  const first = parseOnce(files, label, onProgress, mappings, true, onEarly);
  const summary = first.data.summary;
  if (!summary?.egoPending) return first;
  // The bundle's bytes stay here for the second pass and for the summary worker after it.
  const early = { ...summary, pending: undefined };
  onEarly({ data: { ...first.data, summary: early }, transfer: [first.data.positions.buffer, ...summaryTransferables(early)] });
  return parseOnce(files, label, () => undefined, mappings, false);
}

/** Map position of companies[i] at [2i, 2i+1]. */
function positionsOf(companies: Dataset["companies"]): Float32Array {
  const placed = placeCompanies(companies, koreaGeo());
  const positions = new Float32Array(companies.length * 2);
  companies.forEach((company, i) => {
    const p = placed.get(company.id);
    positions[2 * i] = p?.x ?? 0;
    positions[2 * i + 1] = p?.y ?? 0;
  });
  return positions;
}

function parseOnce(
  files: readonly NamedBuffer[],
  label: string,
  onProgress: (fraction: number) => void,
  mappings: MappingSet,
  deferEgo: boolean,
  onCompanies?: (early: ParseResult) => void,
): ParseResult {
  let early = false;
  const showCompanies = (dataset: Dataset) => {
    early = true;
    const positions = positionsOf(dataset.companies);
    const links = packLinks([], dataset.companies);
    // Flows without links, for their companies per division: counted here, not by the page.
    const flows = VINTAGES.map((vintage) => flowsOfDataset(dataset, vintage));
    const data: ParsedData = { dataset, links: links.payload, positions, flows, views: [], summary: null, part: "companies" };
    onCompanies!({ data, transfer: [positions.buffer, ...links.transfer] });
  };
  const { dataset, snapshots } = readFilesWithSnapshots(
    files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.buffer) })),
    // Reading is most of the work; placement takes the last few percent.
    // A summary's company table is read by the summary worker while the map is drawn.
    { label, mappings, onProgress: (fraction) => onProgress(fraction * 0.95), deferSummaryCompanies: true, deferSummaryEgo: deferEgo, ...(onCompanies ? { onCompanies: showCompanies } : {}) },
  );
  const positions = early ? new Float32Array(0) : positionsOf(dataset.companies);
  const drawing = snapshots.find((s) => s.drawing)?.drawing;
  // Drawn on the map: those are its map positions (a bundle's subset would be placed anew otherwise).
  if (drawing?.view === "map" && !early) {
    dataset.companies.forEach((c, i) => {
      const p = drawing.positions.get(c.id);
      if (p) [positions[2 * i], positions[2 * i + 1]] = [p.x, p.y];
    });
  }
  const summary = snapshots.find((s) => s.summary)?.summary ?? null;
  // A summary's flows come from its own tables (derived.seedSummary); the ego links would not stand for the nation.
  const flows = summary ? [] : VINTAGES.map((vintage) => flowsOfDataset(dataset, vintage));
  onProgress(1);
  // Flows are aggregated from the Link objects above; only then are the links packed as columns,
  // which the main thread receives without deserialising one object per link.
  const packed = packLinks(dataset.links, dataset.companies);
  const views = snapshots.flatMap((s) => (s.view === undefined ? [] : [s.view]));
  // The company columns of a national summary are a few hundred megabytes: moved, never copied.
  const transfer: Transferable[] = [positions.buffer, ...packed.transfer, ...(summary ? summaryTransferables(summary) : [])];
  const drawn = drawing ? { drawing } : {};
  if (early) return { data: { dataset: { ...dataset, companies: [], links: [] }, links: packed.payload, positions, flows, views, ...drawn, summary, part: "links" }, transfer };
  return { data: { dataset: { ...dataset, links: [] }, links: packed.payload, positions, flows, views, ...drawn, summary }, transfer };
}
