import type { ExportFormat, WrittenFile } from "../io/formats.ts";
import type { GexfVersion } from "../io/write/gexf.ts";
import type { MappingSet } from "../io/mapping.ts";
import { packMetricsResult } from "../graph/metrics/resultTransfer.ts";
import { currentMetrics } from "../state/analyticsSlice.ts";
import type { AtlasStore } from "../state/store.ts";
import { formatQuery } from "../state/view/codec.ts";
import type { ExportRequest } from "../workers/exportJob.ts";
import type { DrawnPort } from "./drawnPort.ts";
import type { SessionService } from "./sessionService.ts";

export type ExportFn = (request: ExportRequest, onProgress: (fraction: number, step: string) => void) => Promise<WrittenFile[]>;

export interface SnapshotChoice {
  format: ExportFormat;
  /** "view": what the filters, vintage and what-if keep (the status line's count while no division selection or supply chain narrows the map). */
  scope: "network" | "view";
  /** Metrics in the files; computed in the worker when the app has none yet. */
  metrics: boolean;
  /** Bundle only: a picture of the view. */
  png?: Uint8Array;
  /** GEXF only: the version written (default 1.2draft, which every client reads). */
  gexfVersion?: GexfVersion;
}

/** What a bundle carries of the view: the address form, which loading reads back through the same checks, and the column mappings the source files were read with (for the record: the bundle's data is already mapped). */
export interface BundleView {
  query: string;
  mappings: MappingSet;
}

export interface ExportService {
  /** The files of a graph snapshot, written in a worker. Throws when nothing is loaded. */
  snapshot(choice: SnapshotChoice, onProgress?: (fraction: number, step: string) => void): Promise<WrittenFile[]>;
}

export function createExportService(deps: { store: AtlasStore; session: SessionService; drawn: DrawnPort; run: ExportFn; appVersion: string }): ExportService {
  const { store, session, drawn, run, appVersion } = deps;
  return {
    async snapshot(choice, onProgress = () => undefined) {
      const state = store.getState();
      const last = session.lastLoad();
      if (!state.graph || !last) throw new Error("app/export: nothing is loaded");
      const metrics = currentMetrics(state);
      const query = formatQuery(session.currentAddress());
      const request: ExportRequest = {
        // Copies: the worker takes its buffers, and the next export needs the files again.
        files: last.files.map((f) => ({ name: f.name, bytes: f.bytes.slice() })),
        label: last.label,
        mappings: last.mappings,
        format: choice.format,
        vintage: state.vintage,
        scope: choice.scope,
        filter: state.filter,
        removal: state.removal,
        packedMetrics: choice.metrics && metrics ? packMetricsResult(metrics).payload : null,
        metrics: choice.metrics,
        drawn: drawn.capture(state.graph),
        appVersion,
        lang: state.lang,
        viewFragment: query ? `#${query}` : "",
        ...(choice.format === "bundle" ? { view: { query, mappings: last.mappings } satisfies BundleView } : {}),
        ...(choice.png ? { png: choice.png } : {}),
        ...(choice.format === "gexf" && choice.gexfVersion ? { gexfVersion: choice.gexfVersion } : {}),
      };
      return run(request, onProgress);
    },
  };
}
