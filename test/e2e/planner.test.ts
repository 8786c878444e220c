// A planner's screen at a laptop's size: one scroll pane on the left and nothing sideways, words
// with hints where a term is technical, and a division profile that answers "how much comes from
// where" in exact figures, in both languages.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { appSession } from "./browser.ts";
import { violations } from "./axe.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");
const LANGS = ["ko", "en"] as const;

/** Elements of the left column that scroll, each as [axis, class]. */
function scrollers(page: Page) {
  return page.evaluate(() => {
    const out: [string, string][] = [];
    for (const el of document.querySelectorAll<HTMLElement>(".stage-left, .stage-left *")) {
      const cs = getComputedStyle(el);
      const scrollsY = (cs.overflowY === "auto" || cs.overflowY === "scroll") && el.scrollHeight > el.clientHeight + 1;
      if (scrollsY) out.push(["y", el.className]);
      if (el.scrollWidth > el.clientWidth + 1 && cs.overflowX !== "visible" && cs.overflowX !== "hidden") out.push(["x", el.className]);
      if (el !== document.querySelector(".stage-left") && el.getBoundingClientRect().right > document.querySelector(".stage-left")!.getBoundingClientRect().right + 1) {
        out.push(["wider", el.tagName + "." + el.className]);
      }
    }
    return out;
  });
}

describe.skipIf(!chromium)("a planner's screen", () => {
  const session = appSession(chromium, baseUrl);
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  for (const lang of LANGS) {
    it(`${lang}: at 1440×900 and 1280×720 the left column is one scroll pane, never wider than itself`, async () => {
      const { page } = await session.open(`?lang=${lang}`);
      await page.getByTestId("filters").locator("summary").click();
      await page.getByTestId("facet-tiers").waitFor();
      for (const [width, height] of [[1440, 900], [1280, 720]] as const) {
        await page.setViewportSize({ width, height });
        await page.waitForTimeout(200);
        const found = await scrollers(page);
        // The column scrolls as a whole; the legend, pinned at its foot, may scroll its own body.
        expect(found.filter(([, cls]) => !/^stage-left$|legend-body/.test(cls))).toEqual([]);
        expect(found.some(([axis, cls]) => axis === "y" && cls === "stage-left")).toBe(true);
      }
    });

    it(`${lang}: the force view and communities say what they are`, async () => {
      const { page } = await session.open(`?lang=${lang}`);
      const hint = await page.getByTestId("view-force").getAttribute("title");
      expect(hint).toMatch(lang === "ko" ? /연결된 기업끼리 가까이/ : /linked to/);
      await expect(page.getByTestId("community-hint").count()).resolves.toBe(0);
      await page.getByTestId("control-node-color").selectOption("community");
      const text = await page.getByTestId("community-hint").textContent();
      expect(text).toMatch(lang === "ko" ? /서로 거래가 많고/ : /trade much among themselves/);
      expect(await violations(page)).toEqual([]);
    });

    it(`${lang}: the division profile gives exact counts and amounts with shares that add up`, async () => {
      const { page } = await session.open(`?lang=${lang}&tab=division`);
      await page.getByTestId("profile-division").selectOption("KR-48");
      const table = page.getByTestId("profile-partners-in");
      await table.waitFor();
      const rows = await table.locator("tbody tr").evaluateAll((trs) =>
        trs.map((tr) => ({ count: Number(tr.getAttribute("data-count")), share: Number(tr.getAttribute("data-count-share")), text: tr.textContent ?? "" })),
      );
      expect(rows.length).toBeGreaterThan(0);
      // Largest first, the count printed exactly, the share with one decimal.
      for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.count).toBeGreaterThanOrEqual(rows[i]!.count);
      const total = Math.round(rows[0]!.count / rows[0]!.share);
      expect(rows[0]!.text).toContain(`${rows[0]!.count}`);
      expect(rows[0]!.text).toMatch(/\(\d+\.\d%\)/);
      // Every partner listed: the shares of the whole list add up to the whole inflow.
      const more = page.getByTestId("division-profile").locator("button[aria-expanded]").first();
      if ((await more.count()) > 0 && (await more.getAttribute("aria-expanded")) === "false") await more.click();
      const all = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("data-count"))));
      expect(all.reduce((a, b) => a + b, 0)).toBe(total);
      // The capital region's share, from and to, in one line each (경남 is outside it).
      const capitalIn = page.getByTestId("profile-capital-in");
      expect(await capitalIn.textContent()).toMatch(lang === "ko" ? /수도권/ : /capital region/);
      expect(await violations(page)).toEqual([]);
    });
  }
});
