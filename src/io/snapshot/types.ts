// What every writer takes: a graph snapshot with its metadata, built once by buildSnapshot
// (snapshot.ts) from the drawn graph, so the app and the CLI write the same files.

import type { Level } from "../../model/scale.ts";
import type { FlowMatrix } from "../../model/flows.ts";
import type { RankedCompany } from "../../graph/ranking/types.ts";
import type { Company, ImportReport, Link, Vintage } from "../../model/types.ts";
import type { Lang } from "../../i18n/index.ts";
import type { BundleDrawing, SnapshotDrawing } from "./drawing.ts";

export interface SnapshotNode {
  company: Company;
  /** Metric attributes present on the node: m_* (of what the file holds) and network_m_* (the whole network's). */
  metrics: Record<string, number>;
  /** Division under the snapshot's other vintage too: "KR-GJN" for Gwangju and Jeonnam in 2026-07. */
  division2026: string;
  /** Position as drawn (map or force layout), graph space, y up. */
  x?: number;
  y?: number;
  /** Colour as drawn ("#rrggbb") and size in screen pixels at zoom 1. */
  color?: string;
  size?: number;
}

/** A link as exported: the link itself, with whether it is illustrative always stated. */
export interface SnapshotEdge extends Omit<Link, "illustrative"> {
  illustrative: boolean;
  /** Ends in different divisions under the snapshot's vintage. */
  cross: boolean;
  color?: string;
  size?: number;
}

export interface SourceFileMeta {
  name: string;
  /** Hex SHA-256 of the file's bytes, when the caller had them. */
  sha256?: string;
  bytes?: number;
  kind: string;
  encoding: string;
  rows: number;
}

export interface SnapshotMetadata {
  app: string;
  appVersion: string;
  /** ISO 8601 time the snapshot was made. */
  created: string;
  label: string;
  vintage: Vintage;
  /** The region level flows, cross links and the ranking were counted at (omitted before levels: divisions). */
  level?: Level;
  /** "network": every company and link; "view": what the filters and what-if left on screen. */
  scope: "network" | "view";
  sources: SourceFileMeta[];
  report: { companies: number; links: number; crossProvinceLinks: number; rejected: number; warnings: number };
  exported: { companies: number; links: number };
  /** Opaque JSON objects from the app (filters and what-if in force), written as given. */
  filters: unknown;
  whatIf: unknown;
  /** The view's address fragment ("#lt=production&vin=2026-07"), written as given. */
  viewFragment: string;
  illustrative: boolean;
  /** The m_* columns present on the nodes: always computed on the companies and links this file holds. */
  metrics: SnapshotMetrics;
  /** network_m_* columns: the whole network's metrics, carried beside a view's own on request. */
  networkMetrics: string[];
  /** How the positions (and community colours) were drawn, when the file carries them for the app to show again. */
  drawing?: SnapshotDrawing;
  /**
   * Summary mode only: the companies and links (and `scope`, `exported`, the metrics) are the ego
   * networks a summary bundle carries, not the nation; this says so, and what is the nation's.
   */
  summary?: SnapshotSummaryScope;
}

/** What an export made in summary mode holds: the nation's numbers, and the ego networks' links. */
export interface SnapshotSummaryScope {
  /** The one-line scope, Korean and English (io/summary/scope.ts). */
  text: { ko: string; en: string };
  /** The nation the summary stands for. */
  nation: { companies: number; links: number };
  /** The companies and links in the file: the full networks of the top companies by collaboration (and any named), with their partners. */
  graph: "ego-networks";
  ego: { top: number; focus: number; companies: number; links: number };
  /** XLSX: the division flow sheets are the nation's matrix as the screen shows it (vintage, filters). */
  flows?: "nation";
  /** XLSX: the ranking sheet is the nation's ranking (the user's weights), its first `rows` rows of `of` companies, national ranks. */
  ranking?: { rows: number; of: number };
}

export interface SnapshotMetrics {
  /** What the m_* numbers were computed on: the view this file holds, or the whole network (which it holds too). */
  scope: "network" | "view";
  names: string[];
}

export interface Snapshot {
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
  metadata: SnapshotMetadata;
  report: ImportReport;
  /** Division flows of the exported links under the vintage (computed on first call). */
  flows(): FlowMatrix;
  /** Super-regional ranking of the exported graph under the vintage (computed on first call). */
  ranking(): RankedCompany[];
}

export interface ExportOptions {
  /** Base name of the written files, without extension; default "supply-atlas". */
  baseName?: string;
  /** GEXF only: "1.2draft" (default: every client reads it, NetworkX before 3.6 nothing else) or "1.3". */
  gexfVersion?: "1.3" | "1.2draft";
  /** XLSX only: the language of sheet names and made-up headers; English when left out. */
  lang?: Lang;
  /** Bundle only: the app's view to restore (JSON-safe), and a picture of it. */
  view?: unknown;
  png?: Uint8Array;
  /** Bundle only: positions and communities as drawn (drawing.json), shown again on load. */
  drawing?: BundleDrawing;
}
