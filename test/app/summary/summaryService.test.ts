// Summary mode's service: the company table read beside the drawn map, and choosing a company.
import { describe, expect, it } from "vitest";
import { createAtlasStore } from "../../../src/state/store.ts";
import { createSummaryService } from "../../../src/app/summary/summaryService.ts";
import { inProcessSummary } from "../../../src/workers/summary/summaryClient.ts";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import { allStrings, type SummaryData } from "../../../src/graph/summary/columns.ts";
import { bundleOf, syntheticDataset } from "../../io/summaryHelpers.ts";

async function opened() {
  const made = await bundleOf(syntheticDataset(200, 900, 6), 3);
  const { dataset, snapshots } = readFilesWithSnapshots([{ name: "s.zip", bytes: made.zip }], { deferSummaryCompanies: true });
  const summary = snapshots[0]!.summary as SummaryData;
  const store = createAtlasStore();
  const service = createSummaryService(store, inProcessSummary);
  const stop = service.start();
  store.getState().setData(dataset, buildGraph(dataset, { positions: new Map() }), summary);
  await service.port()!.loaded;
  await Promise.resolve();
  return { made, store, service, stop };
}

describe("app/summaryService", () => {
  it("reads the company table after the map and puts it beside the flows", async () => {
    const { made, store, stop } = await opened();
    const s = store.getState().summary!;
    expect(s.pending).toBeUndefined();
    expect(s.companies.count).toBe(200);
    expect(allStrings(s.companies.text.id)).toEqual(made.summary.companies.map((c) => c.id));
    stop();
  });

  it("selects a company whose network the bundle carries, and says so of one it does not", async () => {
    const { made, store, service, stop } = await opened();
    const ids = allStrings(store.getState().summary!.companies.text.id);
    const inside = ids.indexOf(made.summary.ego[0]!);
    expect(service.choose(inside)).toBe(true);
    expect(store.getState().selected).toBe(made.summary.ego[0]);
    expect(store.getState().summaryPick).toMatchObject({ id: made.summary.ego[0], inBundle: true });
    const outside = ids.findIndex((id) => !store.getState().graph!.hasNode(id));
    expect(service.choose(outside)).toBe(false);
    expect(store.getState().selected).toBeNull();
    expect(store.getState().summaryPick).toMatchObject({ id: ids[outside], inBundle: false });
    expect(service.choose(-1)).toBe(false);
    stop();
  });

  it("ends the summary's worker when other data replaces it", async () => {
    const { store, service, stop } = await opened();
    const port = service.port();
    store.getState().setData(store.getState().dataset!, store.getState().graph!, null);
    expect(service.port()).toBeNull();
    expect(port).not.toBeNull();
    stop();
  });
});
