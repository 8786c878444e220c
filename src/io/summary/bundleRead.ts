// Reading a summary bundle (model/summary.ts): what `npm run aggregate` writes for national
// data. Its graph.json (the ego networks) goes through the JSON reader into the normal graph;
// flows, division totals and the company table become columns (graph/summary/columns.ts) that
// the parse worker transfers without copying. Every bad row is reported with file, row and
// reason and skipped on its own; a bad file never costs the others.

import { unzipSync, type UnzipFileInfo } from "fflate";
import { SUMMARY_FILES } from "../../model/summary.ts";
import { VINTAGES, type Vintage } from "../../model/types.ts";
import type { SummaryCompanies, SummaryData, SummaryOverride } from "../../graph/summary/columns.ts";
import { bundleReader, zipNamesEntry } from "../snapshot/bundleRead.ts";
import type { FormatContent, FormatReader } from "../formats/types.ts";
import { jsonReader } from "../formats/json.ts";
import { startsWithBytes, ZIP_MAGIC } from "../formats/textFile.ts";
import type { IssueLog } from "../read/issues.ts";
import { emptyCompanies, readCompanies } from "./companies.ts";
import { readNationalEntries, type CompanyIds, type SummaryNational } from "./national.ts";
import { emptyFlows, parseManifest, readDivisions, readFlows, readPlaces, VINTAGE_INDEX } from "./tables.ts";
import { parseMetadata } from "../formats/xmlGraph.ts";

// A national companies.csv is about 200 MB; more than 1 GB in one entry is not a summary.
const MAX_ENTRY = 1 << 30;
const MAX_TOTAL = 1.5 * (1 << 30);
const VINTAGE_FILE = /^companies-(.+)\.csv$/;

export interface SummaryReadOptions {
  onProgress?: ((fraction: number) => void) | undefined;
  /** Leave the company table unread and hand the bundle's bytes on (SummaryData.pending). */
  deferCompanies?: { zip: Uint8Array } | undefined;
}

/** The company table of a summary bundle: companies.csv and the vintage files. */
export interface SummaryCompanyTable {
  companies: SummaryCompanies;
  overrides: SummaryOverride[];
  /** company-flows.csv and sole-suppliers.csv, when asked for and the bundle has them (summaryNational.ts). */
  national?: SummaryNational | undefined;
  /**
   * Asked for "later": reads the national tables when first called (inflating them from the
   * bundle's bytes, companies found through the table's id index). Undefined when there is
   * no company table to find them by.
   */
  readNational?: ((log: IssueLog) => SummaryNational | undefined) | undefined;
}

/** Whether a zip names summary.json in its central directory: cheap, no inflating. */
export const isSummaryZip = (bytes: Uint8Array) => startsWithBytes(bytes, ZIP_MAGIC) && zipNamesEntry(bytes, SUMMARY_FILES.manifest);

function wanted(name: string): boolean {
  return (
    name === SUMMARY_FILES.manifest || name === SUMMARY_FILES.flows || name === SUMMARY_FILES.divisions ||
    name === SUMMARY_FILES.companies || name === SUMMARY_FILES.ego || name === SUMMARY_FILES.metadata ||
    name === SUMMARY_FILES.view || name === SUMMARY_FILES.placeFlows || name === SUMMARY_FILES.places || VINTAGE_FILE.test(name)
  );
}

