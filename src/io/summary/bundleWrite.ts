// Writes a summary bundle (model/summary.ts): the one place its layout and its CSV columns are
// written, for the aggregate CLI (a million company rows streamed from DuckDB in batches) and
// for tests and the app (rows from graph/summary in memory). Cells go through csvLine, so
// formula-looking names are neutralised as in every other export.

import { joinBytes } from "../text/bytes.ts";
import { Zip, ZipDeflate, strToU8, type AsyncFlateStreamHandler, type ZipInputFile } from "fflate";
import { STORED_VINTAGE, type Vintage } from "../../model/types.ts";
import {
  SUMMARY_COMPANY_COLUMNS, SUMMARY_COMPANY_FLOW_COLUMNS, SUMMARY_DIVISION_COLUMNS, SUMMARY_FILES, SUMMARY_FLOW_COLUMNS,
  SUMMARY_PLACE_COLUMNS, SUMMARY_PLACE_FLOW_COLUMNS, SUMMARY_SOLE_SUPPLIER_COLUMNS, SUMMARY_STAT_TYPES,
  type SummaryCompanyFlowRow, type SummaryCompanyRow, type SummaryDivisionRow, type SummaryFlowRow, type SummaryManifest,
  type SummaryPlaceFlowRow, type SummaryPlaceRow, type SummarySoleSupplierRow,
} from "../../model/summary.ts";
import { csvLine } from "../write/csvCell.ts";

export type Cell = string | number | boolean | null | undefined;
/** A row already as its cells, in the table's column order (a database query selecting them so). */
export type CellRow = readonly Cell[];

/** Rows in batches: arrays in memory, or batches pulled from a database as they come. */
export type RowBatches<T> = Iterable<readonly T[]> | AsyncIterable<readonly T[]>;

/**
 * A table's data rows already written by csvLine's rules, each ending in CR LF (a database
 * that formats the cells itself and copies them to a file), in blocks of any size.
 */
export interface CsvBody {
  csvBlocks: AsyncIterable<Uint8Array>;
}

/** Company rows, or cells in SUMMARY_COMPANY_COLUMNS order, or the rows already as CSV. */
export type CompanyTable = RowBatches<SummaryCompanyRow | CellRow> | CsvBody;

/** company-flows.csv: rows, cells in SUMMARY_COMPANY_FLOW_COLUMNS order, or the rows already as CSV. */
export type CompanyFlowTable = RowBatches<SummaryCompanyFlowRow | CellRow> | CsvBody;
/** sole-suppliers.csv: rows, cells in SUMMARY_SOLE_SUPPLIER_COLUMNS order, or the rows already as CSV. */
export type SoleSupplierTable = RowBatches<SummarySoleSupplierRow | CellRow> | CsvBody;

export interface SummaryBundleInputs {
  manifest: SummaryManifest;
  flows: RowBatches<SummaryFlowRow>;
  divisions: RowBatches<SummaryDivisionRow>;
  /** Every company (a million rows need no objects: cells, or CSV text from the database). */
  companies: CompanyTable;
  /** Per later vintage, the companies whose numbers differ there. */
  companiesByVintage: Partial<Record<Vintage, CompanyTable>>;
  /** Each company's links per partner division and type, in the declared order (model/summary.ts). */
  companyFlows: CompanyFlowTable;
  /** Buyers with one supplier, by supplier id then buyer id. */
  soleSuppliers: SoleSupplierTable;
  /** place-flows.csv: links per year, place pair and type, in the declared order. */
  placeFlows: RowBatches<SummaryPlaceFlowRow>;
  /** places.csv: companies per place key. */
  places: RowBatches<SummaryPlaceRow>;
  /** graph.json: the ego networks as the app's graphology JSON writer wrote them. */
  graphJson: string;
  /** import-report.csv as reportToCsv writes it. */
  reportCsv: string;
  /** metadata.json (snapshot metadata, as metadataJson writes it). */
  metadataJson: string;
  /** Zip entry time stamps; the manifest's creation time when absent. */
  mtime?: Date;
  /**
   * A faster deflate for the large tables (Node's zlib in the CLI); fflate's own otherwise.
   * Each call compresses one block of the entry on its own; the outputs are concatenated.
   */
  deflate?: RawDeflate;
}

export interface RawDeflate {
  /**
   * Raw deflate of `data`; not `final`: flushed to a byte boundary without ending the stream.
   * May answer later (a thread pool): blocks are then compressed side by side and still
   * written in order.
   */
  compress(data: Uint8Array, final: boolean): Uint8Array | Promise<Uint8Array>;
  crc32(data: Uint8Array, previous: number): number;
}

/** Blocks compressed at once by an asynchronous RawDeflate before the writer waits. */
const BLOCKS_IN_FLIGHT = 4;

