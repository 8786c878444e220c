// A seven-company network whose ranking is worked out by hand in score.test.ts and the other ranking tests.
//
//   a KR-11 (super-regional)  f KR-11
//   b KR-26                   g KR-26
//   c KR-27 (super-regional)
//   d KR-29 (Gwangju)         e KR-46 (Jeonnam): one division, KR-GJN, in vintage 2026-07
//
//   1 a→b technology 10   2 a→c technology 20   3 a→d production 30   4 c→b production 40
//   5 c→d production (no weight)   6 d→e sales   7 e→d sales (no weights: sales volume is links alone)
//   8 f→a production 5 (internal)   9 b→g production 5 (internal)
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import type { SupplyGraph } from "../../../src/graph/types.ts";
import type { Dataset } from "../../../src/model/types.ts";
import { company, dataset, link } from "../helpers.ts";

export const RANKING_DATASET: Dataset = dataset(
  [
    company("a", "KR-11", { tier: "super-regional" }),
    company("b", "KR-26", { tier: "regional-innovation" }),
    company("c", "KR-27", { tier: "super-regional" }),
    company("d", "KR-29", { tier: "regional-innovation" }),
    company("e", "KR-46"),
    company("f", "KR-11"),
    company("g", "KR-26"),
  ],
  [
    link("1", "a", "b", "technology", { weight: 10 }),
    link("2", "a", "c", "technology", { weight: 20 }),
    link("3", "a", "d", "production", { weight: 30 }),
    link("4", "c", "b", "production", { weight: 40 }),
    link("5", "c", "d", "production"),
    link("6", "d", "e", "sales"),
    link("7", "e", "d", "sales"),
    link("8", "f", "a", "production", { weight: 5 }),
    link("9", "b", "g", "production", { weight: 5 }),
  ],
);

export const graphOf = (ds: Dataset): SupplyGraph => buildGraph(ds, { positions: new Map() });
