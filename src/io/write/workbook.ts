// The snapshot as one XLSX workbook (SheetJS CE): companies, links, division flows as a
// matrix and as a list, the ranking, the import report and the metadata. Cells are typed
// (numbers stay numbers); text cells are text, never formulas, so no neutralising is needed.
// Only the companies and links sheets use data headers: the other sheets' headers match no
// reader vocabulary ("supplying_division", not "from"), so reading the workbook back loads
// the data once and notes the other sheets as skipped.

import * as XLSX from "@e965/xlsx";
import { LINK_TYPES } from "../../model/types.ts";
import { divisionLabel } from "../../regions/divisions.ts";
import { edgeColumns, nodeColumns } from "../snapshotColumns.ts";
import type { Snapshot } from "../snapshotTypes.ts";

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

function flowSheets(snapshot: Snapshot): { matrix: Cell[][]; list: Cell[][] } {
  const m = snapshot.flows();
  const index = new Map(m.divisions.map((d, i) => [d, i]));
  const grid: number[][] = m.divisions.map(() => m.divisions.map(() => 0));
  for (const f of m.flows) grid[index.get(f.from)!]![index.get(f.to)!] = f.count;
  for (const d of m.divisions) {
    const i = index.get(d)!;
    grid[i]![i] = m.internal[d]?.count ?? 0;
  }
  const label = (d: string) => `${divisionLabel(d, "ko", "short")} (${d})`;
  const matrix: Cell[][] = [[`links: rows supply, columns buy (${m.vintage}); diagonal = internal`, ...m.divisions.map(label)]];
  m.divisions.forEach((d, i) => matrix.push([label(d), ...grid[i]!]));
  const list: Cell[][] = [["vintage", "flow_kind", "supplying_division", "supplying_name", "buying_division", "buying_name", "link_count", "summed_weight", ...LINK_TYPES.map((t) => `links_${t}`)]];
  const row = (kind: string, from: string, to: string, c: (typeof m.flows)[number] | NonNullable<(typeof m.internal)[string]>) =>
    list.push([m.vintage, kind, from, divisionLabel(from, "ko", "full"), to, divisionLabel(to, "ko", "full"), c.count, c.weight, ...LINK_TYPES.map((t) => c.byType[t].count)]);
  for (const f of m.flows) row("flow", f.from, f.to, f);
  for (const d of m.divisions) {
    const c = m.internal[d];
    if (c) row("internal", d, d, c);
  }
  return { matrix, list };
}

// Shared strings (bookSST): SheetJS reads its own inline-string cells back unescaped twice
// ("&amp;" came back as "&"); shared strings survive intact.
export function snapshotToXlsx(snapshot: Snapshot): Uint8Array {
  const ncols = nodeColumns(snapshot);
  const ecols = edgeColumns(snapshot);
  const companies: Cell[][] = [["id", ...ncols.map((c) => c.name)]];
  for (const n of snapshot.nodes) companies.push([n.company.id, ...ncols.map((c) => cell(c.value(n)))]);
  const links: Cell[][] = [["id", "supplier", "buyer", ...ecols.map((c) => c.name)]];
  for (const e of snapshot.edges) links.push([e.id, e.source, e.target, ...ecols.map((c) => cell(c.value(e)))]);
  const { matrix, list } = flowSheets(snapshot);
  const ranking: Cell[][] = [["rank", "ranked_id", "ranked_name", "ranked_division", "ranked_tier", "designated", "score", ...LINK_TYPES.map((t) => `value_${t}`)]];
  for (const r of snapshot.ranking()) {
    ranking.push([r.rank, r.id, cell(r.name), r.division, cell(r.tier), r.designated, r.score, ...LINK_TYPES.map((t) => r.parts[t].value)]);
  }
  const report: Cell[][] = [["file", "row", "severity", "reason", "detail", "message"]];
  for (const [list2, severity] of [[snapshot.report.rejected, "rejected"], [snapshot.report.warnings, "warning"]] as const) {
    for (const i of list2) report.push([cell(i.file), i.row, severity, i.reason, cell(i.detail), cell(i.message)]);
  }
  const meta: Cell[][] = [["entry", "text"]];
  for (const [key, value] of Object.entries(snapshot.metadata)) {
    // "snapshot_label", not "label": a key cell that spells a data header could pass for a header row.
    meta.push([`snapshot_${key}`, cell(typeof value === "object" && value !== null ? JSON.stringify(value) : (value as string | number | boolean))]);
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheet(companies), "companies");
  XLSX.utils.book_append_sheet(wb, sheet(links), "links");
  XLSX.utils.book_append_sheet(wb, sheet(matrix), "division flows");
  XLSX.utils.book_append_sheet(wb, sheet(list), "division flow list");
  XLSX.utils.book_append_sheet(wb, sheet(ranking), "ranking");
  XLSX.utils.book_append_sheet(wb, sheet(report), "import report");
  XLSX.utils.book_append_sheet(wb, sheet(meta), "metadata");
  // "buffer", not "array": SheetJS makes "array" output through one JS string of the whole
  // file, which fails ("Invalid array length") at 500k links. "buffer" gives a Node Buffer or,
  // in browsers and workers, the bytes themselves.
  const out = XLSX.write(wb, { type: "buffer", bookType: "xlsx", compression: true, bookSST: true }) as Uint8Array | number[];
  return out instanceof Uint8Array ? new Uint8Array(out.buffer, out.byteOffset, out.byteLength) : Uint8Array.from(out);
}
