// What an export made in summary mode holds, in words and numbers: the division flows and the
// ranking are the nation's, the company links only the ego networks of the top companies. The
// snapshot dialog, the files' metadata, the workbook and the bundle's README all say it from here.

import { translate, type Lang } from "../../i18n/index.ts";
import type { FlowMatrix } from "../../model/flows.ts";
import type { RankedCompany } from "../../graph/ranking/types.ts";
import type { Snapshot, SnapshotSummaryScope } from "../snapshot/types.ts";

/** What the app sends with a snapshot request in summary mode. */
export interface SummaryExportInput {
  nation: { companies: number; links: number };
  /** The bundle's top-K and the companies named when it was made. */
  top: number;
  focus: number;
  /** XLSX: the nation's flow matrix as the screen shows it. */
  flows?: FlowMatrix;
  /** XLSX: the first rows of the nation's ranking, national ranks, and how many companies it ranks. */
  ranking?: { rows: RankedCompany[]; of: number };
}

/** The scope line in `lang`: company links held, and for a workbook the nation's flows and ranking first. */
export function summaryScopeLine(lang: Lang, scope: Omit<SnapshotSummaryScope, "text">): string {
  const links = translate(lang, "summary.scope.links", { top: scope.ego.top, companies: scope.ego.companies, links: scope.ego.links, total: scope.nation.links });
  if (!scope.flows && !scope.ranking) return links;
  const nation = translate(lang, "summary.scope.nation", { companies: scope.nation.companies, links: scope.nation.links, rows: scope.ranking?.rows ?? 0 });
  return `${nation}; ${links}`;
}

/**
 * The snapshot in summary mode: its flows and ranking are the nation's when given (a workbook
 * shows them), and its metadata says what the file holds. The companies and links stay the ego
 * networks the file was built from.
 */
export function withSummaryScope(snapshot: Snapshot, input: SummaryExportInput): Snapshot {
  const { flows, ranking } = input;
  const facts: Omit<SnapshotSummaryScope, "text"> = {
    nation: input.nation,
    graph: "ego-networks",
    ego: { top: input.top, focus: input.focus, companies: snapshot.metadata.exported.companies, links: snapshot.metadata.exported.links },
    ...(flows ? { flows: "nation" as const } : {}),
    ...(ranking ? { ranking: { rows: ranking.rows.length, of: ranking.of } } : {}),
  };
  const summary: SnapshotSummaryScope = { text: { ko: summaryScopeLine("ko", facts), en: summaryScopeLine("en", facts) }, ...facts };
  return {
    ...snapshot,
    metadata: { ...snapshot.metadata, summary },
    flows: flows ? () => flows : snapshot.flows,
    ranking: ranking ? () => ranking.rows : snapshot.ranking,
  };
}
