// The ego networks of a summary bundle as the app's own snapshot writer writes them, so the
// app's JSON reader (and the bundle reader) load graph.json like any snapshot's; and a whole
// summary bundle's inputs from data the app loaded (tests, small bundles in the app).

import type { Dataset, ImportReport } from "../../model/types.ts";
import { STORED_VINTAGE } from "../../model/types.ts";
import { SUMMARY_FORMAT, SUMMARY_VERSION, type SummaryManifest, type SummarySource } from "../../model/summary.ts";
import { buildGraph } from "../../graph/build/buildGraph.ts";
import type { DatasetSummary } from "../../graph/summary/summarise.ts";
import { metadataJson } from "../snapshot/metadata.ts";
import { buildSnapshot } from "../snapshot/buildSnapshot.ts";
import type { SnapshotMetadata, SourceFileMeta } from "../snapshot/types.ts";
import type { SummaryBundleInputs } from "./bundleWrite.ts";
import { snapshotToGraphJsonText } from "../write/graphJson.ts";
import { reportToCsv } from "../write/reportCsv.ts";

export interface EgoInputs {
  label: string;
  appVersion: string;
  sources: SourceFileMeta[];
  /** The report of the whole input (its counts go into the metadata). */
  report: ImportReport;
  created?: Date;
}

/** graph.json text and the snapshot metadata of an ego dataset (the chosen companies, their partners, their links). */
export function egoGraphJson(ego: Dataset, inputs: EgoInputs): { graphJson: string; metadata: SnapshotMetadata } {
  const graph = buildGraph(ego, { positions: new Map() });
  const snapshot = buildSnapshot(graph, { vintage: STORED_VINTAGE, ...inputs });
  return { graphJson: snapshotToGraphJsonText(snapshot), metadata: snapshot.metadata };
}

/** The companies named in `ids`, every link touching them and every partner at the other end. */
export function egoDataset(dataset: Dataset, ids: readonly string[]): Dataset {
  const chosen = new Set(ids);
  const links = dataset.links.filter((l) => chosen.has(l.source) || chosen.has(l.target));
  const keep = new Set(chosen);
  for (const l of links) keep.add(l.source).add(l.target);
  const companies = dataset.companies.filter((c) => keep.has(c.id));
  return { label: dataset.label, companies, links, illustrative: links.some((l) => l.illustrative), report: dataset.report };
}

export interface DatasetBundleOptions {
  label?: string;
  appVersion?: string;
  engine?: string;
  focus?: readonly string[];
  sources?: SummarySource[];
  created?: Date;
}

/** Everything summaryToBundle needs, from a dataset the app's readers built and its summary. */
export function summaryInputsOfDataset(dataset: Dataset, summary: DatasetSummary, opts: DatasetBundleOptions): SummaryBundleInputs {
  const created = opts.created ?? new Date();
  const label = opts.label ?? dataset.label;
  const ego = egoDataset(dataset, summary.ego);
  const sources = opts.sources ?? dataset.report.files.map((f): SummarySource => ({
    name: f.name, bytes: 0, rows: f.rows, kind: f.kind === "companies" ? "companies" : "links", format: "csv",
  }));
  const { graphJson, metadata } = egoGraphJson(ego, {
    label, appVersion: opts.appVersion ?? "dev", created, report: dataset.report,
    sources: dataset.report.files.map((f) => ({ name: f.name, kind: f.kind, encoding: f.encoding, rows: f.rows })),
  });
  const manifest: SummaryManifest = {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    engine: opts.engine ?? "Supply Atlas (graph/summary)",
    created: created.toISOString(),
    label,
    sources,
    rows: {
      companiesRead: sources.filter((s) => s.kind === "companies").reduce((n, s) => n + s.rows, 0),
      companies: dataset.companies.length,
      linksRead: sources.filter((s) => s.kind === "links").reduce((n, s) => n + s.rows, 0),
      links: summary.links,
      crossLinks: summary.crossLinks,
    },
    vintages: ["2023", "2026-07"],
    years: summary.years,
    linksWithoutYear: summary.linksWithoutYear,
    ego: {
      topK: summary.egoTop, requestedTop: summary.requestedTop, linkBudget: summary.linkBudget,
      focus: [...(opts.focus ?? [])], companies: ego.companies.length, links: ego.links.length,
    },
    illustrative: dataset.illustrative,
  };
  return {
    manifest,
    flows: [summary.flows],
    divisions: [summary.divisions],
    companies: [summary.companies],
    companiesByVintage: Object.fromEntries(Object.entries(summary.companiesByVintage).map(([v, rows]) => [v, [rows]])),
    companyFlows: [summary.companyFlows],
    placeFlows: [summary.placeFlows],
    places: [summary.places],
    soleSuppliers: [summary.soleSuppliers],
    graphJson,
    reportCsv: reportToCsv(dataset.report),
    metadataJson: metadataJson(metadata),
    mtime: created,
  };
}
