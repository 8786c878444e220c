// A national flow map that reads at a glance (issue 23): at the division-flow level companies are
// drawn small under the flows by default, or hidden, or as elsewhere; the setting is in the
// controls, in the address and in both languages. And the link colour control says what is drawn
// when communities colour the links.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import type { PNG } from "pngjs";
import { syntheticNetwork } from "../../scripts/lib/synthetic.ts";
import { appSession, setControl, waitForDrawn } from "./browser.ts";
import { violations } from "./axe.ts";
import { stagePixels } from "./pixels.ts";
import { AA, contrastRatio } from "../../src/style/contrast.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");
const LANGS = ["ko", "en"] as const;

/** A generated network as the two CSV files a user would choose; returns their paths. */
function writeNetwork(companies: number, links: number, seed: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), "atlas-flowmap-"));
  const net = syntheticNetwork({ companies, links, seed });
  const paths = [join(dir, "companies.csv"), join(dir, "links.csv")];
  writeFileSync(paths[0]!, net.companiesCsv);
  writeFileSync(paths[1]!, net.linksCsv);
  return paths;
}
const NETWORK = writeNetwork(2_000, 10_000, 23);

const WORDS = {
  ko: { label: "기업 표시", options: ["보통", "작게 (흐름 아래)", "숨김"], idle: "시도 간 흐름을 볼 때 적용됩니다.", community: "커뮤니티 안 / 사이" },
  en: { label: "Companies", options: ["Normal", "Small, under the flows", "Hidden"], idle: "Applies while division flows are shown.", community: "Inside / between communities" },
};

/** Two frames and a moment: sigma's redraw and the layers after it. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(300);
}

/** The stage as drawn, or with one layer left out (made transparent, so nothing redraws). */
async function shot(page: Page, without?: "flows" | "nodes"): Promise<PNG> {
  if (without) await page.evaluate((layer) => void (document.querySelector<HTMLCanvasElement>(`canvas.sigma-${layer}`)!.style.opacity = "0"), without);
  const png = await stagePixels(page);
  if (without) await page.evaluate((layer) => void (document.querySelector<HTMLCanvasElement>(`canvas.sigma-${layer}`)!.style.opacity = ""), without);
  return png;
}

/** Where two pictures of the stage differ: 1 per pixel whose colour moved by more than a rounding. */
function differ(a: PNG, b: PNG): Uint8Array {
  const out = new Uint8Array(a.width * a.height);
  for (let p = 0; p < out.length; p++) {
    const i = p * 4;
    if (Math.abs(a.data[i]! - b.data[i]!) > 8 || Math.abs(a.data[i + 1]! - b.data[i + 1]!) > 8 || Math.abs(a.data[i + 2]! - b.data[i + 2]!) > 8) out[p] = 1;
  }
  return out;
}
const count = (mask: Uint8Array) => mask.reduce((n, v) => n + v, 0);
const hashParam = (page: Page, name: string) => page.evaluate((n) => new URLSearchParams(location.hash.slice(1)).get(n), name);

/**
 * What the stage shows under one setting: `flows`, the pixels the flow layer changes (a flow
 * under a company dot changes nothing), and `dots`, the pixels sigma's companies change.
 */
async function picture(page: Page) {
  await settle(page);
  const all = await shot(page);
  return { flows: differ(all, await shot(page, "flows")), dots: differ(all, await shot(page, "nodes")) };
}