/** A zip entry compressed block by block with a RawDeflate, its blocks emitted in order. */
class HookedDeflate implements ZipInputFile {
  size = 0;
  crc = 0;
  readonly compression = 8;
  mtime: Date | undefined;
  ondata: AsyncFlateStreamHandler = () => {};
  private tail: Promise<void> = Promise.resolve();
  private readonly inFlight: Promise<void>[] = [];
  constructor(readonly filename: string, private readonly hook: RawDeflate) {}
  /** Resolves when the writer may push again. */
  async push(data: Uint8Array, final = false): Promise<void> {
    this.size += data.length;
    this.crc = this.hook.crc32(data, this.crc);
    const compressed = this.hook.compress(data, final);
    const written = this.tail.then(async () => this.ondata(null, (await compressed) as Uint8Array<ArrayBuffer>, final));
    this.tail = written;
    this.inFlight.push(written);
    if (final) await Promise.all(this.inFlight.splice(0));
    else if (this.inFlight.length >= BLOCKS_IN_FLIGHT) await this.inFlight.shift();
  }
}

const LINE_END = "\r\n";

export function flowCells(r: SummaryFlowRow): Cell[] {
  return [r.vintage, r.year, r.from, r.to, r.type, r.count, r.weight];
}

export function placeFlowCells(r: SummaryPlaceFlowRow): Cell[] {
  return [r.year, r.from, r.to, r.type, r.count, r.weight];
}

export function placeCells(r: SummaryPlaceRow): Cell[] {
  return [r.place, r.companies];
}

export function divisionCells(r: SummaryDivisionRow): Cell[] {
  return [
    r.vintage, r.division, r.companies, r.outgoingCount, r.outgoingWeight, r.incomingCount, r.incomingWeight,
    r.internalCount, r.internalWeight, r.partnerDivisions, r.crossShare,
  ];
}

export function companyCells(r: SummaryCompanyRow | CellRow): readonly Cell[] {
  if (Array.isArray(r)) return r as CellRow;
  r = r as SummaryCompanyRow;
  const cells: Cell[] = [
    r.id, r.name, r.nameEn, r.division, r.municipality, r.industry, r.tier, r.lat, r.lon,
    r.inDegree, r.outDegree, r.degree, r.weightedDegree, r.partnerDivisions,
  ];
  for (const t of SUMMARY_STAT_TYPES) cells.push(r.cross[t].partners, r.cross[t].links, r.cross[t].weight);
  cells.push(r.score, r.ego);
  return cells;
}

export function companyFlowCells(r: SummaryCompanyFlowRow | CellRow): readonly Cell[] {
  if (Array.isArray(r)) return r as CellRow;
  r = r as SummaryCompanyFlowRow;
  return [r.id, r.division, r.type, r.outLinks, r.outWeight, r.inLinks, r.inWeight, r.partners];
}

export function soleSupplierCells(r: SummarySoleSupplierRow | CellRow): readonly Cell[] {
  if (Array.isArray(r)) return r as CellRow;
  r = r as SummarySoleSupplierRow;
  return [r.buyer, r.supplier, r.links];
}

/** Why fewer than asked for may be carried: bundles before the link budget have no such fields. */
function budgetNote(m: SummaryManifest): string {
  const { requestedTop, linkBudget } = m.ego;
  if (requestedTop === undefined) return "";
  return linkBudget === undefined ? ` of ${requestedTop} asked for` : ` of ${requestedTop} asked for, within ${linkBudget} links`;
}

function readme(m: SummaryManifest, vintages: readonly Vintage[]): string {
  const lines = [
    `Supply Atlas summary bundle: ${m.label}`,
    `Made ${m.created} by ${m.engine}.`,
    `${m.rows.companies} of ${m.rows.companiesRead} company rows and ${m.rows.links} of ${m.rows.linksRead} link rows accepted (${m.rows.crossLinks} links cross a division boundary).`,
    m.illustrative ? "The links are illustrative, not real transactions." : "",
    "",
    `${SUMMARY_FILES.manifest}        what this bundle is: sources, row counts, vintages, years, ego networks`,
    `${SUMMARY_FILES.flows}           links and summed amount (백만원) per boundary vintage, year, supplier division, buyer division and link type; from = to for links inside one division`,
    `${SUMMARY_FILES.divisions}       per vintage and division, all years and types: companies, outgoing, incoming and internal links, partner divisions, cross share`,
    `${SUMMARY_FILES.companies}       every company: degrees, partner divisions, links with other divisions per type (partners, links, amount), default-weight score, ego flag`,
    ...vintages.map((v) => `${SUMMARY_FILES.companiesVintage(v)} the companies whose numbers differ under boundary vintage ${v}`),
    `${SUMMARY_FILES.companyFlows}   each company's links with each partner division (its own for links inside it; empty for partners without a division), per link type and for all types: links supplied and bought, their amounts, distinct partners; companies in ${SUMMARY_FILES.companies} order, boundary vintage ${STORED_VINTAGE}`,
    `${SUMMARY_FILES.placeFlows}     links and summed amount per year, supplier place, buyer place and link type; a place is a company's municipality (시군구) code when one was resolved, else its division code (${STORED_VINTAGE}); every level and vintage groups these places`,
    `${SUMMARY_FILES.places}          companies per place`,
    `${SUMMARY_FILES.soleSuppliers}  every buyer all of whose links (any type, any year) come from one supplier, with that supplier and their links`,
    `${SUMMARY_FILES.ego}          graphology JSON of the ego networks (the top ${m.ego.topK} companies${budgetNote(m)} and named ones, with all their links and partners); the app loads it`,
    `${SUMMARY_FILES.report}  every input row accounted for: counts per problem and the first rows of each`,
    `${SUMMARY_FILES.metadata}       source files, app version and boundary vintage, as in snapshot bundles`,
  ];
  return lines.join(LINE_END) + LINE_END;
}

