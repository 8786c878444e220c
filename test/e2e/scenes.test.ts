// Working with scenes: update one from the view on screen, undo a delete, start the presentation
// at the selected scene; and a presentation that frames the data in the part of the stage the
// caption and the legend leave free.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { appSession, waitForDrawn } from "./browser.ts";
import { violationsIn } from "./axe.ts";
import { AA, contrastRatio } from "../../src/style/contrast.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

const WORDS = {
  ko: { update: "현재 보기로 바꾸기", deleted: (name: string) => `장면 ‘${name}’ 삭제됨 · 되돌리기`, undo: "되돌리기", delete: "삭제" },
  en: { update: "Update from current view", deleted: (name: string) => `Scene ‘${name}’ deleted · Undo`, undo: "Undo", delete: "Delete" },
} as const;
type Lang = keyof typeof WORDS;

const count = (page: Page) => page.getByTestId("scene-list").getAttribute("data-count").then(Number);
const names = (page: Page) => page.getByTestId("scene-show").allTextContents();
const currentRow = (page: Page) => page.locator("[data-testid=scene-item][aria-current=step] [data-testid=scene-show]").textContent();


async function saveScene(page: Page, name: string, caption = "") {
  const before = (await page.getByTestId("scene-list").count()) > 0 ? await count(page) : 0;
  await page.getByTestId("scene-name").fill(name);
  await page.getByTestId("scene-caption").fill(caption);
  await page.getByTestId("scene-add").click();
  await page.waitForFunction((n) => Number(document.querySelector("[data-testid=scene-list]")?.getAttribute("data-count")) === n, before + 1);
}

async function waitMode(page: Page, want: "map" | "force") {
  await page.waitForFunction((w) => (document.querySelector("[data-testid=view-force]")?.getAttribute("aria-pressed") === "true" ? "force" : "map") === w, want);
}

/** The force view with its layout finished and the picture still (the move from the map is animated). */
async function forceSettled(page: Page) {
  await page.getByTestId("view-force").click();
  await page.getByTestId("layout-rerun").waitFor({ timeout: 120_000 });
  await still(page);
}

/** Waits until two screenshots of the stage a moment apart agree: the camera and any fade have ended. */
async function still(page: Page) {
  let last: Buffer | null = null;
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(300);
    const shot = await page.locator(".stage").screenshot();
    if (last && shot.equals(last)) return;
    last = shot;
  }
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function box(page: Page, selector: string): Promise<Box> {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }, selector);
}

/** Where the provinces are drawn: the painted pixels of our own province canvas, in page coordinates. */
async function provincesBox(page: Page): Promise<Box | null> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.sigma-provinces");
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return null;
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let [x0, y0, x1, y1] = [width, height, -1, -1];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (data[(y * width + x) * 4 + 3]! < 100) continue;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
    }
    if (x1 < 0) return null;
    const r = canvas.getBoundingClientRect();
    const k = r.width / canvas.width;
    return { left: r.left + x0 * k, top: r.top + y0 * k, right: r.left + (x1 + 1) * k, bottom: r.top + (y1 + 1) * k };
  });
}

/**
 * Where the force view's companies and links are drawn (WebGL, so read from a screenshot): the
 * caption and the legend are hidden for the picture, so anything drawn under them counts too.
 */
async function drawnBox(page: Page): Promise<Box | null> {
  const sea = await page.evaluate(() => getComputedStyle(document.querySelector(".atlas-canvas")!).backgroundColor);
  const [sr, sg, sb] = sea.match(/\d+/g)!.map(Number) as [number, number, number];
  const hide = (hidden: boolean) =>
    page.evaluate((h) => document.querySelectorAll<HTMLElement>(".present-overlay, .stage-left").forEach((el) => (el.style.visibility = h ? "hidden" : "")), hidden);
  await hide(true);
  const png = PNG.sync.read(await page.screenshot());
  await hide(false);
  let [x0, y0, x1, y1] = [png.width, png.height, -1, -1];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.data[i]! - sr) + Math.abs(png.data[i + 1]! - sg) + Math.abs(png.data[i + 2]! - sb) < 40) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  }
  return x1 < 0 ? null : { left: x0, top: y0, right: x1 + 1, bottom: y1 + 1 };
}

