// The rows of a summary's company table, made only when shown: a view over the typed columns
// in a given order, indexable like an array (what VirtualTable reads) without a million objects.
import { overrideIndex, stringAt, type SummaryData } from "../../graph/summary/columns.ts";
import type { Vintage } from "../../model/types.ts";

export interface SummaryTableRow {
  /** Row of the summary's company table. */
  row: number;
  id: string;
  name: string;
  nameEn: string;
  division: string;
  industry: string;
  tier: string;
  degree: number;
  weightedDegree: number;
  partnerDivisions: number;
  crossLinks: number;
  crossPartners: number;
  crossWeight: number;
  score: number;
  ego: boolean;
}

/** Row `row` under `vintage` (numbers from companies-<vintage>.csv where it has the company). */
export function summaryRow(summary: SummaryData, row: number, overrides: ReadonlyMap<number, number> | null, vintage: Vintage): SummaryTableRow {
  const c = summary.companies;
  const k = overrides?.get(row);
  const o = k === undefined ? undefined : summary.overrides.find((x) => x.vintage === vintage);
  const n = o ? o.numbers : c.numbers;
  const i = o && k !== undefined ? k : row;
  return {
    row,
    id: stringAt(c.text.id, row),
    name: stringAt(c.text.name, row),
    nameEn: stringAt(c.text.nameEn, row),
    division: c.divisionCodes[c.division[row]!] ?? "",
    industry: stringAt(c.text.industry, row),
    tier: stringAt(c.text.tier, row),
    degree: n.degree[i]!,
    weightedDegree: n.weightedDegree[i]!,
    partnerDivisions: n.partnerDivisions[i]!,
    crossLinks: n.cross.all.links[i]!,
    crossPartners: n.cross.all.partners[i]!,
    crossWeight: n.cross.all.weight[i]!,
    score: n.score[i]!,
    ego: c.ego[row] === 1,
  };
}

/** Position `i` of the list is row order[i] (or row i without an order: the file's, i.e. ranking order). */
export function summaryRows(summary: SummaryData, order: Uint32Array | null, vintage: Vintage): ArrayLike<SummaryTableRow> {
  const n = order ? order.length : summary.companies.count;
  const overrides = overrideIndex(summary, vintage);
  return new Proxy({ length: n } as ArrayLike<SummaryTableRow>, {
    get(target, prop) {
      if (prop === "length") return n;
      if (typeof prop !== "string") return Reflect.get(target, prop);
      const i = Number(prop);
      if (!Number.isInteger(i) || i < 0 || i >= n) return undefined;
      return summaryRow(summary, order ? order[i]! : i, overrides, vintage);
    },
  });
}
