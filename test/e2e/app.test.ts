import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { DEFAULT_PROVINCE_STYLE } from "../../src/render/layers/provinceLayer.ts";
import { LINK_TYPE_COLORS, SUPER_REGIONAL_COLOR } from "../../src/style/palette.ts";
import { appSession, downloadPath, setControl, statusCounts, waitForDrawn } from "./browser.ts";
import { countColor, countHue, findColor, hex, stagePixels } from "./pixels.ts";
import { layerPixels } from "./layers.ts";
import { fixture, readLocal, SAMPLE_FILES } from "./data.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

const PROVINCE_FILL = hex(DEFAULT_PROVINCE_STYLE.fill("KR-11"));

describe.skipIf(!chromium)("the built app in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  /** Company links (not division flows) and tier colours: what these tests look at. */
  async function freshPage(query = "") {
    const opened = await session.open(query);
    page = opened.page;
    await setControl(page, "level", "companies");
    await setControl(page, "node-color", "tier");
    await page.waitForTimeout(200);
    return opened.watch;
  }

  /** Which of the map's canvases the compositor draws (render/layers/quietLayers.ts hides empty ones). */
  const shownLayers = () =>
    page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLCanvasElement>(".atlas-canvas canvas")].map((c) => [c.className.replace("sigma-", ""), getComputedStyle(c).visibility !== "hidden"])));

  it("opens the sample with its counts, no console errors and no request to another origin", async () => {
    const watch = await freshPage();
    const expected = readLocal(SAMPLE_FILES);
    const counts = await statusCounts(page);
    expect(counts.companies).toBe(expected.companies.length);
    expect(counts.links).toBe(expected.links.length);
    expect(counts.cross).toBe(expected.report.crossProvinceLinks);
    expect(counts.cross).toBeGreaterThan(0);
    await expect(page.getByTestId("illustrative-notice").isVisible()).resolves.toBe(true);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it("draws provinces and coloured cross-province links on the map canvas", async () => {
    await freshPage();
    const png = await stagePixels(page);
    const area = png.width * png.height;
    // Provinces fill a good part of the stage.
    expect(countColor(png, PROVINCE_FILL, 3) / area).toBeGreaterThan(0.04);
    // Each link type of the sample shows up in its own colour.
    for (const type of ["technology", "production", "sales"] as const) {
      expect(countHue(png, hex(LINK_TYPE_COLORS[type])), type).toBeGreaterThan(150);
    }
  });

  it("speaks English with ?lang=en and Korean by default", async () => {
    await freshPage("?lang=en");
    await expect(page.getByTestId("status-counts").textContent()).resolves.toMatch(/companies .* of .* links shown .* cross-province links/);
    await page.getByTestId("lang-toggle").click();
    await expect(page.getByTestId("status-counts").textContent()).resolves.toMatch(/기업 .*연결 .*시도 간 연결/);
  });

  it("selects a company by clicking it, and keeps the selection across force view and back", async () => {
    await freshPage();
    const png = await stagePixels(page);
    const spot = await findColor(page, png, hex(SUPER_REGIONAL_COLOR));
    expect(spot).not.toBeNull();
    await page.mouse.click(spot!.x, spot!.y);
    const panel = page.getByTestId("company-panel");
    await panel.waitFor();
    const name = await panel.locator("h3").textContent();
    expect(name).toBeTruthy();
    await expect(page.getByTestId("partner-share").getAttribute("data-share")).resolves.toMatch(/^\d\.\d{4}$/);

    await page.getByTestId("view-force").click();
    await page.getByTestId("layout-rerun").waitFor({ timeout: 60_000 });
    // The province map is gone in the force view; the selection is not.
    const forcePng = await stagePixels(page);
    expect(countColor(forcePng, PROVINCE_FILL, 3) / (forcePng.width * forcePng.height)).toBeLessThan(0.01);
    await expect(panel.locator("h3").textContent()).resolves.toBe(name);

    await page.getByTestId("view-map").click();
    await page.waitForTimeout(1_500); // the transition back takes about a second
    const mapPng = await stagePixels(page);
    expect(countColor(mapPng, PROVINCE_FILL, 3) / (mapPng.width * mapPng.height)).toBeGreaterThan(0.04);
    await expect(panel.locator("h3").textContent()).resolves.toBe(name);
  });

  it("loads a companies file and a links file chosen together and updates the status line", async () => {
    await freshPage();
    const paths = [fixture("links.csv"), fixture("companies.csv")];
    const expected = readLocal(paths);
    await page.getByTestId("file-input").setInputFiles(paths);
    await waitForDrawn(page, 2);
    const counts = await statusCounts(page);
    expect(counts).toEqual({ companies: expected.companies.length, links: expected.links.length, cross: expected.report.crossProvinceLinks });
    expect(counts.companies).toBe(5);
    // The illustrative-sample notice goes away with the user's own data.
    await expect(page.getByTestId("illustrative-notice").count()).resolves.toBe(0);
    // One bad row: the report opens by itself and names it.
    const report = page.getByTestId("import-report");
    await report.waitFor();
    await expect(report.locator('tr[data-reason="unknown-company"]').getAttribute("data-row")).resolves.toBe("7");
  });

  it("shows the import report with the right rows for a file with bad rows", async () => {
    await freshPage();
    const path = fixture("bad-links.csv");
    const expected = readLocal([path]);
    await page.getByTestId("file-input").setInputFiles([path]);
    await waitForDrawn(page, 2);
    const report = page.getByTestId("import-report");
    await report.waitFor();
    const rows = await report.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => `${(tr as HTMLElement).dataset.row}:${(tr as HTMLElement).dataset.reason}`),
    );
    const reasons = Object.fromEntries(rows.map((r) => r.split(":") as [string, string]));
    expect(reasons["3"]).toBe("unknown-division");
    expect(reasons["4"]).toBe("self-link");
    expect(reasons["5"]).toBe("bad-number");
    expect(reasons["6"]).toBe("bad-year");
    expect(rows).toHaveLength(expected.report.rejected.length + expected.report.warnings.length);
    const counts = await statusCounts(page);
    expect(counts.links).toBe(expected.links.length);
    // The CSV download carries the same rows.
    const download = page.waitForEvent("download");
    await report.getByRole("button", { name: /CSV/ }).click();
    const file = await download;
    const text = readFileSync(await downloadPath(file), "utf8");
    expect(text).toContain("unknown-division");
    expect(text.split("\n").filter((l) => l.trim()).length).toBe(rows.length + 1);
  });

  it("keeps the shown data when a file has nothing valid, and says why", async () => {
    await freshPage();
    const before = await statusCounts(page);
    await page.getByTestId("file-input").setInputFiles([{ name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from("hello,world\n<script>alert(1)</script>,x\n") }]);
    await page.getByTestId("load-error").waitFor();
    await expect(page.getByTestId("load-error").textContent()).resolves.toContain("notes.csv");
    expect(await statusCounts(page)).toEqual(before);
    await expect(page.getByTestId("import-report").isVisible()).resolves.toBe(true);
  });

  it("loads files dropped on the window", async () => {
    await freshPage();
    const companies = readFileSync(fixture("companies.csv"), "utf8");
    const links = readFileSync(fixture("links.csv"), "utf8");
    await page.evaluate(
      ([c, l]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([c!], "companies.csv", { type: "text/csv" }));
        transfer.items.add(new File([l!], "links.csv", { type: "text/csv" }));
        window.dispatchEvent(new DragEvent("dragenter", { dataTransfer: transfer }));
        window.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, cancelable: true }));
      },
      [companies, links],
    );
    await waitForDrawn(page, 2);
    expect((await statusCounts(page)).companies).toBe(5);
  });

  it("at the company level a link-type filter takes the other types' links off the map, and clearing it brings back the same picture", async () => {
    await freshPage();
    await setControl(page, "level", "companies");
    await page.getByTestId("filters").locator("summary").click();
    const typeBox = (type: string) => page.getByTestId("facet-linkTypes").locator(`input[data-value="${type}"]`);
    await typeBox("production").waitFor();
    await page.waitForTimeout(400);
    const sales = hex(LINK_TYPE_COLORS.sales);
    const technology = hex(LINK_TYPE_COLORS.technology);
    const before = await stagePixels(page);
    // The map's pixels only: the filter panel in the left column has blue checkboxes of its own,
    // and it scrolls as the filters are ticked.
    const column = await page.locator(".stage-left").evaluate((el) => Math.ceil(el.getBoundingClientRect().right - el.parentElement!.getBoundingClientRect().left));
    const mapOnly = (png: typeof before) => {
      for (let y = 0; y < png.height; y++) png.data.fill(255, y * png.width * 4, (y * png.width + Math.min(column, png.width)) * 4);
      return png;
    };
    const counts = (png: typeof before) => ({ sales: countHue(mapOnly(png), sales), technology: countHue(mapOnly(png), technology) });
    const shown = counts(before);
    expect(shown.sales).toBeGreaterThan(50);
    const toggle = async (type: string) => {
      const links = await page.getByTestId("status-counts").getAttribute("data-links");
      await typeBox(type).click();
      await page.waitForFunction((b) => document.querySelector("[data-testid=status-counts]")?.getAttribute("data-links") !== b, links);
      await page.waitForTimeout(300);
    };
    // Production only: sales and technology links leave the map.
    await toggle("production");
    const production = counts(await stagePixels(page));
    expect(production.sales).toBeLessThan(shown.sales * 0.5);
    expect(production.technology).toBeLessThan(shown.technology * 0.5);
    // Production and sales: from one filter to another, sigma redraws only the links that change.
    await toggle("sales");
    const both = counts(await stagePixels(page));
    expect(both.sales).toBeGreaterThan(shown.sales * 0.8);
    expect(both.technology).toBeLessThan(shown.technology * 0.5);
    await toggle("sales");
    expect(counts(await stagePixels(page)).sales).toBeLessThan(shown.sales * 0.5);
    // Cleared: every link is back as it was.
    await toggle("production");
    const back = counts(await stagePixels(page));
    expect(Math.abs(back.sales - shown.sales)).toBeLessThanOrEqual(shown.sales * 0.03);
    expect(Math.abs(back.technology - shown.technology)).toBeLessThanOrEqual(Math.max(5, shown.technology * 0.03));
  });

  it("hovering a company keeps its own links and hides the others", async () => {
    await freshPage();
    const before = await stagePixels(page);
    const linkPixels = (png: typeof before) =>
      (["technology", "production", "sales"] as const).reduce((sum, type) => sum + countHue(png, hex(LINK_TYPE_COLORS[type])), 0);
    const spot = await findColor(page, before, hex(SUPER_REGIONAL_COLOR));
    expect(spot).not.toBeNull();
    // Company links on screen: sigma's link layer is composited, its hover layers are not yet.
    expect(await shownLayers()).toMatchObject({ edges: true, hovers: false, hoverNodes: false, edgeLabels: false });
    await page.mouse.move(spot!.x, spot!.y);
    await page.waitForTimeout(400);
    const during = await stagePixels(page);
    const kept = linkPixels(during);
    expect(kept).toBeGreaterThan(50);
    expect(kept).toBeLessThan(linkPixels(before) * 0.5);
    expect(await shownLayers()).toMatchObject({ hovers: true, hoverNodes: true });
    // Off the company, still on the stage (leaving the stage keeps sigma's hover label).
    const stage = (await page.getByTestId("atlas-canvas").boundingBox())!;
    await page.mouse.move(stage.x + 3, stage.y + 3);
    await page.waitForFunction(() => getComputedStyle(document.querySelector("canvas.sigma-hovers")!).visibility === "hidden");
  });

  it("leaves the layers that hold nothing out of the picture", async () => {
    ({ page } = await session.open());
    // The national view: companies (small, under the flows: too small for a name) and division
    // flows; no company link, company name, edge label or hover.
    expect(await shownLayers()).toEqual({
      provinces: true, edges: false, flows: true, edgeLabels: false, nodes: true, labels: false,
      communities: true, hoverFocus: false, hovers: false, hoverNodes: false, mouse: true,
    });
    // Companies as usual at the flows: the bigger ones carry their names.
    await setControl(page, "flow-companies", "shown");
    await page.waitForFunction(() => getComputedStyle(document.querySelector("canvas.sigma-labels")!).visibility !== "hidden");
    await setControl(page, "level", "companies");
    await page.waitForFunction(() => getComputedStyle(document.querySelector("canvas.sigma-edges")!).visibility !== "hidden");
  });

  it("redraws the province and flow layers when the view moves, not on every frame", async () => {
    ({ page } = await session.open());
    const flowFrames = () => page.evaluate(() => performance.getEntriesByName("atlas:flows-frame")[0]?.startTime ?? -1);
    const before = { provinces: await layerPixels(page, "provinces"), flows: await layerPixels(page, "flows"), frame: await flowFrames() };
    expect(before.flows.painted).toBeGreaterThan(0);
    // A colour change redraws the companies; the view, the provinces and the flows stay as they were.
    await setControl(page, "node-color", "tier");
    await page.waitForTimeout(300);
    expect(await flowFrames()).toBe(before.frame);
    // Zoomed in, both layers are drawn again for the new view.
    const stage = (await page.getByTestId("atlas-canvas").boundingBox())!;
    await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((at) => (performance.getEntriesByName("atlas:flows-frame")[0]?.startTime ?? -1) > at, before.frame);
    await page.waitForTimeout(600);
    const after = await layerPixels(page, "provinces");
    expect(after.painted).toBeGreaterThan(before.provinces.painted * 1.2);
  });
});
