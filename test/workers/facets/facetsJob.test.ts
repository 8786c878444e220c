import { describe, expect, it } from "vitest";
import { facetColumns } from "../../../src/graph/filters/rows.ts";
import { filterCounts } from "../../../src/graph/filters/counts.ts";
import { yearHistogram } from "../../../src/graph/filters/histogram.ts";
import { NO_FILTER } from "../../../src/graph/filters/types.ts";
import { facetsJob } from "../../../src/workers/facets/facetsJob.ts";
import { syntheticGraph } from "../../../scripts/lib/syntheticDataset.ts";
import { createFacetsService } from "../../../src/app/facetsService.ts";
import type { FacetsPort } from "../../../src/workers/facets/facetsClient.ts";

/** facetsJob behind the port the app uses, answering on the next task like the worker does. */
function inProcessPort(): FacetsPort & { requests: number } {
  const job = facetsJob();
  let seq = 0;
  const pending = new Map<number, (r: ReturnType<typeof job.answer>) => void>();
  let scheduled = false;
  const port = {
    requests: 0,
    setData: (version: number, columns: Parameters<FacetsPort["setData"]>[1], transfer: ArrayBuffer[]) =>
      job.take({ type: "data", version, columns: structuredClone(columns, { transfer }) }),
    count(version: number, filter: Parameters<FacetsPort["count"]>[1], vintage: Parameters<FacetsPort["count"]>[2]) {
      port.requests++;
      const mine = ++seq;
      job.take({ type: "count", version, seq: mine, filter: structuredClone(filter), vintage });
      const answer = new Promise<ReturnType<typeof job.answer>>((resolve) => pending.set(mine, resolve));
      if (!scheduled) {
        scheduled = true;
        setTimeout(() => {
          scheduled = false;
          const reply = job.answer();
          for (const [s, resolve] of pending) if (!reply || s <= reply.seq) (pending.delete(s), resolve(s === reply?.seq ? reply : null));
        }, 0);
      }
      return answer.then((reply) => (reply && reply.type === "counts" ? { counts: reply.counts, years: reply.years } : null));
    },
    dispose: () => undefined,
  };
  return port;
}

describe("facets worker job", () => {
  it("answers the newest waiting request with the graph's own counts, and none of the superseded ones", () => {
    const graph = syntheticGraph(300, 2000, 9);
    const job = facetsJob();
    const { columns, transfer } = facetColumns(graph);
    job.take({ type: "data", version: 1, columns: structuredClone(columns, { transfer }) });
    const production = { ...NO_FILTER, linkTypes: ["production" as const] };
    job.take({ type: "count", version: 1, seq: 1, filter: NO_FILTER, vintage: "2023" });
    job.take({ type: "count", version: 1, seq: 2, filter: production, vintage: "2026-07" });
    const reply = job.answer();
    expect(reply).toEqual({ type: "counts", seq: 2, counts: filterCounts(graph, production, "2026-07"), years: yearHistogram(graph, production, "2026-07") });
    expect(job.answer()).toBeNull();
  });

  it("says so, instead of counting stale data, when asked about a graph it does not hold", () => {
    const job = facetsJob();
    job.take({ type: "count", version: 3, seq: 1, filter: NO_FILTER, vintage: "2023" });
    expect(job.answer()).toMatchObject({ type: "error", seq: 1 });
  });
});

describe("facets service", () => {
  it("sends a graph's columns once, counts each filter, and starts over for a new graph", async () => {
    const port = inProcessPort();
    let made = 0;
    const facets = createFacetsService(() => (made++, port));
    const graph = syntheticGraph(400, 25_000 / 10, 4);
    const tiers = { ...NO_FILTER, tiers: ["super-regional"] };
    expect(await facets.count(graph, NO_FILTER, "2023")).toEqual({ counts: filterCounts(graph, NO_FILTER, "2023"), years: yearHistogram(graph, NO_FILTER, "2023") });
    expect((await facets.count(graph, tiers, "2023"))?.counts).toEqual(filterCounts(graph, tiers, "2023"));
    const other = syntheticGraph(120, 500, 2);
    expect((await facets.count(other, NO_FILTER, "2026-07"))?.counts).toEqual(filterCounts(other, NO_FILTER, "2026-07"));
    expect(made).toBe(1);
  });

  it("resolves superseded requests with null, so the panel shows only the newest filter's counts", async () => {
    const facets = createFacetsService(inProcessPort);
    const graph = syntheticGraph(200, 1000, 6);
    const first = facets.count(graph, NO_FILTER, "2023");
    const second = facets.count(graph, { ...NO_FILTER, crossOnly: true }, "2023");
    expect(await first).toBeNull();
    expect((await second)?.counts).toEqual(filterCounts(graph, { ...NO_FILTER, crossOnly: true }, "2023"));
  });

  it("counts in the worker only for big networks", () => {
    const facets = createFacetsService(inProcessPort);
    expect(facets.inWorker(syntheticGraph(100, 400, 1))).toBe(false);
    expect(facets.inWorker(syntheticGraph(4000, 20_000, 1))).toBe(true);
  });
});
