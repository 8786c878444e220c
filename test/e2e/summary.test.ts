// Summary mode in the built app: a summary bundle (made here from generated data by the one
// bundle writer) is dropped on the page; the map and the status line show the nation's flows,
// search reaches every company, and choosing one shows its ego network or says it is missing.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { appSession } from "./browser.ts";
import { violations } from "./axe.ts";
import { dropSummary } from "./summaryPage.ts";
import { bundleOf, syntheticDataset, type MadeBundle } from "../io/summaryHelpers.ts";
import { flowsOfDataset } from "../../src/graph/flows/divisionFlows.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

/** Distinct partners of a company in the full data: what its ego network must show. */
function partnersOf(made: MadeBundle, id: string): number {
  const ids = new Set<string>();
  for (const l of made.dataset.links) {
    if (l.source === id) ids.add(l.target);
    if (l.target === id) ids.add(l.source);
  }
  return ids.size;
}

async function searchAndChoose(page: Page, query: string, id: string): Promise<void> {
  await page.keyboard.press("/");
  await page.getByTestId("search-input").fill(query);
  await page.getByTestId("search-results").locator(`li[data-id="${id}"]`).click();
}

describe.skipIf(!chromium)("summary bundles in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let made: MadeBundle;
  beforeAll(async () => {
    made = await bundleOf(syntheticDataset(1500, 8000, 5), 5);
    await session.start();
  });
  afterAll(() => session.stop());

  it("shows the nation's flows and says the links are summarised, with the rows behind them", async () => {
    const { page, watch } = await session.open();
    await dropSummary(page, made);
    const counts = page.getByTestId("status-counts");
    const national = flowsOfDataset(made.dataset, "2023");
    expect(Number(await counts.getAttribute("data-companies"))).toBe(made.dataset.companies.length);
    expect(Number(await counts.getAttribute("data-links"))).toBe(national.links);
    expect(Number(await counts.getAttribute("data-cross"))).toBe(national.crossLinks);
    const status = page.getByTestId("summary-status");
    expect(Number(await status.getAttribute("data-links"))).toBe(made.summary.links);
    expect(await status.textContent()).toContain("요약");
    // The flow matrix holds every division pair of the nation, not the ego networks' few.
    expect(watch.consoleErrors).toEqual([]);
  });

  it("searching a company with an ego network selects it and shows all its links, on the map and in the force view", async () => {
    const { page } = await session.open();
    await dropSummary(page, made);
    const id = made.summary.ego[0]!;
    const row = made.summary.companies.find((c) => c.id === id)!;
    await searchAndChoose(page, row.name, id);
    await page.getByTestId("company-panel").waitFor();
    expect(await page.getByTestId("company-panel").locator("h3").textContent()).toBe(row.name);
    expect(Number(await page.getByTestId("partner-share").getAttribute("data-partners"))).toBe(partnersOf(made, id));
    expect(await page.getByTestId("summary-pick").getAttribute("data-in-bundle")).toBe("true");
    // Its network is whole in the bundle: the panel's partner counts are national, and say so.
    expect(await page.getByTestId("company-links-scope").getAttribute("data-scope")).toBe("complete");
    await page.getByTestId("view-force").click();
    await page.waitForFunction(() => location.hash.includes("view=force") || document.querySelector('[data-testid="view-force"][aria-pressed="true"]'));
    expect(await page.getByTestId("company-panel").locator("h3").textContent()).toBe(row.name);
  });

  it("choosing a company without an ego network says its links cannot be drawn and shows its national figures, with no command line", async () => {
    const { page } = await session.open();
    await dropSummary(page, made);
    const outside = made.summary.companies.find((c) => !c.ego && made.summary.ego.every((e) => e !== c.id))!;
    await searchAndChoose(page, outside.id, outside.id);
    const pick = page.getByTestId("summary-pick");
    await pick.waitFor();
    expect(await pick.getAttribute("data-in-bundle")).toBe("false");
    await page.getByTestId("summary-company-figures").waitFor();
    expect(Number(await page.getByTestId("summary-company-degree").getAttribute("data-value"))).toBe(outside.degree);
    expect(await page.locator("body").textContent()).not.toContain("--focus");
    expect(await page.getByTestId("company-panel").count()).toBe(0);
  });

  it("the table lists every company, sorts in the worker and chooses by keyboard", async () => {
    const { page } = await session.open();
    await dropSummary(page, made);
    await page.getByTestId("table-toggle").click();
    const table = page.getByTestId("data-table");
    await table.waitFor();
    expect(Number(await page.getByTestId("data-table-count").getAttribute("data-count"))).toBe(made.dataset.companies.length);
    // The file's order is the ranking's: the first row is the best-scored company.
    await table.locator(".vt-row").first().waitFor();
    expect(await table.locator(".vt-row").first().getAttribute("data-id")).toBe(made.summary.companies[0]!.id);
    // Most links first after a click on its header.
    await table.locator('[role=columnheader][data-key="degree"] button').click();
    const most = Math.max(...made.summary.companies.map((c) => c.degree));
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid=data-table] .vt-row [role=gridcell]:nth-child(7)')?.textContent?.replace(/\D/g, "") === String(n),
      most,
    );
    await table.getByRole("grid").focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    await page.getByTestId("summary-pick").waitFor();
  });

  it.each(["ko", "en"])("summary mode's status, table and ranking have no accessibility violation (%s)", async (lang) => {
    const { page } = await session.open(lang === "en" ? "?lang=en" : "");
    await dropSummary(page, made);
    await searchAndChoose(page, made.summary.companies[5]!.id, made.summary.companies[5]!.id);
    await page.getByTestId("summary-pick").waitFor();
    await page.getByTestId("table-toggle").click();
    await page.getByTestId("data-table").locator(".vt-row").first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByTestId("table-toggle").click();
    await page.getByTestId("analytics-toggle").click();
    await page.getByTestId("summary-ranking").waitFor({ timeout: 60_000 });
    expect(Number(await page.getByTestId("summary-ranking").getAttribute("data-companies"))).toBe(made.dataset.companies.length);
    expect(await violations(page)).toEqual([]);
  });
});
