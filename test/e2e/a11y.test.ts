// axe-core on the built app: every panel, in both languages, with no violation of any rule
// axe runs by default (WCAG A/AA and best practices). Also: the keyboard reaches and uses the
// controls, and focus is visible.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { appSession } from "./browser.ts";
import { violations } from "./axe.ts";
import { fixture } from "./data.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");
const LANGS = ["ko", "en"] as const;

describe.skipIf(!chromium)("accessibility in Chromium (axe-core)", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  for (const lang of LANGS) {
    it(`${lang}: the map, the filters, the matrix and the table have no violation`, async () => {
      ({ page } = await session.open(`?lang=${lang}&mx=1&foo=1`));
      // The address notice (an unknown parameter) is on screen too.
      await page.getByTestId("url-notice").waitFor();
      await page.getByTestId("filters").locator("summary").click();
      await page.getByTestId("facet-tiers").waitFor();
      await page.getByTestId("flow-matrix").waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByTestId("table-toggle").click();
      await page.getByTestId("data-table").waitFor();
      expect(await violations(page)).toEqual([]);
      // The search box with its results open (the combobox and its listbox), then with none.
      await page.getByTestId("search-input").fill("테");
      await page.getByTestId("search-results").waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByTestId("search-input").fill("zzzzqqq");
      await page.getByTestId("search-results").waitFor();
      expect(await violations(page)).toEqual([]);
    });

    it(`${lang}: the import report, the what-if result and the force view have no violation`, async () => {
      ({ page } = await session.open(`?lang=${lang}`));
      await page.getByTestId("file-input").setInputFiles([fixture("companies.csv"), fixture("bad-links.csv")]);
      await page.getByTestId("import-report").waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByTestId("import-report").locator("button.close").click();
      ({ page } = await session.open(`?lang=${lang}&tab=resilience`));
      await page.getByTestId("whatif-division").selectOption({ index: 1 });
      await page.getByTestId("whatif-remove-division").click();
      await page.getByTestId("whatif-impact").waitFor();
      expect(await violations(page)).toEqual([]);
      await page.getByTestId("view-force").click();
      await page.getByTestId("layout-rerun").waitFor({ timeout: 120_000 });
      expect(await violations(page)).toEqual([]);
    });

    it(`${lang}: every analytics tab and the company panel have no violation`, async () => {
      ({ page } = await session.open(`?lang=${lang}&tab=ranking`));
      await page.getByTestId("ranking-table").waitFor({ timeout: 60_000 });
      await page.getByTestId("filters").locator("summary").click();
      expect(await violations(page)).toEqual([]);
      for (const tab of ["division", "resilience", "charts"] as const) {
        await page.getByTestId(`analytics-tab-${tab}`).click();
        await page.locator(`#analytics-tab-${tab}[aria-selected="true"]`).waitFor();
        if (tab === "division") await page.getByTestId("profile-division").selectOption({ index: 1 });
        expect(await violations(page), tab).toEqual([]);
      }
      // A company selected from the ranking: the company panel with its controls.
      await page.getByTestId("analytics-tab-ranking").click();
      await page.getByTestId("ranking-table").locator("tbody tr").first().click();
      await page.getByTestId("company-panel").waitFor();
      expect(await violations(page)).toEqual([]);
    });
  }

  it("the analytics tabs work from the keyboard, one tab stop with arrows, and focus is visible", async () => {
    ({ page } = await session.open("?lang=en&tab=ranking"));
    const tabs = page.getByRole("tab");
    await page.getByTestId("analytics-tab-ranking").focus();
    // One tab stop: only the chosen tab is in the tab order.
    expect(await tabs.evaluateAll((all) => all.filter((t) => t.closest(".analytics") && (t as HTMLElement).tabIndex === 0).length)).toBe(1);
    await page.keyboard.press("ArrowRight");
    await page.locator('#analytics-tab-division[aria-selected="true"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("analytics-tab-division");
    await page.getByTestId("profile-division").waitFor();
    await page.keyboard.press("End");
    await page.locator('#analytics-tab-charts[aria-selected="true"]').waitFor();
    // The focused tab draws an outline (keyboard focus is visible).
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");
  });

  it("every control in the header and the filters is reachable with Tab", async () => {
    ({ page } = await session.open("?lang=en"));
    await page.getByTestId("filters").locator("summary").click();
    await page.getByTestId("facet-tiers").waitFor();
    const wanted = ["search-input", "view-force", "table-toggle", "lang-toggle", "filters-reset", "filter-company-role"];
    const reached = new Set<string>();
    await page.locator("body").focus();
    for (let i = 0; i < 200 && reached.size < wanted.length; i++) {
      await page.keyboard.press("Tab");
      const id = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? "");
      if (wanted.includes(id)) reached.add(id);
    }
    expect([...reached].sort()).toEqual([...wanted].sort());
  });
});
