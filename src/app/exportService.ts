import type { ExportFormat, WrittenFile } from "../io/formats/types.ts";
import { scaleOf } from "../state/regionScale.ts";
import type { GexfVersion } from "../io/write/gexf.ts";
import type { MappingSet } from "../io/mapping/columnMapping.ts";
import { packMetricsResult } from "../graph/metrics/resultTransfer.ts";
import { currentMetrics } from "../state/analyticsSlice.ts";
import type { AtlasStore } from "../state/store.ts";
import { formatQuery } from "../state/view/codec.ts";
import type { ExportRequest } from "../workers/export/exportJob.ts";
import type { DrawnPort } from "./map/drawnPort.ts";
import type { Derived } from "./derived.ts";
import type { CountedParts } from "./map/linkShowing.ts";
import type { SupplyGraph } from "../graph/types.ts";
import type { MetricsResult } from "../graph/metrics/types.ts";
import type { SessionService } from "./load/sessionService.ts";
import type { SummaryService } from "./summary/summaryService.ts";
import type { SummaryExportInput } from "../io/summary/scope.ts";
import type { AtlasState } from "../state/store.ts";

export type ExportFn = (request: ExportRequest, onProgress: (fraction: number, step: string) => void) => Promise<WrittenFile[]>;

export interface SnapshotChoice {
  format: ExportFormat;
  /** "view": the companies and links the status line counts (derived.counted). */
  scope: "network" | "view";
  /** Metrics of what the files hold (m_*); computed in the worker. */
  metrics: boolean;
  /** Scope "view": the whole network's metrics too, as network_m_*. */
  networkMetrics?: boolean;
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

/** The ids of the companies and links the status line counts: what a "what is shown" export carries. */
export function countedIds(graph: SupplyGraph, parts: CountedParts): { nodes: string[]; edges: string[] } {
  return {
    nodes: graph.filterNodes((node) => parts.keepNode(node)),
    edges: graph.filterEdges((edge, _a, source, target) => parts.keepEdge(edge, source, target)),
  };
}

export interface ExportDeps {
  store: AtlasStore;
  derived: Pick<Derived, "counted" | "visibleMatrix">;
  session: SessionService;
  drawn: DrawnPort;
  run: ExportFn;
  appVersion: string;
  /** Summary mode: the worker that ranks every company of the nation. */
  summary?: Pick<SummaryService, "port">;
}

/**
 * Summary mode: what the export holds beside the ego networks. A workbook's flow sheets are the
 * matrix the screen shows (the nation's, same vintage and filters), and its ranking sheet the
 * nation's ranking under the user's weights: at least as many first rows as the file holds
 * companies, with national ranks.
 */
async function summaryInput(state: AtlasState, format: ExportFormat, derived: ExportDeps["derived"], summary: ExportDeps["summary"]): Promise<SummaryExportInput | null> {
  const data = state.summary;
  if (!data || !state.graph) return null;
  const { manifest } = data;
  const companies = data.pending ? manifest.rows.companies : data.companies.count;
  const input: SummaryExportInput = { nation: { companies, links: manifest.rows.links }, top: manifest.ego.topK, focus: manifest.ego.focus.length };
  if (format !== "xlsx") return input;
  const flows = derived.visibleMatrix(state);
  const port = summary?.port();
  if (!flows || !port) throw new Error("app/export: the summary's company table is still being read");
  const rows = Math.min(companies, Math.max(state.graph.order, 1));
  const ranked = await port.rank(state.rankingWeights, state.vintage, rows);
  return { ...input, flows, ranking: { rows: ranked.top, of: ranked.companies } };
}

export function createExportService(deps: ExportDeps): ExportService {
  const { store, derived, session, drawn, run, appVersion } = deps;
  return {
    async snapshot(choice, onProgress = () => undefined) {
      const state = store.getState();
      const last = session.lastLoad();
      if (!state.graph || !last) throw new Error("app/export: nothing is loaded");
      const metrics = currentMetrics(state);
      const query = formatQuery(session.currentAddress());
      const parts = choice.scope === "view" ? derived.counted(state) : null;
      const ids = parts ? countedIds(state.graph, parts) : null;
      // Everything counted: no ids to send (at 500k links they are tens of megabytes).
      const shown = ids && (ids.nodes.length < state.graph.order || ids.edges.length < state.graph.size) ? ids : null;
      const captured = drawn.capture(state.graph);
      const bundle = choice.format === "bundle";
      const summary = await summaryInput(state, choice.format, derived, deps.summary);
      const request: ExportRequest = {
        // Copies: the worker takes its buffers, and the next export needs the files again.
        files: last.files.map((f) => ({ name: f.name, bytes: f.bytes.slice() })),
        label: last.label,
        mappings: last.mappings,
        format: choice.format,
        vintage: scaleOf(state),
        scope: choice.scope,
        ...(shown ? { shown } : {}),
        filter: state.filter,
        removal: state.removal,
        packedMetrics: metrics && (choice.metrics || choice.networkMetrics) ? packMetricsResult(metrics).payload : null,
        metrics: choice.metrics,
        networkMetrics: choice.scope === "view" && choice.networkMetrics === true,
        drawn: captured,
        // A bundle shows its picture again: which view drew the positions, and the communities coloured.
        ...(bundle ? { drawing: { view: state.mode, community: metrics ? communitiesOf(captured.ids, metrics) : null, settings: state.forceSettings } } : {}),
        appVersion,
        lang: state.lang,
        viewFragment: query ? `#${query}` : "",
        ...(bundle ? { view: { query, mappings: last.mappings } satisfies BundleView } : {}),
        ...(choice.png ? { png: choice.png } : {}),
        ...(choice.format === "gexf" && choice.gexfVersion ? { gexfVersion: choice.gexfVersion } : {}),
        ...(summary ? { summary } : {}),
      };
      return run(request, onProgress);
    },
  };
}

/** Each drawn company's community, aligned with `ids`; -1 for one the metrics do not cover. */
function communitiesOf(ids: readonly string[], metrics: MetricsResult): Int32Array {
  const byId = new Map(metrics.companies.map((m) => [m.id, m.community]));
  return Int32Array.from(ids, (id) => byId.get(id) ?? -1);
}
