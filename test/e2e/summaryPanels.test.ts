// Summary mode's panels in the built app answer for the nation or say what they cover: the
// division profile is the full data's, a company outside the ego networks shows its national
// figures (no command line), the filter counts are national, the resilience figures and the
// links drawn say they are the ego networks'. Both languages, both themes, no axe violation.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { appSession } from "./browser.ts";
import { violations, violationsIn } from "./axe.ts";
import { dropSummary } from "./summaryPage.ts";
import { bundleOf, syntheticDataset, type MadeBundle } from "../io/summaryHelpers.ts";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { divisionProfile } from "../../src/graph/profiles/divisionProfile.ts";
import { crossRegionalStats } from "../../src/graph/ranking/crossRegional.ts";
import { rankingLookups } from "../../src/graph/ranking/lookups.ts";
import { scoreCompanies } from "../../src/graph/ranking/score.ts";
import { flowsOfDataset } from "../../src/graph/flows/divisionFlows.ts";
import { filterCounts } from "../../src/graph/filters/counts.ts";
import { NO_FILTER } from "../../src/graph/filters/types.ts";
import { readFilesWithSnapshots } from "../../src/io/read/readFiles.ts";
import { divisionsOf } from "../../src/regions/divisions.ts";
import type { SupplyGraph } from "../../src/graph/types.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

async function chooseTheme(page: Page, value: "light" | "dark") {
  await page.getByTestId("scenes-toggle").click();
  await page.getByTestId("theme-select").selectOption(value);
  await page.waitForFunction((v) => document.documentElement.dataset.theme === v, value);
  await page.getByTestId("scenes-toggle").click();
}

const WORDS = {
  ko: { national: "전국 기준", cannotDraw: "지도에 그릴 수 없습니다", ego: "연결망 안에서만", legend: "표시된 연결" },
  en: { national: "National", cannotDraw: "cannot be drawn on the map", ego: "only within", legend: "Links shown" },
} as const;

