// The national what-if in the built app: a summary bundle made from generated data is opened,
// a division and then a company outside the ego networks are removed, and the status line, the
// map's flows and the panel must show the nation's figures, the ones the full data gives.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { appSession, statusCounts } from "./browser.ts";
import { dropSummary } from "./summaryPage.ts";
import { violationsIn } from "./axe.ts";
import { layerPixels } from "./layers.ts";
import { bundleOf, syntheticDataset, type MadeBundle } from "../io/summaryHelpers.ts";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { removalImpact } from "../../src/graph/resilience/removalImpact.ts";
import { flowsOfDataset } from "../../src/graph/flows/divisionFlows.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

async function openSummary(page: Page, made: MadeBundle): Promise<void> {
  await dropSummary(page, made);
  await page.getByTestId("analytics-toggle").click();
  await page.getByTestId("analytics-tab-resilience").click();
}

const waitForCompanies = (page: Page, n: number) =>
  page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-companies")) === n, n);

describe.skipIf(!chromium)("the national what-if in summary mode", () => {
  const session = appSession(chromium, baseUrl);
  let made: MadeBundle;
  beforeAll(async () => {
    // Few ego networks: most of the nation's links are not in the bundle's graph.
    made = await bundleOf(syntheticDataset(1500, 8000, 5), 2);
    await session.start();
  });
  afterAll(() => session.stop());

  it("removing a division changes the nation's numbers, status line and map as the full data says; undo restores them", async () => {
    const { page, watch } = await session.open();
    await openSummary(page, made);
    const before = await statusCounts(page);
    const flowsBefore = (await layerPixels(page, "flows")).painted;
    await page.getByTestId("whatif-division").selectOption("KR-41");
    await page.getByTestId("whatif-remove-division").click();

    const full = made.dataset;
    const gyeonggi = new Set(full.companies.filter((c) => c.division === "KR-41").map((c) => c.id));
    const kept = full.links.filter((l) => !gyeonggi.has(l.source) && !gyeonggi.has(l.target));
    const expected = flowsOfDataset({ ...full, companies: full.companies.filter((c) => !gyeonggi.has(c.id)), links: kept }, "2023");
    const impact = removalImpact(buildGraph(full, { positions: new Map() }), { companies: [], division: "KR-41" }, "2023");
    await waitForCompanies(page, full.companies.length - gyeonggi.size);
    expect(await statusCounts(page)).toEqual({ companies: full.companies.length - gyeonggi.size, links: kept.length, cross: expected.crossLinks });
    expect(Number(await page.getByTestId("status-counts").getAttribute("data-total-links"))).toBe(kept.length);
    await expect(page.getByTestId("whatif-links-lost").getAttribute("data-count")).resolves.toBe(String(full.links.length - kept.length));
    await page.getByTestId("whatif-stranded").waitFor();
    expect(Number(await page.getByTestId("whatif-stranded").getAttribute("data-count"))).toBe(impact.stranded.length);
    expect(await page.getByTestId("whatif-impact").getAttribute("data-scope")).toBe("nation");
    expect(await page.getByTestId("whatif-scope").textContent()).toContain("전국");
    expect(await page.getByTestId("whatif-rank-row").count()).toBeGreaterThan(0);
    expect((await layerPixels(page, "flows")).painted).toBeLessThan(flowsBefore);
    expect(await violationsIn(page, "[data-testid=whatif]")).toEqual([]);

    await page.getByTestId("whatif-undo").click();
    await waitForCompanies(page, before.companies);
    expect(await statusCounts(page)).toEqual(before);
    expect(watch.consoleErrors).toEqual([]);
  });

  it("removes a company whose links are not in the bundle: its national links and stranded buyers, in English too, and the panel passes axe", async () => {
    const { page } = await session.open("?lang=en");
    await openSummary(page, made);
    const graph = buildGraph(made.dataset, { positions: new Map() });
    const ego = new Set(made.summary.ego);
    const target = made.summary.companies.find((c) => !ego.has(c.id) && graph.degree(c.id) >= 4 && [...graph.neighbors(c.id)].every((n) => !ego.has(n)))!;
    await page.keyboard.press("/");
    await page.getByTestId("search-input").fill(target.id);
    await page.getByTestId("search-results").locator(`li[data-id="${target.id}"]`).click();
    await page.getByTestId("whatif-remove-company").click();
    const impact = removalImpact(graph, { companies: [target.id], division: null }, "2023");
    await page.getByTestId("whatif-stranded").waitFor();
    expect(Number(await page.getByTestId("whatif-stranded").getAttribute("data-count"))).toBe(impact.stranded.length);
    await expect(page.getByTestId("whatif-links-lost").getAttribute("data-count")).resolves.toBe(String(impact.linksLost.count));
    expect(Number(await page.getByTestId("status-counts").getAttribute("data-total-links"))).toBe(made.dataset.links.length - impact.linksLost.count);
    await page.getByTestId("whatif-partners-note").waitFor();
    expect(await page.getByTestId("whatif-scope").textContent()).toContain("National");
    expect(await violationsIn(page, "[data-testid=whatif]")).toEqual([]);
    // The theme lives in the scenes panel; the analytics panel stays open beside it.
    await page.getByTestId("scenes-toggle").click();
    await page.getByTestId("theme-select").selectOption("dark");
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    await page.getByTestId("scenes-toggle").click();
    await page.getByTestId("whatif").waitFor();
    expect(await violationsIn(page, "[data-testid=whatif]")).toEqual([]);
    expect(await violationsIn(page, "[data-testid=national-resilience]")).toEqual([]);
  });
});
