// Turns the accumulator's typed arrays into the FlowMatrix the app, the CSV and the CLI read.
// At most (divisions)² cells, so the objects made here cost nothing next to the link pass.

import type { DivisionCode } from "../../model/types.ts";
import type { FlowAccumulator } from "./accumulator.ts";
import type { DivisionTotals, Flow, FlowCell, FlowMatrix } from "../../model/flows.ts";

export type CompanyCounts = ReadonlyMap<DivisionCode, number> | Readonly<Record<DivisionCode, number>>;

function entries(counts: CompanyCounts): Iterable<readonly [DivisionCode, number]> {
  return counts instanceof Map ? counts.entries() : Object.entries(counts);
}

/** Largest count first; ties by weight, then by codes so the order never depends on input order. */
export function compareFlows(a: Flow, b: Flow): number {
  if (a.count !== b.count) return b.count - a.count;
  if (a.weight !== b.weight) return b.weight - a.weight;
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  return a.to < b.to ? -1 : a.to > b.to ? 1 : 0;
}

/** `companies` is keyed by stored (2023-vintage) codes; members of a merged division are summed. */
export function materialiseFlows(acc: FlowAccumulator, companies: CompanyCounts): FlowMatrix {
  const perIndex: number[] = [];
  // Before reading acc.codes: a company in an unknown division adds that division.
  for (const [code, n] of entries(companies)) {
    const i = acc.divisionIndex(code);
    if (i < 0) continue; // unplaced companies are in no division's total
    perIndex[i] = (perIndex[i] ?? 0) + n;
  }
  const codes = acc.codes;
  const totals: DivisionTotals[] = codes.map((division, i) => ({
    division,
    companies: perIndex[i] ?? 0,
    outgoing: { count: 0, weight: 0 },
    incoming: { count: 0, weight: 0 },
    internal: { count: 0, weight: 0 },
    partnerDivisions: 0,
    crossShare: 0,
  }));
  const flows: Flow[] = [];
  const internal: Partial<Record<DivisionCode, FlowCell>> = {};
  let crossLinks = 0;

  codes.forEach((from, f) => {
    const out = totals[f]!;
    codes.forEach((to, t) => {
      if (acc.count(f, t) + acc.count(t, f) > 0 && f !== t) out.partnerDivisions++;
      if (acc.count(f, t) === 0) return;
      const cell = acc.cell(f, t);
      if (f === t) {
        internal[from] = cell;
        out.internal = { count: cell.count, weight: cell.weight };
        return;
      }
      flows.push({ from, to, ...cell });
      crossLinks += cell.count;
      const into = totals[t]!;
      out.outgoing.count += cell.count;
      out.outgoing.weight += cell.weight;
      into.incoming.count += cell.count;
      into.incoming.weight += cell.weight;
    });
  });
  for (const d of totals) {
    const cross = d.outgoing.count + d.incoming.count;
    const all = cross + d.internal.count;
    d.crossShare = all === 0 ? 0 : cross / all;
  }

  return {
    vintage: acc.vintage,
    divisions: [...codes],
    flows: flows.sort(compareFlows),
    internal,
    totals: Object.fromEntries(totals.map((d) => [d.division, d])),
    links: acc.links,
    crossLinks,
  };
}
