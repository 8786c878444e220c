// Issue 26: links that open where they should, and getting around the map. One browser test per
// finding, in both languages where the finding shows words.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { companiesFingerprint } from "../../src/graph/build/dataIdentity.ts";
import { DEFAULT_PROVINCE_STYLE } from "../../src/render/layers/provinceLayer.ts";
import { SUPER_REGIONAL_COLOR } from "../../src/style/palette.ts";
import { appSession, setControl, statusCounts, waitForDrawn } from "./browser.ts";
import { violations } from "./axe.ts";
import { fixture, readLocal, SAMPLE_FILES } from "./data.ts";
import { findColor, hex, stagePixels, type Rgb } from "./pixels.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");
const LANGS = ["ko", "en"] as const;

const sample = readLocal(SAMPLE_FILES);
const SAMPLE_FP = companiesFingerprint(sample.companies);
const OTHER_FILES = [fixture("companies.csv"), fixture("links.csv")];
const other = readLocal(OTHER_FILES);
const OTHER_FP = companiesFingerprint(other.companies);
const OTHER_PRODUCTION = other.links.filter((l) => l.type === "production").length;

const hashParam = (page: Page, name: string) => page.evaluate((n) => new URLSearchParams(location.hash.slice(1)).get(n), name);
/** Waits until the address's parameter `name` is `value` (null: absent); `suffix` matches its end only. */
const waitForParam = (page: Page, name: string, value: string | null, suffix = false) =>
  page.waitForFunction(
    ([n, v, end]) => {
      const got = new URLSearchParams(location.hash.slice(1)).get(n as string);
      return v === null ? got === null : end ? (got ?? "").endsWith(v as string) : got === v;
    },
    [name, value, suffix] as const,
    { timeout: 10_000 },
  );

/** A point whose whole neighbourhood (±radius px) is the colour: on a province, well away from any dot, flow or label. */
function clearSpot(png: { data: Uint8Array | Buffer; width: number; height: number }, color: Rgb, radius: number, from = 0): { x: number; y: number } | null {
  const { data, width, height } = png;
  const near = (x: number, y: number) => {
    const i = (y * width + x) * 4;
    return Math.abs(data[i]! - color.r) <= 3 && Math.abs(data[i + 1]! - color.g) <= 3 && Math.abs(data[i + 2]! - color.b) <= 3;
  };
  for (let y = radius + from; y < height - radius; y += 3) {
    for (let x = width - radius - 1; x > width / 3; x -= 3) {
      let all = true;
      for (let dy = -radius; dy <= radius && all; dy += 1) for (let dx = -radius; dx <= radius && all; dx += 1) all = near(x + dx, y + dy);
      if (all) return { x, y };
    }
  }
  return null;
}

