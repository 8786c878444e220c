// How much of a division's inflow (or outflow) comes from (or goes to) a group of divisions,
// such as the capital region: the question planners ask of a profile ("what share of 경남's
// purchases comes from the capital region?") without adding shares up by hand.
import type { DivisionCode } from "../../model/types.ts";
import type { PartnerDivision } from "./types.ts";

export interface GroupShare {
  /** Partner divisions of the group that trade with the division, in the partners' order. */
  members: DivisionCode[];
  count: number;
  weight: number;
  /** Of the whole inflow or outflow the partners' shares are of; 0 when that total is 0. */
  countShare: number;
  weightShare: number;
}

/** Sums counts, weights and their shares over the partner divisions `inGroup` accepts. */
export function groupShare(partners: readonly PartnerDivision[], inGroup: (division: DivisionCode) => boolean): GroupShare {
  const out: GroupShare = { members: [], count: 0, weight: 0, countShare: 0, weightShare: 0 };
  for (const p of partners) {
    if (!inGroup(p.division)) continue;
    out.members.push(p.division);
    out.count += p.count;
    out.weight += p.weight;
    // Shares add up exactly because every partner's share has the same whole.
    out.countShare += p.countShare;
    out.weightShare += p.weightShare;
  }
  return out;
}
