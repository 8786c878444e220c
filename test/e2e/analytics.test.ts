import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { flowsOfDataset } from "../../src/graph/flows/divisionFlows.ts";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { computeMetrics } from "../../src/graph/metrics/computeMetrics.ts";
import { rankingLookups } from "../../src/graph/ranking/lookups.ts";
import { scoreCompanies } from "../../src/graph/ranking/score.ts";
import { appSession, statusCounts } from "./browser.ts";
import { layerPixels } from "./layers.ts";
import { readLocal, SAMPLE_FILES } from "./data.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

const sample = readLocal(SAMPLE_FILES);
const designated = sample.companies.filter((c) => c.tier === "super-regional").map((c) => c.id);

describe.skipIf(!chromium)("analytics in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it("computes metrics on the sample in a worker and ranks the designated companies", async () => {
    ({ page } = await session.open("?lang=en"));
    await page.getByTestId("analytics-toggle").click();
    await page.getByTestId("metrics-info").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("metrics-info").getAttribute("data-betweenness")).toBe("exact");
    const table = page.getByTestId("ranking-table");
    const marked = await table.locator('tr[data-designated="true"]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id));
    expect(marked.sort()).toEqual([...designated].sort());
    await expect(page.getByTestId("ranking-formula").textContent()).resolves.toMatch(/technology|Technology/);
    // Clicking a row selects the company on the map.
    const first = table.locator("tbody tr").first();
    const id = await first.getAttribute("data-id");
    await first.click();
    await page.getByTestId("company-panel").waitFor();
    await expect(page.getByTestId("company-panel").locator("h3").textContent()).resolves.toBe(sample.companies.find((c) => c.id === id)!.name);
  });

  it("weights change the order exactly as the same formula computes it in Node", async () => {
    ({ page } = await session.open());
    await page.getByTestId("analytics-toggle").click();
    await page.getByTestId("metrics-info").waitFor({ timeout: 60_000 });
    const order = () => page.getByTestId("ranking-table").locator("tbody tr").evaluateAll((rows) => rows.slice(0, 10).map((r) => (r as HTMLElement).dataset.id));
    const graph = buildGraph(sample, { positions: new Map() });
    const metrics = computeMetrics(graph, { vintage: "2023" });
    const { tiers, labels } = rankingLookups(graph);
    const top10 = (weights: Parameters<typeof scoreCompanies>[3]) => scoreCompanies(metrics.companies, tiers, labels, weights).slice(0, 10).map((r) => r.id);
    expect(await order()).toEqual(top10({}));
    for (const type of ["technology", "sales", "other"]) await page.getByTestId(`weight-${type}`).fill("0");
    const productionOnly = top10({ technology: 0, production: 1, sales: 0, other: 0 });
    expect(productionOnly).not.toEqual(top10({}));
    expect(await order()).toEqual(productionOnly);
  });

  it("removing a division takes its companies and links off the map and out of the numbers; undo restores them", async () => {
    ({ page } = await session.open());
    const before = await statusCounts(page);
    const flowsBefore = (await layerPixels(page, "flows")).painted;
    await page.getByTestId("analytics-toggle").click();
    await page.getByTestId("analytics-tab-resilience").click();
    await page.getByTestId("whatif-division").selectOption("KR-26");
    await page.getByTestId("whatif-remove-division").click();
    const busan = new Set(sample.companies.filter((c) => c.division === "KR-26").map((c) => c.id));
    const kept = sample.links.filter((l) => !busan.has(l.source) && !busan.has(l.target));
    const expected = flowsOfDataset({ ...sample, companies: sample.companies.filter((c) => !busan.has(c.id)), links: kept }, "2023");
    await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-companies")) === n, sample.companies.length - busan.size);
    const during = await statusCounts(page);
    expect(during).toEqual({ companies: sample.companies.length - busan.size, links: kept.length, cross: expected.crossLinks });
    await expect(page.getByTestId("whatif-links-lost").getAttribute("data-count")).resolves.toBe(String(sample.links.length - kept.length));
    expect((await layerPixels(page, "flows")).painted).toBeLessThan(flowsBefore);
    await page.getByTestId("whatif-undo").click();
    await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-companies")) === n, before.companies);
    expect(await statusCounts(page)).toEqual(before);
  });
});