describe.skipIf(!chromium)("links and getting around (issue 26) in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  for (const lang of LANGS) {
    it(`${lang}: a link made on other data says so in a fresh browser, leaves the sample alone, and applies once its files are loaded`, async () => {
      const link = `ds=${OTHER_FP}&lt=production&sel=c2&vin=2026-07`;
      ({ page } = await session.open(`?lang=${lang}#${link}`));
      const notice = page.getByTestId("pending-link");
      await notice.waitFor();
      await expect(notice.textContent()).resolves.toMatch(lang === "ko" ? /다른 데이터\(기업 5곳\)로 만들어졌습니다/ : /made for other data \(5 companies\)/);
      // The sample is shown whole: no filter, no company, the default vintage.
      await page.waitForTimeout(600);
      expect((await statusCounts(page)).links).toBe(sample.links.length);
      await expect(page.getByTestId("control-vintage").inputValue()).resolves.toBe("2023");
      expect(await page.getByTestId("company-panel").count()).toBe(0);
      // The link stays in the address, so a reload or a copy still has it.
      expect(await hashParam(page, "ds")).toBe(OTHER_FP);
      expect(await violations(page)).toEqual([]);

      await page.getByTestId("file-input").setInputFiles(OTHER_FILES);
      await waitForDrawn(page, 2);
      await page.getByTestId("company-panel").waitFor();
      await expect(page.getByTestId("control-vintage").inputValue()).resolves.toBe("2026-07");
      expect(await notice.count()).toBe(0);
      // The link's filter: the fixture's production links alone.
      await page.waitForFunction((n) => document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links") === String(n), OTHER_PRODUCTION);
      await waitForParam(page, "lt", "production");
      expect(await hashParam(page, "ds")).toBe(OTHER_FP);
    });
  }

  it("a link pasted into the open tab is followed without a reload", async () => {
    ({ page } = await session.open(`?lang=en`));
    await waitForParam(page, "ds", SAMPLE_FP);
    await page.evaluate((fp) => (location.hash = `ds=${fp}&lang=en&vin=2026-07&div=KR-26&dm=incoming`), SAMPLE_FP);
    await page.getByTestId("division-panel").waitFor();
    await expect(page.getByTestId("division-panel").getAttribute("data-selected")).resolves.toBe("KR-26");
    await expect(page.getByTestId("control-vintage").inputValue()).resolves.toBe("2026-07");
    await expect(page.getByTestId("division-mode-incoming").getAttribute("aria-pressed")).resolves.toBe("true");
    // Back (the browser's history) follows too.
    await page.evaluate((fp) => (location.hash = `ds=${fp}&lang=en&lt=sales`), SAMPLE_FP);
    await page.waitForFunction(() => document.querySelector("[data-testid=division-panel]") === null);
    await expect(page.getByTestId("control-vintage").inputValue()).resolves.toBe("2023");
  });

  it("after a reload the vintage in the address is the one on screen and in the ranking", async () => {
    ({ page } = await session.open(`?lang=en`));
    const ranking = async () => {
      await page.getByTestId("ranking-table").waitFor({ timeout: 60_000 });
      await page.waitForTimeout(300);
      // Ids and scores: the same in either language.
      return page.getByTestId("ranking-table").locator("tbody tr").evaluateAll((rows) => rows.slice(0, 30).map((r) => `${r.getAttribute("data-id")}:${r.children[3]?.textContent}`).join("|"));
    };
    await page.getByTestId("analytics-toggle").click();
    await setControl(page, "vintage", "2026-07");
    const merged = await ranking();
    await setControl(page, "vintage", "2023");
    await waitForParam(page, "vin", null);
    const separate = await ranking();
    // The sample has Gwangju–Jeonnam links: the merged boundaries change the ranking.
    expect(merged).not.toBe(separate);
    await setControl(page, "vintage", "2026-07");
    await waitForParam(page, "vin", "2026-07");
    await page.waitForTimeout(600);

    // A reload of a bare address: the saved view, and the address says so.
    await page.goto(baseUrl);
    await waitForDrawn(page, 1);
    await waitForParam(page, "vin", "2026-07");
    await expect(page.getByTestId("control-vintage").inputValue()).resolves.toBe("2026-07");
    expect(await ranking()).toBe(merged);

    // An address that names a vintage wins over the saved one.
    await page.goto(`${baseUrl}?lang=en#vin=2023&tab=ranking&ds=${SAMPLE_FP}`);
    await page.reload();
    await waitForDrawn(page, 1);
    // The app writes the address once the view is settled: the default vintage goes out of it.
    await waitForParam(page, "vin", null);
    await expect(page.getByTestId("control-vintage").inputValue()).resolves.toBe("2023");
    expect(await ranking()).toBe(separate);
  });

  it("clearing the division takes the division mode out of the address", async () => {
    ({ page } = await session.open(`#div=KR-26&dm=incoming&ds=${SAMPLE_FP}`));
    await page.getByTestId("division-panel").waitFor();
    await waitForParam(page, "dm", "incoming");
    await page.getByTestId("division-clear").click();
    await waitForParam(page, "div", null);
    expect(await hashParam(page, "dm")).toBeNull();
    // The next division starts from every flow again.
    await page.evaluate((fp) => (location.hash = `div=KR-31&ds=${fp}`), SAMPLE_FP);
    await page.getByTestId("division-panel").waitFor();
    await expect(page.getByTestId("division-mode-all").getAttribute("aria-pressed")).resolves.toBe("true");
  });

  for (const lang of LANGS) {
    it(`${lang}: after a search, the whole-country control and the 0 key bring the whole country back`, async () => {
      ({ page } = await session.open(`?lang=${lang}`));
      const home = page.getByTestId("camera-home");
      await expect(home.textContent()).resolves.toBe(lang === "ko" ? "전국 보기" : "Whole country");
      await expect(home.getAttribute("title")).resolves.toMatch(/0.*Home/);
      const search = async () => {
        await page.getByTestId("search-input").fill(sample.companies[3]!.name);
        await page.getByTestId("search-results").locator("li[data-id]").first().click();
        // The flight to the company zooms in: the address carries the camera.
        await waitForParam(page, "cam", ",0.25", true);
      };
      await search();
      await home.click();
      await waitForParam(page, "cam", null);
      await search();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press("0");
      await waitForParam(page, "cam", null);
      // Reached by the keyboard, and clean for axe.
      await home.focus();
      await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("camera-home");
      expect(await violations(page)).toEqual([]);
    });
  }

  it("the whole-graph control frames the force view too", async () => {
    ({ page } = await session.open(`?lang=en`));
    await page.getByTestId("view-force").click();
    await expect(page.getByTestId("camera-home").textContent()).resolves.toBe("Whole graph");
    await page.evaluate((fp) => (location.hash = `ds=${fp}&lang=en&v=force&cam=0.3,0.7,0.2`), SAMPLE_FP);
    await waitForParam(page, "cam", ",0.2", true);
    await page.getByTestId("camera-home").click();
    await waitForParam(page, "cam", null);
  });

  for (const lang of LANGS) {
    it(`${lang}: at the national view a click beside the dots picks the province, a click on a dot the company, and hover says which`, async () => {
      ({ page } = await session.open(`?lang=${lang}`));
      await setControl(page, "node-color", "tier");
      // Dots at their usual size, to aim at by colour (small ones under the flows: flowmap.test.ts).
      await setControl(page, "flow-companies", "shown");
      await page.waitForTimeout(300);
      const box = (await page.locator(".stage").boundingBox())!;
      const png = await stagePixels(page);

      const spot = clearSpot(png, hex(DEFAULT_PROVINCE_STYLE.fill("KR-11")), 7, 150);
      expect(spot).not.toBeNull();
      await page.mouse.move(box.x + spot!.x, box.y + spot!.y);
      const tip = page.getByTestId("division-tooltip");
      await tip.waitFor();
      const division = await tip.getAttribute("data-division");
      await expect(page.getByTestId("pick-division").textContent()).resolves.toBe(lang === "ko" ? "클릭: 이 시도 선택" : "Click: select this division");
      await page.mouse.click(box.x + spot!.x, box.y + spot!.y);
      await page.getByTestId("division-panel").waitFor();
      await expect(page.getByTestId("division-panel").getAttribute("data-selected")).resolves.toBe(division);
      expect(await page.getByTestId("company-panel").count()).toBe(0);
      await page.getByTestId("division-clear").click();

      const dot = await findColor(page, await stagePixels(page), hex(SUPER_REGIONAL_COLOR));
      expect(dot).not.toBeNull();
      await page.mouse.move(dot!.x, dot!.y);
      const pick = page.getByTestId("pick-tooltip");
      await pick.waitFor();
      await expect(pick.getAttribute("data-picks")).resolves.toBe("company");
      const id = await pick.getAttribute("data-id");
      await page.mouse.click(dot!.x, dot!.y);
      await page.getByTestId("company-panel").waitFor();
      await waitForParam(page, "sel", id);
      expect(await page.getByTestId("division-panel").count()).toBe(0);
    });
  }
});
