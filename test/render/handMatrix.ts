// Hand-made FlowMatrix objects for the matrix layout and component tests.
import type { FlowCell, FlowMatrix, FlowStat } from "../../src/model/flows.ts";
import { LINK_TYPES, type DivisionCode, type LinkType } from "../../src/model/types.ts";

export type Parts = Partial<Record<LinkType, [count: number, weight: number]>>;

function cell(parts: Parts): FlowCell {
  const byType = Object.fromEntries(LINK_TYPES.map((type) => [type, { count: 0, weight: 0 }])) as Record<LinkType, FlowStat>;
  let count = 0;
  let weight = 0;
  for (const [type, [c, w]] of Object.entries(parts) as [LinkType, [number, number]][]) {
    byType[type] = { count: c, weight: w };
    count += c;
    weight += w;
  }
  return { count, weight, byType };
}

export function handMatrix(
  divisions: DivisionCode[],
  flows: Array<[DivisionCode, DivisionCode, Parts]>,
  internal: Record<DivisionCode, Parts> = {},
): FlowMatrix {
  const zero = { count: 0, weight: 0 };
  return {
    vintage: "2023",
    divisions,
    flows: flows.map(([from, to, parts]) => ({ from, to, ...cell(parts) })),
    internal: Object.fromEntries(Object.entries(internal).map(([code, parts]) => [code, cell(parts)])),
    // The layout reads flows and internal only; totals are filled so the object is a valid FlowMatrix.
    totals: Object.fromEntries(
      divisions.map((division) => [
        division,
        { division, companies: 0, outgoing: zero, incoming: zero, internal: zero, partnerDivisions: 0, crossShare: 0 },
      ]),
    ),
    links: 0,
    crossLinks: 0,
  };
}

// Seoul, Busan, Ulsan in registry order.
export const SAMPLE = handMatrix(
  ["KR-11", "KR-26", "KR-31"],
  [
    ["KR-26", "KR-31", { production: [5, 100], technology: [2, 0] }],
    ["KR-11", "KR-26", { sales: [3, 900] }],
    ["KR-31", "KR-11", { other: [1, 10] }],
  ],
  { "KR-26": { production: [4, 50] } },
);
