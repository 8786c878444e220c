// The dark theme, for projectors: it is kept across reloads, axe-core finds no violation in it on
// any panel (light is a11y.test.ts's), and the main texts of each panel, measured from the
// computed styles, reach 4.5:1 against what is under them; control borders, focus rings and
// legend swatch rings 3:1.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { appSession, waitForDrawn } from "./browser.ts";
import { violations } from "./axe.ts";
import { lineContrasts, textContrasts, type Measured } from "./contrast.ts";
import { fixture } from "./data.ts";
import { AA } from "../../src/style/contrast.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");
const LANGS = ["ko", "en"] as const;

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme ?? "");

/** Chooses a theme as a user does: the scenes panel's theme menu. */
async function chooseTheme(page: Page, value: "light" | "dark") {
  await page.getByTestId("scenes-toggle").click();
  await page.getByTestId("theme-select").selectOption(value);
  await page.waitForFunction((v) => document.documentElement.dataset.theme === v, value);
  await page.getByTestId("scenes-toggle").click();
}

/** Goes to `query` in the same page (the same storage), as a reload does. */
async function reopen(page: Page, query: string) {
  await page.goto(`${baseUrl}${query}`);
  await waitForDrawn(page, 1);
}

/** The main texts of each panel, by what a reader looks at. */
const TEXTS = {
  banner: "[data-testid=illustrative-notice]",
  legend: ".legend :is(h2, .legend-toggle, li, .legend-text, .muted, .ramp-labels span)",
  status: ".status, .status span",
  header: ".app-header :is(h1, button)",
  controls: ".stage-left :is(summary, .control span, select, legend, label, button:not(:disabled))",
  division: "[data-testid=division-panel] :is(h2, h3, p, span, button:not(:disabled))",
  matrix: ".flow-matrix :is(h2, p, button), .matrix-label text, .matrix-ticks span",
  table: ".data-table :is(h2, button:not(:disabled), .vt-cell)",
  drawerTabs: ".analytics [role=tab]",
  drawer: ".analytics :is(h2, h3, p, label, summary, table.data th, table.data td, button:not(:disabled))",
  company: "[data-testid=company-panel] :is(h3, h4, dt, dd, li, button:not(:disabled))",
  report: "[data-testid=import-report] :is(h2, p, th, td, button:not(:disabled))",
  scenes: "[data-testid=scenes-panel] :is(h2, label, button:not(:disabled))",
  export: "[data-testid=export-dialog] :is(h2, label, legend, button:not(:disabled))",
  caption: "[data-testid=present-caption] :is(h1, p), .present-nav :is(span, button:not(:disabled))",
};

