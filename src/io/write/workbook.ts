// The snapshot as one XLSX workbook (SheetJS CE): companies, links, division flows as a
// matrix and as a list, the ranking, the import report and the metadata. Cells are typed
// (numbers stay numbers); text cells are text, never formulas, so no neutralising is needed.
// Only the companies and links sheets use data headers: the other sheets' headers match no
// reader vocabulary ("supplying_division", not "from"), so reading the workbook back loads
// the data once and notes the other sheets as skipped.

import { regionLabel } from "../../regions/units.ts";
import * as XLSX from "@e965/xlsx";
import { LINK_TYPES } from "../../model/types.ts";
import { edgeColumns, nodeColumns } from "../snapshot/columns.ts";
import type { Snapshot } from "../snapshot/types.ts";
import { workbookLabels, type WorkbookLabels } from "./workbookLabels.ts";

type Cell = string | number | boolean | null;
// Excel refuses longer cell text; a hostile attribute must not make the whole export fail.
const MAX_CELL = 32767;

const cell = (v: string | number | boolean | undefined): Cell => {
  if (v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return typeof v === "string" && v.length > MAX_CELL ? v.slice(0, MAX_CELL) : v;
};

function sheet(rows: Cell[][]): XLSX.WorkSheet {
  return XLSX.utils.aoa_to_sheet(rows);
}

function flowSheets(snapshot: Snapshot, L: WorkbookLabels): { matrix: Cell[][]; list: Cell[][] } {
  const m = snapshot.flows();
  const index = new Map(m.divisions.map((d, i) => [d, i]));
  const grid: number[][] = m.divisions.map(() => m.divisions.map(() => 0));
  for (const f of m.flows) grid[index.get(f.from)!]![index.get(f.to)!] = f.count;
  for (const d of m.divisions) {
    const i = index.get(d)!;
    grid[i]![i] = m.internal[d]?.count ?? 0;
  }
  const label = (d: string) => `${regionLabel(d, L.lang, "short")} (${d})`;
  const matrix: Cell[][] = [[L.matrixCorner(m.vintage), ...m.divisions.map(label)]];
  m.divisions.forEach((d, i) => matrix.push([label(d), ...grid[i]!]));
  const H = L.list;
  const list: Cell[][] = [[H.vintage, H.kind, H.from, H.fromName, H.to, H.toName, H.count, H.weight, ...LINK_TYPES.map(H.byType)]];
  const row = (kind: string, from: string, to: string, c: (typeof m.flows)[number] | NonNullable<(typeof m.internal)[string]>) =>
    list.push([m.vintage, kind, from, regionLabel(from, L.lang, "full"), to, regionLabel(to, L.lang, "full"), c.count, c.weight, ...LINK_TYPES.map((t) => c.byType[t].count)]);
  for (const f of m.flows) row(L.kind.flow, f.from, f.to, f);
  for (const d of m.divisions) {
    const c = m.internal[d];
    if (c) row(L.kind.internal, d, d, c);
  }
  return { matrix, list };
}

// Shared strings (bookSST): SheetJS reads its own inline-string cells back unescaped twice
// ("&amp;" came back as "&"); shared strings survive intact. `labels`: sheet names and the
// made-up sheets' headers in the user's language (workbookLabels); English by default.
export function snapshotToXlsx(snapshot: Snapshot, labels: WorkbookLabels = workbookLabels("en")): Uint8Array {
  const L = labels;
  const ncols = nodeColumns(snapshot);
  const ecols = edgeColumns(snapshot);
  const companies: Cell[][] = [["id", ...ncols.map((c) => c.name)]];
  for (const n of snapshot.nodes) companies.push([n.company.id, ...ncols.map((c) => cell(c.value(n)))]);
  const links: Cell[][] = [["id", "supplier", "buyer", ...ecols.map((c) => c.name)]];
  for (const e of snapshot.edges) links.push([e.id, e.source, e.target, ...ecols.map((c) => cell(c.value(e)))]);
  const { matrix, list } = flowSheets(snapshot, L);
  const R = L.ranking;
  const ranking: Cell[][] = [[R.rank, R.id, R.name, R.division, R.tier, R.designated, R.score, ...LINK_TYPES.map(R.value)]];
  for (const r of snapshot.ranking()) {
    ranking.push([r.rank, r.id, cell(r.name), r.division, cell(r.tier), r.designated, r.score, ...LINK_TYPES.map((t) => r.parts[t].value)]);
  }
  const P = L.report;
  const report: Cell[][] = [[P.file, P.row, P.severity, P.reason, P.detail, P.message]];
  for (const [list2, severity] of [[snapshot.report.rejected, P.rejected], [snapshot.report.warnings, P.warning]] as const) {
    for (const i of list2) report.push([cell(i.file), i.row, severity, i.reason, cell(i.detail), cell(i.message)]);
  }
  const meta: Cell[][] = [[L.metadata.entry, L.metadata.text]];
  // Summary mode: the first entry says, in words, what is the nation's and what only the ego networks.
  const summary = snapshot.metadata.summary;
  if (summary) meta.push(["snapshot_scope_text", summary.text[L.lang]]);
  for (const [key, value] of Object.entries(snapshot.metadata)) {
    // "snapshot_label", not "label": a key cell that spells a data header could pass for a header row.
    meta.push([`snapshot_${key}`, cell(typeof value === "object" && value !== null ? JSON.stringify(value) : (value as string | number | boolean))]);
  }
  const wb = XLSX.utils.book_new();
  const S = L.sheets;
  XLSX.utils.book_append_sheet(wb, sheet(companies), S.companies);
  XLSX.utils.book_append_sheet(wb, sheet(links), S.links);
  XLSX.utils.book_append_sheet(wb, sheet(matrix), S.matrix);
  XLSX.utils.book_append_sheet(wb, sheet(list), S.list);
  XLSX.utils.book_append_sheet(wb, sheet(ranking), S.ranking);
  XLSX.utils.book_append_sheet(wb, sheet(report), S.report);
  XLSX.utils.book_append_sheet(wb, sheet(meta), S.metadata);
  // "buffer", not "array": SheetJS makes "array" output through one JS string of the whole
  // file, which fails ("Invalid array length") at 500k links. "buffer" gives a Node Buffer or,
  // in browsers and workers, the bytes themselves.
  const out = XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true, bookSST: true }) as Uint8Array | number[];
  return out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : Uint8Array.from(out);
}
