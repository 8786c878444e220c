// Any graph in: a GEXF without divisions (shaped like Gephi Lite's samples) loads whole, opens
// in the force view with a notice that its companies are not on the map, works there (search,
// metrics, communities, export), and the notice's mapping dialog puts them on the map.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { appSession, downloadPath, selectCompany, statusCounts, waitForDrawn } from "./browser.ts";
import { violationsIn } from "./axe.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");
const GEXF = new URL("../fixtures/gephi/dynamic-1.3.gexf", import.meta.url).pathname;

const WORDS = {
  ko: { notice: "5개 기업은 시도가 없어 지도에 없습니다.", after: "1개 기업은 시도가 없어 지도에 없습니다.", open: "시도 열 지정하기" },
  en: { notice: "5 companies have no division and are not on the map.", after: "1 company has no division and is not on the map.", open: "Choose the division column" },
} as const;

/** The theme control lives in the scenes panel: opened for the change, closed after. */
async function setTheme(page: Page, theme: "light" | "dark"): Promise<void> {
  await page.getByTestId("scenes-toggle").click();
  await page.getByTestId("theme-select").selectOption(theme);
  await page.getByTestId("scenes-toggle").click();
}

const isForce = (page: Page) => page.getByTestId("view-force").getAttribute("aria-pressed").then((v) => v === "true");

/** axe on a part of the page in the light, then the dark theme (the dark one stays). */
async function axeBothThemes(page: Page, selector: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const theme of ["light", "dark"] as const) {
    await setTheme(page, theme);
    out[theme] = await violationsIn(page, selector);
  }
  return out;
}

/** Whether every probe point of the window hits the dialog or its backdrop (nothing of the app behind). */
async function coveredEverywhere(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const misses: string[] = [];
    const [w, h] = [window.innerWidth, window.innerHeight];
    for (const fx of [0.01, 0.25, 0.5, 0.75, 0.99]) {
      for (const fy of [0.01, 0.5, 0.99]) {
        const el = document.elementFromPoint(w * fx, h * fy);
        if (!el?.closest(".dialog-backdrop")) misses.push(`${Math.round(w * fx)},${Math.round(h * fy)}: ${el?.className || el?.tagName}`);
      }
    }
    return misses;
  });
}