describe.skipIf(!chromium)("the dark theme in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  for (const lang of LANGS) {
    it(`${lang}: the chosen theme comes back after a reload; a corrupt stored one gives light`, async () => {
      const opened = await session.open(`?lang=${lang}`);
      page = opened.page;
      expect(await theme(page)).toBe("light");
      await chooseTheme(page, "dark");
      await page.reload();
      await waitForDrawn(page, 1);
      expect(await theme(page)).toBe("dark");
      await page.getByTestId("scenes-toggle").click();
      await expect(page.getByTestId("theme-select").inputValue()).resolves.toBe("dark");
      // The page itself is dark, not only the attribute.
      const body = await page.evaluate(() => getComputedStyle(document.querySelector(".app-header")!).backgroundColor);
      expect(body).toBe("rgb(28, 35, 43)");
      // Back to light, which is kept as well.
      await page.getByTestId("theme-select").selectOption("light");
      await page.reload();
      await waitForDrawn(page, 1);
      expect(await theme(page)).toBe("light");
      // Whatever another version or a hand left in storage: light, and no error.
      for (const junk of ["solarized", "{\"theme\":\"dark\"", ""]) {
        await page.evaluate((v) => localStorage.setItem("supply-atlas:theme", v), junk);
        await page.reload();
        await waitForDrawn(page, 1);
        expect(await theme(page), junk).toBe("light");
      }
      expect(opened.watch.consoleErrors).toEqual([]);
    });

    it(`${lang}: every panel in the dark theme has no axe violation, and its texts reach 4.5:1`, async () => {
      ({ page } = await session.open(`?lang=${lang}`));
      await chooseTheme(page, "dark");
      const measured: Record<string, Measured[]> = {};
      const check = async (state: string, groups: (keyof typeof TEXTS)[]) => {
        expect(await theme(page)).toBe("dark");
        expect(await violations(page), state).toEqual([]);
        for (const group of groups) {
          const found = await textContrasts(page, TEXTS[group]);
          // A selector that matched nothing would pass unseen.
          expect(found.length, `${state}: ${group}`).toBeGreaterThan(0);
          (measured[group] ??= []).push(...found);
        }
      };

      // The main screen with the matrix, the filters, a division chosen and an address notice; the theme came back from storage.
      await reopen(page, `?lang=${lang}&mx=1&foo=1&div=KR-26`);
      await page.getByTestId("url-notice").waitFor();
      await page.getByTestId("division-panel").waitFor();
      await page.getByTestId("filters").locator("summary").click();
      await page.getByTestId("facet-tiers").waitFor();
      await page.getByTestId("flow-matrix").waitFor();
      await check("main", ["banner", "legend", "status", "header", "controls", "division", "matrix"]);
      await page.getByTestId("table-toggle").click();
      await page.getByTestId("data-table").waitFor();
      await check("table", ["table"]);

      // The analytics drawer, each tab, then a company.
      await reopen(page, `?lang=${lang}&tab=ranking`);
      await page.getByTestId("ranking-table").waitFor({ timeout: 60_000 });
      await check("ranking", ["drawerTabs", "drawer"]);
      for (const tab of ["division", "resilience", "charts"] as const) {
        await page.getByTestId(`analytics-tab-${tab}`).click();
        await page.locator(`#analytics-tab-${tab}[aria-selected="true"]`).waitFor();
        if (tab === "division") await page.getByTestId("profile-division").selectOption({ index: 1 });
        await check(tab, ["drawerTabs", "drawer"]);
      }
      await page.getByTestId("analytics-tab-ranking").click();
      await page.getByTestId("ranking-table").locator("tbody tr").first().click();
      await page.getByTestId("company-panel").waitFor();
      await check("company", ["company"]);

      // The import report of a load with rejected rows.
      await reopen(page, `?lang=${lang}`);
      await page.getByTestId("file-input").setInputFiles([fixture("companies.csv"), fixture("bad-links.csv")]);
      await page.getByTestId("import-report").waitFor();
      await check("report", ["report"]);
      await page.getByTestId("import-report").locator("button.close").click();

      // The export dialog, then the scenes panel with a scene in it.
      await page.getByTestId("export-open").click();
      await page.getByTestId("export-dialog").waitFor();
      await check("export", ["export"]);
      await page.keyboard.press("Escape");
      await page.getByTestId("export-dialog").waitFor({ state: "detached" });
      await page.getByTestId("scenes-toggle").click();
      await page.getByTestId("scene-name").fill("시도 간 흐름");
      await page.getByTestId("scene-caption").fill("공급 시도 → 수요 시도");
      await page.getByTestId("scene-add").click();
      await page.getByTestId("scene-list").waitFor();
      await check("scenes", ["scenes"]);

      // Presenting: the scene's caption over the map, and the compact legend.
      await page.getByTestId("present-start").click();
      await page.locator(".app[data-presenting=true]").waitFor();
      await page.getByTestId("present-caption").waitFor();
      await check("presenting", ["caption", "legend"]);
      await page.getByTestId("present-exit").click();
      await page.locator(".app[data-presenting=false]").waitFor();

      const faint = Object.values(measured).flat().filter((m) => m.ratio < AA.text);
      expect(faint).toEqual([]);
      if (process.env.SUPPLY_ATLAS_CONTRAST_LOG) {
        for (const [group, all] of Object.entries(measured)) {
          const ratios = all.map((m) => m.ratio);
          console.info(`${lang} ${group}: ${all.length} texts, ${Math.min(...ratios)}–${Math.max(...ratios)}:1`, all.find((m) => m.ratio === Math.min(...ratios))?.what);
        }
      }
    });

    it(`${lang}: in the dark theme control borders, the focus ring and legend swatch rings reach 3:1`, async () => {
      ({ page } = await session.open(`?lang=${lang}&mx=1`));
      await chooseTheme(page, "dark");
      await page.getByTestId("flow-matrix").waitFor();
      // Outlined controls: every bordered button that is not filled (pressed) and every field.
      const borders = await lineContrasts(page, ":is(.app-header, .stage-left, .flow-matrix) :is(button:not(:disabled):not([aria-pressed=true]):not(.close):not(.link):not(.legend-toggle), select, input[type=search], input[type=text])", "border");
      expect(borders.length).toBeGreaterThan(10);
      expect(borders.filter((m) => m.ratio < AA.graphic)).toEqual([]);
      // The legend's swatches: colour by tier, so a pale and a dark swatch are both drawn.
      await page.getByTestId("control-node-color").selectOption("tier");
      const rings = await lineContrasts(page, ".legend .swatch", "outline");
      expect(rings.length).toBeGreaterThan(3);
      expect(rings.filter((m) => m.ratio < AA.graphic)).toEqual([]);
      // The keyboard's focus ring, on a header button and on a field.
      for (const id of ["table-toggle", "search-input"]) {
        await page.getByTestId(id).focus();
        await page.keyboard.press("Shift+Tab");
        await page.keyboard.press("Tab");
        const ring = await lineContrasts(page, `[data-testid=${id}]:focus-visible`, "outline");
        expect(ring, id).toHaveLength(1);
        expect(ring[0]!.ratio, id).toBeGreaterThanOrEqual(AA.graphic);
      }
    });
  }
});
