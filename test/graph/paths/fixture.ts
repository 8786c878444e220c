// A small network worked out by hand for the tier and path tests (all in Seoul; ids are the
// names). Links, supplier -> buyer:
//
//   E -6-> D -5-> C -4-> A =1,2=> F -7-> G -8-> H -9-> I -10-> J
//                 C -16-> C (self-loop)   B -3-> F        F -11-> K -12-> F
//                 F -13-> N -14-> A       G -15-> A       Z: no links
//
// Upstream of F (its suppliers, by steps): A B K 1; C N G 2; D 3; E 4.
// Downstream of F (its buyers): G K N 1; H A 2; I 3; J 4.
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import type { SupplyGraph } from "../../../src/graph/types.ts";
import { company, dataset, link } from "../helpers.ts";

const LINKS: Array<[string, string, string]> = [
  ["1", "A", "F"], ["2", "A", "F"], ["3", "B", "F"], ["4", "C", "A"], ["5", "D", "C"], ["6", "E", "D"],
  ["7", "F", "G"], ["8", "G", "H"], ["9", "H", "I"], ["10", "I", "J"], ["11", "F", "K"], ["12", "K", "F"],
  ["13", "F", "N"], ["14", "N", "A"], ["15", "G", "A"], ["16", "C", "C"],
];

export function handGraph(): SupplyGraph {
  const ids = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "N", "Z"];
  return buildGraph(
    dataset(
      ids.map((id) => company(id, "KR-11")),
      LINKS.map(([id, s, t]) => link(id, s, t, id === "2" ? "technology" : "production")),
    ),
    { positions: new Map() },
  );
}

/** Map -> sorted plain object, so tests do not depend on discovery order. */
export const asObject = (map: ReadonlyMap<string, number>) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)));
