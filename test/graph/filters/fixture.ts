// Six companies and eight links, small enough to count every filter by hand.
//
//   a1 KR-11 batteries super-regional     a2 KR-11 chips (untiered)
//   g1 KR-29 batteries regional-innovation j1 KR-46 batteries (untiered)   (KR-GJN in 2026-07)
//   b1 KR-26 chips super-regional          b2 KR-26 no industry (untiered)
//
//   #  link     type        weight  year   cross 2023  cross 2026-07
//   1  a1→g1    production  10      2020   yes         yes
//   2  g1→j1    technology  5       2021   yes         no (both KR-GJN)
//   3  j1→g1    sales       –       2022   yes         no
//   4  a2→a1    production  3       –      no          no
//   5  b1→a2    technology  20      2020   yes         yes
//   6  j1→b1    production  8       2023   yes         yes
//   7  b2→b1    other       1       2021   no          no
//   8  a1→b1    sales       15      2022   yes         yes
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { NO_FILTER, type FilterState } from "../../../src/graph/filters/types.ts";
import type { Random } from "../../../src/geo/random.ts";
import { LINK_TYPES, type LinkType, type Vintage } from "../../../src/model/types.ts";
import { divisionsOf } from "../../../src/regions/divisions.ts";
import type { SupplyGraph } from "../../../src/graph/types.ts";
import { company, dataset, link } from "../helpers.ts";

export const FIXTURE = dataset(
  [
    company("a1", "KR-11", { industry: "batteries", tier: "super-regional" }),
    company("a2", "KR-11", { industry: "chips" }),
    company("g1", "KR-29", { industry: "batteries", tier: "regional-innovation" }),
    company("j1", "KR-46", { industry: "batteries" }),
    company("b1", "KR-26", { industry: "chips", tier: "super-regional" }),
    company("b2", "KR-26"),
  ],
  [
    link("1", "a1", "g1", "production", { weight: 10, year: 2020 }),
    link("2", "g1", "j1", "technology", { weight: 5, year: 2021 }),
    link("3", "j1", "g1", "sales", { year: 2022 }),
    link("4", "a2", "a1", "production", { weight: 3 }),
    link("5", "b1", "a2", "technology", { weight: 20, year: 2020 }),
    link("6", "j1", "b1", "production", { weight: 8, year: 2023 }),
    link("7", "b2", "b1", "other", { weight: 1, year: 2021 }),
    link("8", "a1", "b1", "sales", { weight: 15, year: 2022 }),
  ],
);

export const fixtureGraph = (): SupplyGraph => buildGraph(FIXTURE, { positions: new Map() });

/** NO_FILTER with some fields set (fresh arrays, so tests never share NO_FILTER's). */
export function filterOf(changes: Partial<FilterState> = {}): FilterState {
  return { ...NO_FILTER, divisions: [], industries: [], tiers: [], linkTypes: [], ...changes };
}

/** A filter with each rule switched on at random (for agreement tests over many filters). */
export function randomFilter(rng: Random, vintage: Vintage, industries: readonly string[]): FilterState {
  const some = <T>(values: readonly T[], chance: number): T[] => (rng.next() < chance ? values.filter(() => rng.next() < 0.4) : []);
  const year = () => (rng.next() < 0.5 ? null : 2018 + rng.int(8));
  return filterOf({
    divisions: some(divisionsOf(vintage).map((d) => d.code), 0.5),
    divisionRole: rng.pick(["supplier", "buyer", "either", "both"] as const),
    companyRole: rng.pick(["supplier", "buyer", "either", "both"] as const),
    industries: some(industries, 0.4),
    tiers: some(["super-regional", "regional-innovation", "none"], 0.3),
    linkTypes: some<LinkType>(LINK_TYPES, 0.5),
    yearFrom: year(),
    yearTo: year(),
    minWeight: rng.next() < 0.3 ? rng.int(400) : 0,
    crossOnly: rng.next() < 0.3,
  });
}
