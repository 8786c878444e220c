// Presenters: scenes that restore a view, presentation mode, themes, and image export (PNG and
// SVG) of exactly what is on screen.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { DOMParser } from "@xmldom/xmldom";
import { appSession, downloadPath, selectCompany, setControl, statusCounts, waitForDrawn } from "./browser.ts";
import { countColor, hasRsvg, hex, stagePixels } from "./pixels.ts";
import { MAP_THEMES } from "../../src/style/mapTheme.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");
const HOSTILE = ["<script>alert(1)</script>", '" onload="x', "javascript:alert(1)"];
interface Shown {
  links: number;
  companies: number;
  mode: string;
  selected: string | null;
}

async function shown(page: Page): Promise<Shown> {
  const counts = await statusCounts(page);
  const panel = page.getByTestId("company-panel");
  return {
    links: counts.links,
    companies: counts.companies,
    mode: (await page.getByTestId("view-force").getAttribute("aria-pressed")) === "true" ? "force" : "map",
    selected: (await panel.count()) > 0 ? await panel.locator("h3").textContent() : null,
  };
}

/** Waits until the page shows `expected` (the scene's links count, mode and selection). */
async function waitShown(page: Page, expected: Shown) {
  await page.waitForFunction(
    (e) => {
      const counts = document.querySelector("[data-testid=status-counts]");
      const force = document.querySelector("[data-testid=view-force]")?.getAttribute("aria-pressed") === "true";
      const name = document.querySelector("[data-testid=company-panel] h3")?.textContent ?? null;
      return Number(counts?.getAttribute("data-links")) === e.links && (force ? "force" : "map") === e.mode && name === e.selected;
    },
    expected,
  );
  expect(await shown(page)).toEqual(expected);
}

async function saveScene(page: Page, name: string, caption: string) {
  // Not getAttribute on a list that is not there yet: that waits out the whole timeout (30 s).
  const list = page.getByTestId("scene-list");
  const before = (await list.count()) > 0 ? Number(await list.getAttribute("data-count")) : 0;
  await page.getByTestId("scene-name").fill(name);
  await page.getByTestId("scene-caption").fill(caption);
  await page.getByTestId("scene-add").click();
  await page.waitForFunction((n) => Number(document.querySelector("[data-testid=scene-list]")?.getAttribute("data-count")) === n, before + 1);
}

/** Three scenes: the whole map; production links with one company selected; the force layout. */
async function makeThreeScenes(page: Page): Promise<Shown[]> {
  const states: Shown[] = [];
  await page.getByTestId("scenes-toggle").click();
  states.push(await shown(page));
  await saveScene(page, "전국 지도", "모든 연결");
  await page.getByTestId("filters").locator("summary").click();
  await page.getByTestId("facet-linkTypes").locator('input[data-value="production"]').check();
  await selectCompany(page, "다스코");
  await page.waitForFunction((n) => Number(document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links")) < n, states[0]!.links);
  states.push(await shown(page));
  await saveScene(page, "생산 연결", "다스코의 생산 협력");
  await page.getByTestId("view-force").click();
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.querySelector("[data-testid=company-panel]") === null);
  states.push(await shown(page));
  await saveScene(page, "힘 배치", "클러스터");
  expect(states.map((s) => s.mode)).toEqual(["map", "map", "force"]);
  expect(states[1]!.selected).toBe("다스코");
  return states;
}

async function download(page: Page): Promise<{ bytes: Buffer; path: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-download").click()]);
  await page.getByTestId("export-result").waitFor();
  const path = await downloadPath(file);
  return { bytes: readFileSync(path), path };
}

function svgDocument(text: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void (level !== "warning" && errors.push(message)) }).parseFromString(text, "image/svg+xml");
  const elements = Array.from(doc.getElementsByTagName("*"));
  return { doc, elements, errors };
}

