import { describe, expect, it } from "vitest";
import { crossRegionalStats } from "../../../src/graph/ranking/crossRegional.ts";
import { graphOf, RANKING_DATASET } from "./fixture.ts";

const graph = graphOf(RANKING_DATASET);

describe("graph/ranking crossRegionalStats", () => {
  it("counts partners, links and weight with other divisions, per type", () => {
    const stats = new Map(crossRegionalStats(graph, "2023").map((s) => [s.id, s]));
    // a: b and c by technology (10 + 20), d by production (30); f is in its own division.
    expect(stats.get("a")).toMatchObject({
      partnerDivisions: 3,
      cross: {
        technology: { partners: 2, links: 2, weight: 30 },
        production: { partners: 1, links: 1, weight: 30 },
        sales: { partners: 0, links: 0, weight: 0 },
        all: { partners: 3, links: 3, weight: 60 },
      },
    });
    // d: a and c by production (30 + none), e twice by sales: one partner, two links.
    expect(stats.get("d")).toMatchObject({
      partnerDivisions: 3,
      cross: { production: { partners: 2, links: 2, weight: 30 }, sales: { partners: 1, links: 2, weight: 0 }, all: { partners: 3, links: 4 } },
    });
    expect(stats.get("f")).toMatchObject({ partnerDivisions: 0, cross: { all: { partners: 0, links: 0, weight: 0 } } });
  });

  it("treats Gwangju-Jeonnam links as internal in vintage 2026-07", () => {
    const d = crossRegionalStats(graph, "2026-07").find((s) => s.id === "d")!;
    expect(d.partnerDivisions).toBe(2);
    expect(d.cross.sales).toEqual({ partners: 0, links: 0, weight: 0 });
  });
});
