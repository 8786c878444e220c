// Busan (KR-26) and its partners, worked out by hand in the profile and resilience tests.
//
//   s1 s2 KR-11   p1 p2 KR-26   t1 KR-27   j1 KR-29 (Gwangju)   x1 KR-48
//
//   1 s1→p1 production 10   2 s1→p1 technology 30   3 s2→p2 production 20
//   4 t1→p1 production 40   5 j1→p2 sales (no weight)   6 p1→p2 production 5 (internal)
//   7 p2→x1 production 7    8 p1→t1 technology 3
//
// Inflow to KR-26: from KR-11 3 links (60), KR-27 1 (40), KR-29 1 (0): 5 links, 100.
// Outflow: to KR-48 1 (7), to KR-27 1 (3).
import { company, dataset, link } from "../helpers.ts";
import { graphOf } from "../ranking/fixture.ts";

export const BUSAN = dataset(
  [
    company("s1", "KR-11"),
    company("s2", "KR-11"),
    company("p1", "KR-26", { tier: "super-regional" }),
    company("p2", "KR-26"),
    company("t1", "KR-27"),
    company("j1", "KR-29"),
    company("x1", "KR-48"),
  ],
  [
    link("1", "s1", "p1", "production", { weight: 10 }),
    link("2", "s1", "p1", "technology", { weight: 30 }),
    link("3", "s2", "p2", "production", { weight: 20 }),
    link("4", "t1", "p1", "production", { weight: 40 }),
    link("5", "j1", "p2", "sales"),
    link("6", "p1", "p2", "production", { weight: 5 }),
    link("7", "p2", "x1", "production", { weight: 7 }),
    link("8", "p1", "t1", "technology", { weight: 3 }),
  ],
);

export const busanGraph = () => graphOf(BUSAN);
