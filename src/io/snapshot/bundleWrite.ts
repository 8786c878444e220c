// The snapshot bundle: one .zip a researcher can archive or send, holding the data in
// graphology JSON (what reading the bundle loads), the CSV pair and GEXF for other tools, the
// metadata, the app's view, the import report, a README and optionally a picture.

import { strToU8, zipSync, type Zippable } from "fflate";
import { drawingJson, type BundleDrawing } from "./drawing.ts";
import { metadataJson } from "./metadata.ts";
import type { Snapshot } from "./types.ts";
import { snapshotToGexf } from "../write/gexf.ts";
import { snapshotToGraphJsonText } from "../write/graphJson.ts";
import { edgesCsv, nodesCsv } from "../write/nodesEdgesCsv.ts";
import { reportToCsv } from "../write/reportCsv.ts";

export const BUNDLE_FILES = {
  graph: "graph.json",
  nodes: "nodes.csv",
  edges: "edges.csv",
  gexf: "graph.gexf",
  metadata: "metadata.json",
  view: "view.json",
  report: "import-report.csv",
  readme: "README.txt",
  picture: "view.png",
  drawing: "drawing.json",
} as const;

export interface BundleInputs {
  /** The app's view (JSON-safe); given back when the bundle is read. */
  view?: unknown;
  png?: Uint8Array;
  /** Positions and communities as drawn: loading the bundle shows them again. */
  drawing?: BundleDrawing;
}

/** The scope as the README states it: a summary's ego networks are never "the whole network". */
function scopeWords(m: Snapshot["metadata"]): string {
  if (m.summary) return `${m.scope === "view" ? "part of " : ""}the ego networks of a national summary (${m.summary.text.en})`;
  return m.scope === "view" ? "the view on screen (filters in force)" : "the whole network";
}

function readme(snapshot: Snapshot, hasPicture: boolean, hasDrawing: boolean): string {
  const m = snapshot.metadata;
  const lines = [
    `Supply Atlas snapshot: ${m.label}`,
    `Made ${m.created} by ${m.app} ${m.appVersion}; boundary vintage ${m.vintage}; scope: ${scopeWords(m)}.`,
    `${m.exported.companies} companies and ${m.exported.links} links.${m.illustrative ? " The links are illustrative, not real transactions." : ""}`,
    "",
    `${BUNDLE_FILES.graph}         graphology JSON; drop this .zip on Supply Atlas to load it and restore the view`,
    `${BUNDLE_FILES.nodes}, ${BUNDLE_FILES.edges}   the same data for Gephi's spreadsheet import, pandas or R (UTF-8, no BOM)`,
    `${BUNDLE_FILES.gexf}         the same data for Gephi (GEXF 1.2draft, which every client reads), link years as spells for the timeline`,
    `${BUNDLE_FILES.metadata}      source files with SHA-256, row counts, filters, vintage, app version, time`,
    `${BUNDLE_FILES.view}          the app's view (filters, camera, colouring) as the app saved it`,
    `${BUNDLE_FILES.report} rows the readers rejected or repaired when the sources were loaded`,
  ];
  if (hasPicture) lines.push(`${BUNDLE_FILES.picture}          a picture of the view`);
  if (hasDrawing && m.drawing) {
    const layout = m.drawing.layout === "forceatlas2" ? "ForceAtlas2 layout" : "companies placed in their divisions";
    lines.push(`${BUNDLE_FILES.drawing}       positions as drawn in the ${m.drawing.view} view (${layout})${m.drawing.communities ? " and each company's community colour" : ""}; loading the bundle shows them again`);
  }
  lines.push(
    "",
    m.metrics.scope === "view"
      ? "Metric columns (m_*) are computed on the companies and links in these files (the view), not on the whole network."
      : m.summary
        ? "Metric columns (m_*) are computed on the ego networks these files hold, not on the nation."
        : "Metric columns (m_*) are computed on the whole network, which these files hold.",
  );
  if (m.networkMetrics.length) {
    lines.push(m.summary ? "Columns network_m_* hold the metrics of all the bundle's ego networks (not the nation's) for the same companies, for comparison." : "Columns network_m_* hold the whole network's metrics for the same companies, for comparison.");
  }
  return lines.join("\r\n") + "\r\n";
}

export function snapshotToBundle(snapshot: Snapshot, inputs: BundleInputs = {}): Uint8Array {
  const files: Zippable = {
    [BUNDLE_FILES.graph]: strToU8(snapshotToGraphJsonText(snapshot)),
    [BUNDLE_FILES.nodes]: strToU8(nodesCsv(snapshot)),
    [BUNDLE_FILES.edges]: strToU8(edgesCsv(snapshot)),
    [BUNDLE_FILES.gexf]: strToU8(snapshotToGexf(snapshot)),
    [BUNDLE_FILES.metadata]: strToU8(metadataJson(snapshot.metadata)),
    [BUNDLE_FILES.view]: strToU8(JSON.stringify(inputs.view ?? null, null, 2)),
    [BUNDLE_FILES.report]: strToU8(reportToCsv(snapshot.report)),
    [BUNDLE_FILES.readme]: strToU8(readme(snapshot, inputs.png !== undefined, inputs.drawing !== undefined)),
  };
  if (inputs.drawing) files[BUNDLE_FILES.drawing] = strToU8(drawingJson(inputs.drawing));
  // A PNG is compressed already; storing it saves time for nothing lost.
  if (inputs.png) files[BUNDLE_FILES.picture] = [inputs.png, { level: 0 }];
  // Fixed time stamps inside the zip: the same snapshot gives the same bytes.
  return zipSync(files, { level: 6, mtime: new Date(snapshot.metadata.created) });
}