/** The summary itself, without the ego graph: what readSummaryBundle and the reader share. */
export function readSummaryEntries(entries: Record<string, Uint8Array>, name: string, log: IssueLog, opts: SummaryReadOptions = {}): SummaryData | null {
  const inner = (file: string) => `${name} › ${file}`;
  const manifestBytes = entries[SUMMARY_FILES.manifest];
  if (!manifestBytes) {
    log.reject(name, 0, "unknown-format", SUMMARY_FILES.manifest, `summary bundle without ${SUMMARY_FILES.manifest}`);
    return null;
  }
  const manifest = parseManifest(manifestBytes, inner(SUMMARY_FILES.manifest), log);
  if (!manifest) return null;
  const progress = opts.onProgress ?? (() => undefined);
  const need = (file: string) => {
    const bytes = entries[file];
    if (!bytes) log.reject(inner(file), 0, "unreadable-file", file, `${file} is missing from the summary bundle`);
    return bytes;
  };
  const flowBytes = need(SUMMARY_FILES.flows);
  const flows = flowBytes ? readFlows(flowBytes, inner(SUMMARY_FILES.flows), log) : emptyFlows();
  const divisionBytes = need(SUMMARY_FILES.divisions);
  const divisions = divisionBytes ? readDivisions(divisionBytes, inner(SUMMARY_FILES.divisions), log) : [];
  // A bundle made before place-flows.csv opens without it: the municipality level then shows divisions.
  const placeBytes = entries[SUMMARY_FILES.placeFlows];
  const places = placeBytes
    ? readPlaces(placeBytes, entries[SUMMARY_FILES.places], { flows: inner(SUMMARY_FILES.placeFlows), places: inner(SUMMARY_FILES.places) }, log)
    : undefined;
  progress(0.05);
  if (opts.deferCompanies) {
    return { manifest, vintages: [...VINTAGES], flows, divisions, places, companies: emptyCompanies(), overrides: [], pending: { name, zip: opts.deferCompanies.zip } };
  }
  const { companies, overrides } = readCompanyEntries(entries, name, log, (f) => progress(0.05 + 0.9 * f), false);
  progress(0.95);
  return { manifest, vintages: [...VINTAGES], flows, divisions, places, companies, overrides };
}

/** companies.csv and companies-<vintage>.csv from inflated entries; with `national`, the national tables too. */
function readCompanyEntries(
  entries: Record<string, Uint8Array>, name: string, log: IssueLog, progress: (f: number) => void, national: boolean,
): SummaryCompanyTable & { index?: CompanyIds["index"] } {
  const inner = (file: string) => `${name} › ${file}`;
  const companyBytes = entries[SUMMARY_FILES.companies];
  if (!companyBytes) log.reject(inner(SUMMARY_FILES.companies), 0, "unreadable-file", SUMMARY_FILES.companies, `${SUMMARY_FILES.companies} is missing from the summary bundle`);
  const table = companyBytes ? readCompanies(companyBytes, inner(SUMMARY_FILES.companies), log, progress) : null;
  const companies = table?.companies ?? emptyCompanies();
  const overrides: SummaryOverride[] = [];
  for (const [file, bytes] of Object.entries(entries)) {
    const match = VINTAGE_FILE.exec(file);
    if (!match || !table) continue;
    const vintage = match[1]!;
    if (!VINTAGE_INDEX.has(vintage)) {
      log.warn(inner(file), 0, "unknown-format", file, `${file}: unknown vintage, file skipped`);
      continue;
    }
    const over = readCompanies(bytes, inner(file), log, () => undefined, table.index);
    if (!over) continue;
    overrides.push({ vintage: vintage as Vintage, rows: over.baseRows, numbers: over.companies.numbers });
  }
  if (!table) return { companies, overrides };
  if (!national) return { companies, overrides, index: table.index };
  return { companies, overrides, national: readNationalEntries(entries, name, log, { count: companies.count, index: table.index }) };
}

const isPlaceFile = (file: string) => file === SUMMARY_FILES.placeFlows || file === SUMMARY_FILES.places;

const isNationalFile = (file: string) => file === SUMMARY_FILES.companyFlows || file === SUMMARY_FILES.soleSuppliers;

/**
 * The company table of a summary bundle whose rest was read with `deferCompanies`: only the
 * company entries are inflated (with `national`, company-flows.csv and sole-suppliers.csv too).
 * Problems go to `log` under the same file names as otherwise.
 */
