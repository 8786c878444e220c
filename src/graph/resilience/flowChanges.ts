// Division flows compared before and after a removal: which vanish and which shrink.
import type { DivisionCode } from "../../model/types.ts";
import type { FlowMatrix, FlowStat } from "../../model/flows.ts";

export interface FlowChange {
  from: DivisionCode;
  to: DivisionCode;
  status: "vanished" | "shrunk";
  before: FlowStat;
  after: FlowStat;
}

/** `after` must aggregate a subset of `before`'s links (a removal only takes links away). */
export function flowChanges(before: FlowMatrix, after: FlowMatrix): FlowChange[] {
  const remaining = new Map(after.flows.map((f) => [`${f.from}\u0000${f.to}`, f]));
  const changes: FlowChange[] = [];
  for (const f of before.flows) {
    const left = remaining.get(`${f.from}\u0000${f.to}`);
    const now: FlowStat = { count: left?.count ?? 0, weight: left?.weight ?? 0 };
    if (now.count === f.count) continue;
    changes.push({ from: f.from, to: f.to, status: now.count === 0 ? "vanished" : "shrunk", before: { count: f.count, weight: f.weight }, after: now });
  }
  const loss = (c: FlowChange) => c.before.count - c.after.count;
  return changes.sort(
    (x, y) =>
      loss(y) - loss(x) ||
      y.before.weight - y.after.weight - (x.before.weight - x.after.weight) ||
      (x.from < y.from ? -1 : x.from > y.from ? 1 : x.to < y.to ? -1 : x.to > y.to ? 1 : 0),
  );
}