describe.skipIf(!chromium)("a graph without divisions, in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  for (const lang of ["ko", "en"] as const) {
    it(`${lang}: loads in the force view with the notice, works there, and the mapping dialog puts it on the map`, async () => {
      const { page, watch } = await session.open(lang === "en" ? "?lang=en" : "");
      await page.getByTestId("file-input").setInputFiles(GEXF);
      await waitForDrawn(page, 2);
      // The report opens on the undirected warning; the notice stays after it is closed.
      await page.keyboard.press("Escape");
      const notice = page.getByTestId("unplaced-notice");
      await notice.waitFor();
      expect(await notice.getAttribute("data-count")).toBe("5");
      await expect(notice.textContent()).resolves.toContain(WORDS[lang].notice);
      expect(await statusCounts(page)).toMatchObject({ companies: 5, links: 6, cross: 0 });
      expect(await isForce(page)).toBe(true);
      expect(await axeBothThemes(page, "[data-testid=unplaced-notice]")).toEqual({ light: [], dark: [] });

      // Search finds a node by its label.
      await selectCompany(page, "Busan Steel");
      await expect(page.getByTestId("company-panel").locator("h3").textContent()).resolves.toBe("Busan Steel");
      await page.keyboard.press("Escape");

      // Metrics and communities run on it.
      await page.getByTestId("analytics-toggle").click();
      await page.getByTestId("metrics-info").waitFor({ timeout: 60_000 });
      expect(await page.getByTestId("ranking-table").locator("tbody tr").count()).toBe(5);
      await page.getByTestId("analytics-toggle").click();
      // Opened coloured by community: by division every company would be the same grey.
      await expect(page.getByTestId("control-node-color").inputValue()).resolves.toBe("community");
      await page.locator("[data-testid=legend-nodes][data-kind=community][data-count]").waitFor({ timeout: 60_000 });
      expect(Number(await page.locator("[data-testid=legend-nodes][data-kind=community]").getAttribute("data-count"))).toBeGreaterThan(0);

      // It exports: every node and edge in the GEXF written.
      await page.getByTestId("snapshot-open").click();
      await page.getByTestId("snapshot-format-gexf").check();
      const download = page.waitForEvent("download", { timeout: 90_000 });
      await page.getByTestId("snapshot-run").click();
      const gexf = readFileSync(await downloadPath(await download), "utf8");
      await page.getByTestId("snapshot-written").waitFor();
      await page.getByTestId("snapshot-dialog").locator("button.close").click();
      expect(gexf.match(/<node /g)).toHaveLength(5);
      expect(gexf.match(/<edge /g)).toHaveLength(6);
      expect(gexf).toContain("Hanbit Precision");

      // The notice opens the mapping dialog on the file's node attributes.
      await expect(notice.getByRole("button").textContent()).resolves.toBe(WORDS[lang].open);
      await notice.getByRole("button").click();
      const dialog = page.getByTestId("mapping-dialog");
      await dialog.waitFor();
      await page.waitForFunction(() => document.querySelector("[data-testid=mapping-counts]")?.getAttribute("data-working") === "false");
      // Its backdrop covers the whole app: nothing behind it takes a click.
      expect(await coveredEverywhere(page)).toEqual([]);
      // Tab and Shift+Tab stay inside the dialog.
      for (const key of [...new Array<string>(40).fill("Tab"), ...new Array<string>(40).fill("Shift+Tab")]) {
        await page.keyboard.press(key);
        expect(await page.evaluate(() => !!document.activeElement?.closest("[data-testid=mapping-dialog]")), key).toBe(true);
      }
      // axe in both themes: the theme control is behind the backdrop, so the dialog is closed to switch.
      const dialogViolations: Record<string, string[]> = { dark: await violationsIn(page, "[data-testid=mapping-dialog]") };
      await page.keyboard.press("Escape");
      await expect(dialog.count()).resolves.toBe(0);
      await setTheme(page, "light");
      await notice.getByRole("button").click();
      await page.waitForFunction(() => document.querySelector("[data-testid=mapping-counts]")?.getAttribute("data-working") === "false");
      dialogViolations.light = await violationsIn(page, "[data-testid=mapping-dialog]");
      expect(dialogViolations).toEqual({ light: [], dark: [] });

      await dialog.locator('select[data-header="base"]').selectOption("division");
      await page.waitForFunction(() => document.querySelector("[data-testid=mapping-counts]")?.getAttribute("data-working") === "false");
      await page.getByTestId("mapping-apply").click();
      await waitForDrawn(page, 3);
      // Four of five now have a division: the map is back, and only the fifth is still named.
      await page.waitForFunction(() => document.querySelector("[data-testid=unplaced-notice]")?.getAttribute("data-count") === "1");
      await expect(notice.textContent()).resolves.toContain(WORDS[lang].after);
      expect(await isForce(page)).toBe(false);
      await expect(page.getByTestId("control-node-color").inputValue()).resolves.toBe("division");
      expect(await statusCounts(page)).toMatchObject({ companies: 5, links: 6, cross: 4 });
      expect(watch.consoleErrors).toEqual([]);
    }, 240_000);
  }

  it("a click beside the mapping dialog closes it and reaches nothing behind", async () => {
    const { page } = await session.open("?lang=en");
    await page.getByTestId("file-input").setInputFiles(GEXF);
    await waitForDrawn(page, 2);
    await page.keyboard.press("Escape");
    await page.getByTestId("unplaced-map").click();
    await page.getByTestId("mapping-dialog").waitFor();
    const before = await isForce(page);
    // Where the map view button is: behind the backdrop, so the click closes the dialog and nothing else.
    const box = (await page.getByTestId("view-map").boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByTestId("mapping-dialog").count()).resolves.toBe(0);
    expect(await isForce(page)).toBe(before);
  });
});