export function readSummaryCompanies(
  zip: Uint8Array, name: string, log: IssueLog, onProgress: (f: number) => void = () => undefined, opts: { national?: boolean | "later" } = {},
): SummaryCompanyTable {
  const national = opts.national === true;
  const entries = unzipSummary(zip, name, log, (file) => file === SUMMARY_FILES.companies || VINTAGE_FILE.test(file) || (national && isNationalFile(file))) ?? {};
  const { index, ...table } = readCompanyEntries(entries, name, log, onProgress, national);
  if (opts.national !== "later" || !index) return table;
  const ids = { count: table.companies.count, index };
  return { ...table, readNational: (later) => readNationalEntries(unzipSummary(zip, name, later, isNationalFile) ?? {}, name, later, ids) };
}




/** The zip's entries this reader uses, each and all together within limits; null after logging. */
function unzipSummary(bytes: Uint8Array, name: string, log: IssueLog, take: (file: string) => boolean = wanted): Record<string, Uint8Array> | null {
  const tooBig: string[] = [];
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        if (!take(f.name)) return false;
        if (f.originalSize > MAX_ENTRY || total + f.originalSize > MAX_TOTAL) return tooBig.push(f.name), false;
        total += f.originalSize;
        return true;
      },
    });
  } catch (e) {
    log.reject(name, 0, "unreadable-file", "zip", `not a readable zip file: ${(e as Error).message}`.slice(0, 200));
    return null;
  } finally {
    if (tooBig.length) log.reject(name, 0, "unreadable-file", tooBig.join(", ").slice(0, 200), `zip entry too large to read: ${tooBig.join(", ").slice(0, 200)}`);
  }
}

/**
 * The reader behind the format registry. It must be asked before the full-bundle reader, which
 * would read graph.json alone and show the ego networks as if they were the whole network.
 */
export const summaryReader: FormatReader = {
  id: "summary",
  sniff: (_name, bytes) => isSummaryZip(bytes),
  read(file, name, log, summary, hints) {
    summary.kind = "bundle";
    const defer = hints?.deferSummaryCompanies === true;
    const deferEgo = hints?.deferSummaryEgo === true;
    // Deferred: the million company rows (or the ego networks) are neither inflated nor read here.
    // The place tables (a million rows at national density, the municipality level only) come
    // with the ego networks' pass, so the nation's map does not wait for them.
    const entries = unzipSummary(file.bytes, name, log, (f) =>
      wanted(f) && !(defer && (f === SUMMARY_FILES.companies || VINTAGE_FILE.test(f))) && !(deferEgo && (f === SUMMARY_FILES.ego || isPlaceFile(f))));
    if (!entries) return null;
    const manifestOk = entries[SUMMARY_FILES.manifest] !== undefined;
    const data = manifestOk
      ? readSummaryEntries(entries, name, log, { onProgress: hints?.onProgress, deferCompanies: defer ? { zip: file.bytes } : undefined })
      : null;
    if (!data) {
      // Not a summary this app reads: a graph.json beside it may still be a plain bundle.
      return entries[SUMMARY_FILES.ego] ? bundleReader.read(file, name, log, summary, hints) : null;
    }
    const ego = entries[SUMMARY_FILES.ego];
    let content: FormatContent | null = null;
    if (deferEgo) data.egoPending = true;
    else if (ego) content = jsonReader.read({ name, bytes: ego }, `${name} › ${SUMMARY_FILES.ego}`, log, summary);
    else log.warn(`${name} › ${SUMMARY_FILES.ego}`, 0, "unreadable-file", SUMMARY_FILES.ego, `${SUMMARY_FILES.ego} is missing: no company's links can be shown, only the summary numbers`);
    summary.kind = "bundle";
    const text = (b: Uint8Array | undefined) => (b ? parseMetadata(new TextDecoder().decode(b)) : undefined);
    const out: FormatContent = content ?? { kind: "bundle", tables: [] };
    out.kind = "bundle";
    out.label = data.manifest.label || out.label || name;
    if (data.manifest.illustrative) out.illustrative = true;
    out.snapshot = { view: text(entries[SUMMARY_FILES.view]) ?? null, metadata: text(entries[SUMMARY_FILES.metadata]), summary: data };
    return out;
  },
};