describe.skipIf(!chromium)("the national flow map in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  for (const lang of LANGS) {
    it(`${lang}: on 2,000 companies sized by PageRank, small companies leave the flows visible where dots covered them, and hidden ones leave no dot`, async () => {
      ({ page } = await session.open(`?lang=${lang}`));
      await page.getByTestId("file-input").setInputFiles(NETWORK);
      await waitForDrawn(page, 2, 120_000);
      const report = page.getByTestId("import-report");
      if (await report.isVisible()) await report.locator("button.close").click();
      await setControl(page, "node-size", "pagerank");
      await page.mouse.move(0, 0);

      // The control, with the flow controls, in the page's language; small by default.
      const control = page.getByTestId("control-flow-companies");
      await expect(control.inputValue()).resolves.toBe("small");
      await expect(control.isDisabled()).resolves.toBe(false);
      await expect(control.locator("xpath=..").locator("span").first().textContent()).resolves.toBe(WORDS[lang].label);
      await expect(control.locator("option").allTextContents()).resolves.toEqual(WORDS[lang].options);
      // Small, the legend keys one small dot whatever the size mode; as usual, PageRank's steps
      // (computed on demand) once they are in.
      await page.locator("[data-testid=legend-sizes][data-kind=small]").waitFor();
      await setControl(page, "flow-companies", "shown");
      await page.locator("[data-testid=legend-sizes][data-kind=pagerank] .size-steps").waitFor({ timeout: 60_000 });
      await setControl(page, "flow-companies", "small");
      await page.locator("[data-testid=legend-sizes][data-kind=small]").waitFor();

      const small = await picture(page);
      await setControl(page, "flow-companies", "shown");
      const shown = await picture(page);
      await setControl(page, "flow-companies", "hidden");
      const hidden = await picture(page);
      // Dots as usual bury most of the flows (measured: about 6,000 of 21,000 flow pixels still show).
      expect(count(small.flows)).toBeGreaterThan(2 * count(shown.flows));
      expect(count(hidden.flows)).toBeGreaterThan(2 * count(shown.flows));
      // Small, the flows show where the dots covered them...
      let uncovered = 0;
      for (let p = 0; p < small.flows.length; p++) if (small.flows[p] && !shown.flows[p] && shown.dots[p]) uncovered++;
      expect(uncovered).toBeGreaterThan(5_000);
      // ...and the companies are still there, smaller; hidden, there is no company dot at all.
      expect(count(small.dots)).toBeGreaterThan(1_000);
      expect(count(small.dots)).toBeLessThan(count(shown.dots) / 3);
      expect(count(hidden.dots)).toBe(0);

      // A small company is still found by the pointer: a dot beside the flows.
      await setControl(page, "flow-companies", "small");
      await settle(page);
      const box = (await page.locator(".stage").boundingBox())!;
      const width = Math.round(box.width);
      const clear = (p: number) => [-1, 0, 1].every((dy) => [-1, 0, 1].every((dx) => small.dots[p + dy * width + dx] && !small.flows[p + dy * width + dx]));
      const dot = small.dots.findIndex((v, p) => v === 1 && p > width && clear(p));
      expect(dot).toBeGreaterThan(0);
      await page.mouse.move(box.x + (dot % width), box.y + Math.floor(dot / width));
      await expect(page.getByTestId("pick-tooltip").getAttribute("data-picks")).resolves.toBe("company");
    }, 240_000);

    it(`${lang}: the setting survives a reload through the address; with company links it rests, saying why, and the controls stay axe-clean`, async () => {
      ({ page } = await session.open(`?lang=${lang}`));
      const control = page.getByTestId("control-flow-companies");
      await expect(control.inputValue()).resolves.toBe("small");
      // The default is left out of the address.
      expect(await hashParam(page, "fco")).toBeNull();
      await setControl(page, "flow-companies", "hidden");
      await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get("fco") === "hidden");
      await page.reload();
      await waitForDrawn(page, 1);
      await expect(control.inputValue()).resolves.toBe("hidden");
      await page.mouse.move(0, 0);
      expect(count((await picture(page)).dots)).toBe(0);
      expect(await violations(page)).toEqual([]);

      // Company links: companies are drawn as always, and the control says so.
      await setControl(page, "level", "companies");
      await expect(control.isDisabled()).resolves.toBe(true);
      const hint = page.getByTestId("flow-companies-hint");
      await expect(hint.textContent()).resolves.toBe(WORDS[lang].idle);
      await expect(control.getAttribute("aria-describedby")).resolves.toBe(await hint.getAttribute("id"));
      expect(count((await picture(page)).dots)).toBeGreaterThan(500);
      expect(await violations(page)).toEqual([]);
      await setControl(page, "level", "auto");
      await expect(control.isDisabled()).resolves.toBe(false);
      await expect(hint.count()).resolves.toBe(0);
    }, 120_000);

    it(`${lang}: coloured by community, the link colour control shows the rule in effect, off, with the reason; the keyboard brings the choice back`, async () => {
      ({ page } = await session.open(`?lang=${lang}`));
      await page.getByTestId("view-force").click();
      await setControl(page, "node-color", "community");
      const edge = page.getByTestId("control-edge-color");
      await expect(edge.isDisabled()).resolves.toBe(true);
      await expect(edge.inputValue()).resolves.toBe("community");
      await expect(edge.locator("option").allTextContents()).resolves.toEqual([WORDS[lang].community]);
      const hint = page.getByTestId("edge-color-hint");
      await expect(hint.isVisible()).resolves.toBe(true);
      await expect(edge.getAttribute("aria-describedby")).resolves.toBe(await hint.getAttribute("id"));
      // Off, it is still read: its words keep the contrast of text.
      const ink = await edge.evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor, getComputedStyle(e).opacity]);
      expect(ink[2]).toBe("1");
      expect(contrastRatio(ink[0]!, ink[1]!)).toBeGreaterThanOrEqual(AA.text);
      expect(await violations(page)).toEqual([]);
      // The stored choice is untouched: another company colour, by keyboard, brings it back.
      expect(await hashParam(page, "ec")).toBeNull();
      await page.getByTestId("control-node-color").focus();
      await page.keyboard.press("ArrowUp");
      await expect(page.getByTestId("control-node-color").inputValue()).resolves.toBe("tier");
      await expect(edge.isDisabled()).resolves.toBe(false);
      await expect(edge.inputValue()).resolves.toBe("linkType");
      await expect(hint.count()).resolves.toBe(0);
    }, 120_000);
  }
});