/**
 * Streams the bundle's bytes to `sink` as they are compressed (the last call has `final`).
 * Large tables never exist as one string: each batch becomes one deflated chunk.
 */
export async function writeSummaryBundle(inputs: SummaryBundleInputs, sink: (chunk: Uint8Array, final: boolean) => void): Promise<void> {
  let failure: Error | null = null;
  const zip = new Zip((err, chunk, final) => {
    if (err) failure = err;
    else sink(chunk, final);
  });
  // Zip time stamps start in 1980; an earlier or unreadable time would make fflate throw.
  const given = inputs.mtime ?? new Date(inputs.manifest.created);
  const mtime = Number.isFinite(given.getTime()) && given.getUTCFullYear() >= 1980 ? given : new Date("1980-01-02T00:00:00Z");
  const text = (name: string, content: string) => {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    entry.push(strToU8(content), true);
  };
  const table = async <T>(name: string, header: readonly string[], rows: RowBatches<T> | CsvBody, cells: (row: T) => readonly Cell[]) => {
    const entry = inputs.deflate ? new HookedDeflate(name, inputs.deflate) : new ZipDeflate(name, { level: 6 });
    entry.mtime = mtime;
    zip.add(entry);
    await entry.push(strToU8(csvLine(header) + LINE_END));
    if ("csvBlocks" in rows) {
      for await (const block of rows.csvBlocks) if (block.length > 0) await entry.push(block);
    } else {
      for await (const batch of rows) {
        if (batch.length === 0) continue;
        let out = "";
        for (const row of batch) out += csvLine(cells(row)) + LINE_END;
        await entry.push(strToU8(out));
      }
    }
    await entry.push(new Uint8Array(0), true);
  };

  const vintages = Object.keys(inputs.companiesByVintage) as Vintage[];
  text(SUMMARY_FILES.manifest, JSON.stringify(inputs.manifest, null, 2));
  await table(SUMMARY_FILES.flows, SUMMARY_FLOW_COLUMNS, inputs.flows, flowCells);
  await table(SUMMARY_FILES.divisions, SUMMARY_DIVISION_COLUMNS, inputs.divisions, divisionCells);
  await table(SUMMARY_FILES.companies, SUMMARY_COMPANY_COLUMNS, inputs.companies, companyCells);
  for (const v of vintages) await table(SUMMARY_FILES.companiesVintage(v), SUMMARY_COMPANY_COLUMNS, inputs.companiesByVintage[v]!, companyCells);
  await table(SUMMARY_FILES.companyFlows, SUMMARY_COMPANY_FLOW_COLUMNS, inputs.companyFlows, companyFlowCells);
  await table(SUMMARY_FILES.soleSuppliers, SUMMARY_SOLE_SUPPLIER_COLUMNS, inputs.soleSuppliers, soleSupplierCells);
  await table(SUMMARY_FILES.placeFlows, SUMMARY_PLACE_FLOW_COLUMNS, inputs.placeFlows, placeFlowCells);
  await table(SUMMARY_FILES.places, SUMMARY_PLACE_COLUMNS, inputs.places, placeCells);
  text(SUMMARY_FILES.ego, inputs.graphJson);
  text(SUMMARY_FILES.report, inputs.reportCsv);
  text(SUMMARY_FILES.metadata, inputs.metadataJson);
  text(SUMMARY_FILES.readme, readme(inputs.manifest, vintages));
  zip.end();
  if (failure) throw failure;
}

/** The whole bundle in memory (tests, the app, small data). */
export async function summaryToBundle(inputs: SummaryBundleInputs): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await writeSummaryBundle(inputs, (chunk) => chunks.push(chunk));
  return joinBytes(chunks);
}