describe.skipIf(!chromium)("scenes in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  for (const lang of ["ko", "en"] as Lang[]) {
    const w = WORDS[lang];

    it(`${lang}: a scene takes the current view from the keyboard, keeping its name and caption; the link carries the update`, async () => {
      const { page, watch } = await session.open(lang === "en" ? "?lang=en" : "");
      await page.getByTestId("scenes-toggle").click();
      await saveScene(page, "전국", "모든 연결");
      await saveScene(page, "둘째");
      await forceSettled(page);
      const update = page.getByRole("button", { name: `${w.update}: 전국`, exact: true });
      await update.focus();
      await page.keyboard.press("Enter");
      await expect(page.getByTestId("scene-notice").textContent()).resolves.toContain("전국");
      expect(await names(page)).toEqual(["1. 전국", "2. 둘째"]);
      await expect(page.getByTestId("scene-show").first().getAttribute("title")).resolves.toBe("모든 연결");
      // It is the current scene now, and showing the other scene then it again brings the force view back.
      await expect(currentRow(page)).resolves.toBe("1. 전국");
      await page.getByTestId("scene-show").nth(1).click();
      await waitMode(page, "map");
      await page.getByTestId("scene-show").first().click();
      await waitMode(page, "force");
      // The edit form still edits name and caption, and the updated view stays.
      await page.getByTestId("scene-edit").first().click();
      await page.getByTestId("scene-edit-name").fill("관계도");
      await page.getByTestId("scene-edit-save").click();
      expect(await names(page)).toEqual(["1. 관계도", "2. 둘째"]);

      // The share link carries the updated scene: opened elsewhere, scene 1 is the force view.
      await page.waitForFunction(() => {
        const text = new URLSearchParams(location.hash.slice(1)).get("scenes");
        if (!text) return false;
        const bytes = Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
        const scenes = JSON.parse(new TextDecoder().decode(bytes)) as unknown[][];
        return scenes[0]?.[0] === "관계도";
      });
      const link = new URL(page.url()).hash;
      expect(watch.consoleErrors).toEqual([]);
      const other = await session.open(link);
      await other.page.getByTestId("scenes-toggle").click();
      await other.page.getByTestId("scene-show").nth(1).click();
      await waitMode(other.page, "map");
      await other.page.getByTestId("scene-show").first().click();
      await waitMode(other.page, "force");
      expect(await names(other.page)).toEqual(["1. 관계도", "2. 둘째"]);
    });

    it(`${lang}: a delete can be undone (button or Ctrl+Z) back to its place, with the current scene kept; the panel stays axe-clean`, async () => {
      const { page } = await session.open(lang === "en" ? "?lang=en" : "");
      await page.getByTestId("scenes-toggle").click();
      for (const name of ["가", "나", "다"]) await saveScene(page, name);
      await page.getByTestId("scene-show").nth(1).click();
      await expect(currentRow(page)).resolves.toBe("2. 나");

      // Deleting the first scene: the notice says which, focus waits on Undo, the current scene moves up.
      await page.getByRole("button", { name: `${w.delete}: 가`, exact: true }).focus();
      await page.keyboard.press("Enter");
      const notice = page.getByTestId("scene-notice");
      await expect(notice.getAttribute("role")).resolves.toBe("status");
      await expect(notice.textContent()).resolves.toBe(w.deleted("가"));
      expect(await names(page)).toEqual(["1. 나", "2. 다"]);
      await expect(currentRow(page)).resolves.toBe("1. 나");
      await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "scene-undo");
      expect(await violationsIn(page, "[data-testid=scenes-panel]")).toEqual([]);
      await page.keyboard.press("Control+z");
      expect(await names(page)).toEqual(["1. 가", "2. 나", "3. 다"]);
      await expect(currentRow(page)).resolves.toBe("2. 나");
      await expect(notice.textContent()).resolves.toBe("");
      // Focus is back on the scene that came back.
      await page.waitForFunction(() => document.activeElement?.textContent === "1. 가");

      // The last scene, with the Undo button.
      await page.getByTestId("scene-delete").last().click();
      expect(await names(page)).toEqual(["1. 가", "2. 나"]);
      await page.getByRole("button", { name: w.undo, exact: true }).click();
      expect(await names(page)).toEqual(["1. 가", "2. 나", "3. 다"]);

      // Another change to the list ends the undo; so does closing the panel.
      await page.getByTestId("scene-delete").first().click();
      await expect(notice.textContent()).resolves.toBe(w.deleted("가"));
      await page.getByTestId("scene-down").first().click();
      await expect(notice.textContent()).resolves.toBe("");
      await page.getByTestId("scene-delete").first().click();
      await expect(notice.textContent()).resolves.not.toBe("");
      await page.getByTestId("scenes-toggle").click();
      await page.getByTestId("scenes-toggle").click();
      await expect(page.getByTestId("scene-notice").textContent()).resolves.toBe("");
      await page.getByTestId("scene-show").first().focus();
      await page.keyboard.press("Control+z");
      expect(await count(page)).toBe(1);
      expect(await violationsIn(page, "[data-testid=scenes-panel]")).toEqual([]);
    });

    it(`${lang}: the presentation starts at the scene marked current, at the row with focus, else at scene 1`, async () => {
      const { page } = await session.open(lang === "en" ? "?lang=en" : "");
      const caption = () => page.getByTestId("present-caption").locator("h1").textContent();
      const position = () => page.getByTestId("present-position").textContent();
      await page.getByTestId("scenes-toggle").click();
      for (const name of ["하나", "둘", "셋"]) await saveScene(page, name);
      await page.getByTestId("scene-show").nth(1).click();
      await expect(currentRow(page)).resolves.toBe("2. 둘");
      await page.getByTestId("present-start").click();
      await page.locator(".app[data-presenting=true]").waitFor();
      await expect(caption()).resolves.toBe("둘");
      await expect(position()).resolves.toBe("2 / 3");
      await page.keyboard.press("Escape");
      await page.locator(".app[data-presenting=false]").waitFor();

      // A row with focus wins over the current scene.
      await page.getByTestId("scenes-toggle").click();
      await expect(currentRow(page)).resolves.toBe("2. 둘");
      await page.getByTestId("scene-show").nth(2).focus();
      await page.getByTestId("present-start").click();
      await page.locator(".app[data-presenting=true]").waitFor();
      await expect(caption()).resolves.toBe("셋");
      await expect(position()).resolves.toBe("3 / 3");
      await page.keyboard.press("Escape");
      await page.locator(".app[data-presenting=false]").waitFor();

      // Nothing selected (the scenes came with a link): scene 1, from the header's button. The
      // address follows the list once the page has a moment; on a busy machine that can be after
      // the presentation, so wait for the third scene in it (base64url JSON), not for any list.
      await page.waitForFunction(() => {
        const value = new URLSearchParams(location.hash.slice(1)).get("scenes");
        if (!value) return false;
        const bytes = Uint8Array.from(atob(value.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
        return new TextDecoder().decode(bytes).includes("셋");
      });
      const other = await session.open(new URL(page.url()).hash);
      await other.page.getByTestId("present-enter").click();
      await other.page.locator(".app[data-presenting=true]").waitFor();
      await expect(other.page.getByTestId("present-caption").locator("h1").textContent()).resolves.toBe("하나");
      await expect(other.page.getByTestId("present-position").textContent()).resolves.toBe("1 / 3");
    });
  }

  for (const [lang, width, height] of [["ko", 1280, 720], ["en", 1920, 1080], ["en", 1280, 720], ["ko", 1920, 1080]] as const) {
    it(`${lang} ${width}×${height}: presenting frames the map and the force layout clear of the caption and the legend`, async () => {
      const { page } = await session.open(lang === "en" ? "?lang=en" : "");
      await page.setViewportSize({ width, height });
      await waitForDrawn(page, 1);
      await page.getByTestId("scenes-toggle").click();
      await saveScene(page, "시도 간 공급 흐름", "한 시도의 기업이 다른 시도의 기업에 공급하는 연결, 시도별로 모아서 보여 줍니다");
      await page.getByTestId("scenes-toggle").click();
      await forceSettled(page);
      await page.getByTestId("scenes-toggle").click();
      await saveScene(page, "관계도", "거래가 많은 기업끼리 모입니다");
      await page.getByTestId("scene-show").first().focus();
      await page.getByTestId("present-start").click();
      await page.locator(".app[data-presenting=true]").waitFor();
      await waitMode(page, "map");
      await still(page);

      const measure = async (drawn: Box | null) => {
        expect(drawn).not.toBeNull();
        const stage = await box(page, ".stage");
        const caption = await box(page, "[data-testid=present-caption]");
        const nav = await box(page, ".present-nav");
        const legend = await box(page, "[data-testid=legend]");
        // Presenting the sample, the room is told its links are made up, under the controls.
        const sample = await box(page, "[data-testid=present-illustrative]");
        for (const cover of [caption, nav, legend, sample]) expect(overlaps(drawn!, cover)).toBe(false);
        // The part of the stage they leave: right of the legend, above the caption and the controls.
        const free = { left: legend.right, top: stage.top, right: stage.right, bottom: Math.min(caption.top, nav.top, sample.top) };
        const fill = Math.max((drawn!.bottom - drawn!.top) / (free.bottom - free.top), (drawn!.right - drawn!.left) / (free.right - free.left));
        expect(fill).toBeGreaterThanOrEqual(0.6);
        return { drawn: drawn!, fill: Math.round(fill * 100) / 100, free };
      };
      const map = await measure(await provincesBox(page));
      await page.keyboard.press("ArrowRight");
      await waitMode(page, "force");
      await still(page);
      const force = await measure(await drawnBox(page));
      console.info(`scenes.test framing ${lang} ${width}×${height}: map ${JSON.stringify(map)} force ${JSON.stringify(force)}`);
    });
  }

  for (const lang of ["ko", "en"] as Lang[]) {
    it(`${lang}: the sample's notice is in the status line, not over the force layout, and reads in both themes`, async () => {
      const { page } = await session.open(lang === "en" ? "?lang=en" : "");
      await page.setViewportSize({ width: 1280, height: 720 });
      await forceSettled(page);
      const notice = page.getByTestId("illustrative-notice");
      await expect(notice.isVisible()).resolves.toBe(true);
      expect(await notice.evaluate((el) => el.closest("footer") !== null)).toBe(true);
      expect(overlaps(await box(page, "[data-testid=illustrative-notice]"), await box(page, ".atlas-canvas"))).toBe(false);
      const contrast = async () => {
        const [fore, back] = await notice.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
        return contrastRatio(fore!, back!);
      };
      expect(await contrast()).toBeGreaterThanOrEqual(AA.text);
      await page.getByTestId("scenes-toggle").click();
      await page.getByTestId("theme-select").selectOption("dark");
      await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
      expect(await contrast()).toBeGreaterThanOrEqual(AA.text);
    });
  }
});