describe.skipIf(!chromium)("presenting in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it("steps through three scenes in presentation mode, restoring each; Esc leaves", async () => {
    const opened = await session.open();
    page = opened.page;
    const states = await makeThreeScenes(page);

    // The scene saved last is the current one; the row with focus says where to start instead.
    await page.getByTestId("scene-show").first().focus();
    await page.getByTestId("present-start").click();
    await page.locator(".app[data-presenting=true]").waitFor();
    await expect(page.locator(".app-header").isVisible()).resolves.toBe(false);
    await expect(page.getByTestId("legend").isVisible()).resolves.toBe(true);
    await waitShown(page, states[0]!);
    await expect(page.getByTestId("present-caption").locator("h1").textContent()).resolves.toBe("전국 지도");
    await page.keyboard.press("ArrowRight");
    await waitShown(page, states[1]!);
    await page.keyboard.press("PageDown");
    await waitShown(page, states[2]!);
    await expect(page.getByTestId("present-position").textContent()).resolves.toBe("3 / 3");
    // A clicker's "back" key.
    await page.keyboard.press("PageUp");
    await waitShown(page, states[1]!);
    await page.keyboard.press("ArrowLeft");
    await waitShown(page, states[0]!);
    await page.keyboard.press("Escape");
    await page.locator(".app[data-presenting=false]").waitFor();
    await expect(page.locator(".app-header").isVisible()).resolves.toBe(true);
    expect(await page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    expect(opened.watch.consoleErrors).toEqual([]);
  });

  it("scenes travel in the share link and come back after a reload", async () => {
    ({ page } = await session.open());
    const states = await makeThreeScenes(page);
    // The address is written a moment after each change: wait for the one with all three scenes.
    await page.waitForFunction(() => {
      const text = new URLSearchParams(location.hash.slice(1)).get("scenes");
      if (!text) return false;
      const bytes = Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
      return (JSON.parse(new TextDecoder().decode(bytes)) as unknown[]).length === 3;
    });
    const link = new URL(page.url()).hash;

    const other = await session.open(link);
    await other.page.getByTestId("scenes-toggle").click();
    await other.page.waitForFunction(() => document.querySelector("[data-testid=scene-list]")?.getAttribute("data-count") === "3");
    await other.page.getByTestId("scene-show").nth(1).click();
    await waitShown(other.page, states[1]!);

    // Same browser profile, no link: the scenes come back from this browser's storage.
    page = other.page;
    await page.goto(baseUrl);
    await waitForDrawn(page, 1);
    await page.getByTestId("scenes-toggle").click();
    await page.waitForFunction(() => document.querySelector("[data-testid=scene-list]")?.getAttribute("data-count") === "3");
    await expect(page.getByTestId("scene-show").first().textContent()).resolves.toBe("1. 전국 지도");
    // Reorder, edit and delete from the keyboard.
    await page.getByTestId("scene-down").first().focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("scene-show").first().textContent()).resolves.toBe("1. 생산 연결");
    await page.getByTestId("scene-delete").last().focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("[data-testid=scene-list]")?.getAttribute("data-count") === "2");
  });

  it("exports a PNG at 2× with the legend drawn in it", async () => {
    ({ page } = await session.open());
    await page.getByTestId("export-open").click();
    await page.getByTestId("export-format-png").check();
    await page.getByTestId("export-size").selectOption("2x");
    await page.getByTestId("export-title-text").fill("");
    await page.getByTestId("export-caption-text").fill("");
    await page.getByTestId("export-source").uncheck();
    const { bytes } = await download(page);
    const png = PNG.sync.read(bytes);
    // The map as sigma draws it (its canvases' size in CSS pixels) less what the panel column
    // covers, with the legend's column beside it: all at 2×.
    const drawn = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>(".atlas-canvas canvas")!;
      return [Number.parseFloat(canvas.style.width), Number.parseFloat(canvas.style.height)];
    });
    const result = page.getByTestId("export-result");
    expect(Number(await result.getAttribute("data-width"))).toBe(png.width);
    const [mx, my, mw, mh] = (await result.getAttribute("data-map-box"))!.split(",").map(Number) as [number, number, number, number];
    expect([mx + mw, my, mh]).toEqual([png.width, 0, png.height]);
    expect(mh).toBe(Math.round(drawn[1]! * 2));
    expect(mw).toBeLessThan(Math.round(drawn[0]! * 2));
    expect(mw).toBeGreaterThan(Math.round(drawn[0]! * 2) - 600);
    const [lx, ly, lw, lh] = (await result.getAttribute("data-legend-box"))!.split(",").map(Number) as [number, number, number, number];
    expect(lw).toBeGreaterThan(40);
    // Inside the legend box: swatches and text, not one flat colour.
    let inked = 0;
    for (let y = ly + 4; y < ly + lh - 4; y++) {
      for (let x = lx + 4; x < lx + lw - 4; x++) {
        const i = (y * png.width + x) * 4;
        if (png.data[i]! < 200 || png.data[i + 1]! < 200 || png.data[i + 2]! < 200) inked++;
      }
    }
    expect(inked / (lw * lh)).toBeGreaterThan(0.02);
    // The map itself is in the picture: the provinces' grey fill covers a good part of it.
    expect(countColor(png, hex("#E8ECF0"), 3) / (png.width * png.height)).toBeGreaterThan(0.04);

    // A chosen size with title, caption and source line: exactly 1920×1080.
    await page.getByTestId("export-size").selectOption("hd");
    await page.getByTestId("export-title-text").fill("부산의 공급망");
    await page.getByTestId("export-caption-text").fill("생산 연결");
    await page.getByTestId("export-source").check();
    const hd = PNG.sync.read((await download(page)).bytes);
    expect([hd.width, hd.height]).toEqual([1920, 1080]);
  });

  it("exports an SVG with division names, links, companies and legend; hostile names stay text; rsvg-convert draws it", async () => {
    ({ page } = await session.open());
    const companies = ["id,name,name_en,division,municipality,industry,tier", `h1,${HOSTILE[0]},,서울,,,super-regional`, `h2,"${HOSTILE[1]!.replace(/"/g, '""')}",,부산,,,`, `h3,${HOSTILE[2]},,대구,,,`, "h4,정상기업,,광주,,,"].join("\n");
    const links = ["supplier,buyer,type,weight,year", "h1,h2,production,100,2024", "h2,h3,technology,50,2023", "h3,h4,sales,10,2022", "h4,h1,production,5,2021"].join("\n");
    await page.getByTestId("file-input").setInputFiles([
      { name: "companies.csv", mimeType: "text/csv", buffer: Buffer.from(companies) },
      { name: "links.csv", mimeType: "text/csv", buffer: Buffer.from(links) },
    ]);
    await waitForDrawn(page, 2);
    await setControl(page, "level", "companies");
    await page.getByTestId("export-open").click();
    await page.getByTestId("export-format-svg").check();
    await page.getByTestId("export-title-text").fill(HOSTILE[0]!);
    await page.getByTestId("export-caption-text").fill(HOSTILE[1]!);
    const { bytes, path } = await download(page);
    const text = bytes.toString("utf8");
    const { elements, errors } = svgDocument(text);
    expect(errors).toEqual([]);
    const texts = elements.filter((e) => e.tagName === "text").map((e) => e.textContent);
    expect(texts).toEqual(expect.arrayContaining(["서울", "부산", "대구", "범례", HOSTILE[0], expect.stringContaining(HOSTILE[1]!)]));
    expect(elements.some((e) => e.getAttribute("id") === "legend")).toBe(true);
    expect(elements.filter((e) => e.getAttribute("data-division")).length).toBeGreaterThanOrEqual(17);
    expect(elements.filter((e) => e.tagName === "circle").length).toBeGreaterThanOrEqual(4);
    expect(elements.some((e) => e.getAttribute("id") === "links" && e.getElementsByTagName("path").length >= 4)).toBe(true);
    expect(elements.filter((e) => e.tagName.toLowerCase() === "script")).toEqual([]);
    for (const el of elements) {
      for (let i = 0; i < el.attributes.length; i++) {
        const attr = el.attributes.item(i)!;
        expect(attr.name.toLowerCase()).not.toMatch(/^on/);
        expect(attr.value.toLowerCase()).not.toContain("javascript:");
      }
    }
    expect(elements[0]!.getAttribute("font-family")!.startsWith('"Noto Sans CJK KR"')).toBe(true);

    if (!hasRsvg) {
      if (process.env.SUPPLY_ATLAS_REQUIRE_BROWSER) throw new Error("rsvg-convert is missing (apt-get install librsvg2-bin)");
      console.warn("present.test: rsvg-convert missing; SVG rasterisation not checked");
      return;
    }
    const out = join(mkdtempSync(join(tmpdir(), "atlas-svg-")), "picture.png");
    execFileSync("rsvg-convert", ["-o", out, path]);
    const raster = PNG.sync.read(readFileSync(out));
    expect(raster.width).toBe(Number(elements[0]!.getAttribute("width")));
  });

  it("the scenes panel, the export dialog and the presentation controls are axe-clean", async () => {
    ({ page } = await session.open());
    // Evaluated through the debugging protocol: the app's CSP forbids inline script tags.
    await page.evaluate(readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8"));
    const violations = (selector: string) =>
      page.evaluate(async (sel) => {
        const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run({ include: [[sel]] });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      }, selector);
    await page.getByTestId("scenes-toggle").click();
    await saveScene(page, "전국", "모든 연결");
    expect(await violations("[data-testid=scenes-panel]")).toEqual([]);
    await page.getByTestId("export-open").click();
    expect(await violations("[data-testid=export-dialog]")).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByTestId("present-enter").click();
    await page.getByTestId("present-overlay").waitFor();
    expect(await violations("[data-testid=present-overlay]")).toEqual([]);
  });

  it("the dark theme reaches the map's canvas, and presentation mode is full-page", async () => {
    ({ page } = await session.open());
    await page.getByTestId("scenes-toggle").click();
    await saveScene(page, "시도 간 공급 흐름", "한 시도의 기업이 다른 시도의 기업에 공급하는 연결, 시도별로 모아서");
    await page.getByTestId("theme-select").selectOption("dark");
    await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
    const land = MAP_THEMES.dark.land;
    await page.getByTestId("present-start").click();
    await page.locator(".app[data-presenting=true]").waitFor();
    await page.waitForFunction(() => true);
    const png = await stagePixels(page);
    expect(countColor(png, hex(land), 3) / (png.width * png.height)).toBeGreaterThan(0.04);
    if (process.env.SUPPLY_ATLAS_SCREENSHOT) writeFileSync("docs/presentation.png", await page.screenshot());
    await page.getByTestId("present-exit").click();
    await page.locator(".app[data-presenting=false]").waitFor();
  });
});