describe.skipIf(!chromium)("summary mode's panels in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let made: MadeBundle;
  let fullGraph: SupplyGraph;
  let egoGraph: SupplyGraph;
  beforeAll(async () => {
    // The bundle summary.test.ts opens.
    made = await bundleOf(syntheticDataset(1500, 8000, 5), 5);
    fullGraph = buildGraph(made.dataset, { positions: new Map() });
    egoGraph = buildGraph(readFilesWithSnapshots([{ name: "s.zip", bytes: made.zip }]).dataset, { positions: new Map() });
    await session.start();
  });
  afterAll(() => session.stop());

  /** The division whose profile on the ego networks alone is furthest from the nation's: where a wrong source would show. */
  const telling = () =>
    divisionsOf("2023")
      .map((d) => ({ code: d.code, gap: Math.abs(divisionProfile(fullGraph, d.code, "2023").inflow.count - divisionProfile(egoGraph, d.code, "2023").inflow.count) }))
      .sort((a, b) => b.gap - a.gap)[0]!.code;

  for (const lang of ["ko", "en"] as const) {
    for (const theme of ["light", "dark"] as const) {
      it(`${lang}, ${theme}: profile, outside company, filters, resilience and legend are national or say what they cover`, async () => {
        const words = WORDS[lang];
        const { page, watch } = await session.open(lang === "en" ? "?lang=en" : "");
        if (theme === "dark") await chooseTheme(page, "dark");
        await dropSummary(page, made);

        // A company whose links the bundle does not hold: its national figures, no command line.
        const outside = made.summary.companies.find((c) => !egoGraph.hasNode(c.id) && c.degree > 0)!;
        await page.keyboard.press("/");
        await page.getByTestId("search-input").fill(outside.id);
        await page.getByTestId("search-results").locator(`li[data-id="${outside.id}"]`).click();
        const panel = page.getByTestId("summary-company-panel");
        await panel.getByTestId("summary-company-figures").waitFor();
        const value = async (id: string) => Number(await panel.getByTestId(id).getAttribute("data-value"));
        expect(await value("summary-company-degree")).toBe(outside.degree);
        expect(await value("summary-company-cross-links")).toBe(outside.cross.all.links);
        expect(await value("summary-company-cross-partners")).toBe(outside.cross.all.partners);
        expect(await value("summary-company-partner-divisions")).toBe(outside.partnerDivisions);
        expect(await value("summary-company-amount")).toBe(outside.weightedDegree);
        const ranked = scoreCompanies(crossRegionalStats(fullGraph, "2023"), rankingLookups(fullGraph).tiers, rankingLookups(fullGraph).labels, {});
        expect(Number(await panel.getByTestId("summary-company-rank").getAttribute("data-rank"))).toBe(ranked.find((r) => r.id === outside.id)!.rank);
        expect(await panel.getByTestId("summary-company-note").textContent()).toContain(words.cannotDraw);
        expect(await page.getByTestId("summary-pick").textContent()).toContain(words.cannotDraw);
        expect(await page.locator("body").textContent()).not.toContain("npm run");
        expect(await page.getByTestId("company-panel").count()).toBe(0);
        expect(await violations(page)).toEqual([]);
        await panel.getByRole("button", { name: lang === "ko" ? "닫기" : "Close" }).click();

        // A partner of the top companies is on the map with only its links to them: its panel says so.
        const partner = made.summary.companies.find((c) => egoGraph.hasNode(c.id) && !c.ego && egoGraph.degree(c.id) < c.degree)!;
        await page.keyboard.press("/");
        await page.getByTestId("search-input").fill(partner.id);
        // The click as an event: the list is redrawn while the map flies, and the pointer left over it moves the highlight.
        const hit = page.getByTestId("search-results").locator(`li[data-id="${partner.id}"]`);
        await hit.waitFor();
        await hit.dispatchEvent("click");
        await page.locator(`[data-testid=company-panel] [data-testid=company-links-scope][data-scope="ego"]`).waitFor();
        expect(Number(await page.getByTestId("partner-share").getAttribute("data-partners"))).toBeLessThan(partner.degree);
        expect(await violations(page)).toEqual([]);
        await page.getByTestId("company-panel").getByRole("button", { name: lang === "ko" ? "닫기" : "Close" }).click();

        // The division profile: the nation's partners and its companies from the national table.
        const division = telling();
        const expected = divisionProfile(fullGraph, division, "2023");
        await page.getByTestId("analytics-toggle").click();
        await page.getByTestId("analytics-tab-division").click();
        await page.getByTestId("profile-division").selectOption(division);
        const profile = page.getByTestId("division-profile");
        await profile.locator('[data-testid=profile-companies][data-scope="national"]').waitFor();
        const topIn = profile.getByTestId("profile-partners-in").locator("tbody tr").first();
        expect(await topIn.getAttribute("data-division")).toBe(expected.suppliers[0]!.division);
        expect(Number(await topIn.getAttribute("data-count"))).toBe(expected.suppliers[0]!.count);
        expect(await profile.getByTestId("profile-dependence").getAttribute("data-largest")).toBe(expected.concentration.count!.largest);
        expect(await profile.getByTestId("profile-scope").textContent()).toContain(words.national);
        const firstCompany = profile.getByTestId("profile-companies").locator("tbody tr").first();
        expect(await firstCompany.getAttribute("data-id")).toBe(expected.companies[0]!.id);
        expect(Number(await firstCompany.getAttribute("data-cross-links"))).toBe(expected.companies[0]!.crossLinks);
        expect(Number(await profile.getByTestId("profile-companies-title").getAttribute("data-companies"))).toBe(expected.companies.length);
        expect(await violations(page)).toEqual([]);

        // Resilience: computed on the ego networks, and headed so.
        await page.getByTestId("analytics-tab-resilience").click();
        await page.getByTestId("resilience-scope-note").waitFor();
        expect(await page.getByTestId("resilience-scope-note").textContent()).toContain(words.ego);
        // Sole suppliers are the nation's (the summary worker's national tables), outside the ego-scoped frame.
        await page.getByTestId("national-resilience").getByTestId("sole-suppliers").waitFor();
        expect(await page.getByTestId("resilience-scope").getByTestId("sole-suppliers").count()).toBe(0);
        expect(await violations(page)).toEqual([]);
        await page.getByTestId("analytics-toggle").click();

        // Filters count the nation's links, as the status line does.
        await page.getByTestId("filters").locator("summary").click();
        const kept = page.getByTestId("filters-kept");
        await kept.waitFor();
        const national = flowsOfDataset(made.dataset, "2023");
        expect(await kept.getAttribute("data-scope")).toBe("national");
        expect(Number(await kept.getAttribute("data-total"))).toBe(national.links);
        expect(Number(await page.getByTestId("filter-cross-count").getAttribute("data-count"))).toBe(national.crossLinks);
        await page.getByTestId("filters").locator('[data-testid="facet-linkTypes"] input[data-value="technology"]').check();
        const technology = filterCounts(fullGraph, { ...NO_FILTER, linkTypes: ["technology"] }, "2023").totals.linksKept;
        await page.waitForFunction((n) => document.querySelector("[data-testid=filters-kept]")?.getAttribute("data-kept") === String(n), technology);
        expect(await violations(page)).toEqual([]);
        await page.getByTestId("filters-reset").click();
        await page.getByTestId("filters").locator("summary").click();

        // A data export writes the graph, i.e. the ego networks: its counts are theirs, and it says so.
        await page.getByTestId("snapshot-open").click();
        const view = page.getByTestId("snapshot-scope-view-text");
        await view.waitFor();
        expect(Number(await view.getAttribute("data-links"))).toBe(egoGraph.size);
        expect(Number(await view.getAttribute("data-companies"))).toBe(egoGraph.order);
        await page.getByTestId("snapshot-summary-scope").waitFor();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press("Escape");
        await page.getByTestId("snapshot-dialog").waitFor({ state: "detached" });

        // The links drawn in the force view are the ego networks, and the legend says so.
        await page.getByTestId("view-force").click();
        const note = page.getByTestId("legend-ego-links");
        await note.waitFor();
        expect(await note.textContent()).toContain(words.legend);
        // The legend only: the force layout's progress bar, running meanwhile, is not this change's.
        expect(await violationsIn(page, "[data-testid=legend]")).toEqual([]);
        expect(watch.consoleErrors).toEqual([]);
      }, 180_000);
    }
  }
});
