import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { flowsOfDataset } from "../../src/graph/flows/divisionFlows.ts";
import { COMMUNITY_COLORS } from "../../src/style/palette.ts";
import { appSession, setControl, waitForDrawn } from "./browser.ts";
import { categoryPalette } from "../../src/style/palette.ts";
import { layerPixels } from "./layers.ts";
import { hex, stagePixels } from "./pixels.ts";
import { readLocal, SAMPLE_FILES } from "./data.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

const sample = readLocal(SAMPLE_FILES);
const flows2023 = flowsOfDataset(sample, "2023");

/** Pixels within `tolerance` of the colour, and their centre (stage pixels). */
function colourBlob(png: { data: Uint8Array | Buffer; width: number }, color: string, tolerance = 10) {
  const c = hex(color);
  let n = 0;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i]! - c.r) <= tolerance && Math.abs(png.data[i + 1]! - c.g) <= tolerance && Math.abs(png.data[i + 2]! - c.b) <= tolerance) {
      const p = i / 4;
      n++;
      sx += p % png.width;
      sy += Math.floor(p / png.width);
    }
  }
  return { n, x: n ? sx / n : 0, y: n ? sy / n : 0 };
}

async function communitiesReady(page: Page) {
  await page.locator('[data-testid=legend-nodes][data-kind=community][data-count]').waitFor({ timeout: 60_000 });
  return Number(await page.locator('[data-testid=legend-nodes][data-kind=community]').getAttribute("data-count"));
}

async function forceLayoutDone(page: Page) {
  await page.getByTestId("view-force").click();
  await page.getByTestId("layout-rerun").waitFor({ timeout: 120_000 });
  // The view animates from the map to the finished layout: wait until two pictures agree.
  let last: Buffer | null = null;
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(300);
    const shot = await page.locator(".stage").screenshot();
    if (last && shot.equals(last)) break;
    last = shot;
  }
}

describe.skipIf(!chromium)("cluster maps in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it("colouring by community computes communities on demand and paints each large one in its own colour, in its own place", async () => {
    ({ page } = await session.open());
    await setControl(page, "node-color", "community");
    const count = await communitiesReady(page);
    expect(count).toBeGreaterThanOrEqual(3);
    await forceLayoutDone(page);
    const png = await stagePixels(page);
    const blobs = COMMUNITY_COLORS.slice(0, Math.min(count, 4)).map((color) => colourBlob(png, color));
    for (const blob of blobs) expect(blob.n).toBeGreaterThan(40);
    // The communities sit apart: no two colours share a centre.
    for (let i = 0; i < blobs.length; i++) {
      for (let j = i + 1; j < blobs.length; j++) expect(Math.hypot(blobs[i]!.x - blobs[j]!.x, blobs[i]!.y - blobs[j]!.y)).toBeGreaterThan(15);
    }
    // Halos name the communities on our own layer over sigma's.
    const halos = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>("canvas.sigma-communities");
      const ctx = canvas?.getContext("2d");
      if (!canvas || !ctx) return 0;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 100) painted++;
      return painted;
    });
    expect(halos).toBeGreaterThan(500);
    await expect(page.getByTestId("legend-halos").count()).resolves.toBe(1);
    await expect(page.locator("[data-testid=legend-links][data-kind=community]").count()).resolves.toBe(1);
  });

  it("the national map at default settings draws at most the limit's flows, and the legend says how many of all", async () => {
    ({ page } = await session.open());
    const legend = page.getByTestId("legend-flows");
    const candidates = flows2023.flows.filter((f) => f.count > 0).length;
    expect(Number(await legend.getAttribute("data-candidates"))).toBe(candidates);
    expect(candidates).toBeGreaterThan(20);
    expect(Number(await legend.getAttribute("data-shown"))).toBe(20);
    const limited = await layerPixels(page, "flows");
    await setControl(page, "flow-limit", "all");
    await page.waitForFunction(() => document.querySelector("[data-testid=legend-flows]")?.getAttribute("data-shown") !== "20");
    expect(Number(await legend.getAttribute("data-shown"))).toBe(candidates);
    await page.waitForTimeout(200);
    const all = await layerPixels(page, "flows");
    expect(all.painted).toBeGreaterThan(limited.painted * 1.2);
  });

  it("at 1280×720 the legend is fully in view, and the force view states no choropleth", async () => {
    ({ page } = await session.open());
    await page.setViewportSize({ width: 1280, height: 720 });
    await setControl(page, "choropleth", "outflow");
    await setControl(page, "node-color", "industry");
    await page.getByTestId("legend-choropleth").waitFor();
    const inView = async () => {
      const box = await page.getByTestId("legend").boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
      expect(box!.y + box!.height).toBeLessThanOrEqual(720);
      // Whatever does not fit scrolls inside the legend: its last key can be scrolled to and seen.
      const last = page.getByTestId("legend-body").locator("li").last();
      await last.scrollIntoViewIfNeeded();
      const item = await last.boundingBox();
      expect(item!.y + item!.height).toBeLessThanOrEqual(720);
    };
    await inView();
    await page.getByTestId("view-force").click();
    await page.waitForTimeout(300);
    await expect(page.getByTestId("legend-choropleth").count()).resolves.toBe(0);
    await expect(page.getByTestId("legend-flows").count()).resolves.toBe(0);
    await inView();
  });

  it("the legend keys every division with companies when companies are coloured by division", async () => {
    ({ page } = await session.open());
    const keys = await page.locator("[data-testid=legend-nodes][data-kind=division] li").evaluateAll((els) => els.map((e) => e.getAttribute("data-key")));
    expect(new Set(keys)).toEqual(new Set(sample.companies.map((c) => c.division)));
  });

  it("in English, company labels use name_en where the data has one", async () => {
    const withEnglish = sample.companies.filter((c) => c.nameEn);
    expect(withEnglish.length).toBeGreaterThan(3);
    ({ page } = await session.open("?lang=en"));
    await setControl(page, "level", "companies");
    await page.waitForFunction(() => (document.querySelector<HTMLElement>("[data-labels]")?.dataset.labels ?? "") !== "", undefined, { timeout: 20_000 });
    const labels = await page.evaluate(() => {
      const el = [...document.querySelectorAll<HTMLElement>("[data-labels]")][0];
      return (el?.dataset.labels ?? "").split("\n").filter(Boolean);
    });
    expect(labels.length).toBeGreaterThan(0);
    const english = new Set(withEnglish.map((c) => c.nameEn!));
    const korean = new Set(withEnglish.map((c) => c.name));
    expect(labels.some((l) => english.has(l))).toBe(true);
    expect(labels.filter((l) => korean.has(l))).toEqual([]);
  });

  it("colours companies by a column of the data with few values, and keys each value", async () => {
    ({ page } = await session.open());
    // Twelve companies in three divisions with a size column (대/중/소), linked in a ring.
    const sizes = ["대", "중", "소", "소"];
    const divisions = ["서울", "부산", "대구"];
    const rows = Array.from({ length: 12 }, (_, i) => `c${i},회사${i},${divisions[i % 3]},${sizes[i % 4]}`);
    const links = Array.from({ length: 12 }, (_, i) => `c${i},c${(i + 1) % 12},production`);
    await page.getByTestId("file-input").setInputFiles([
      { name: "companies.csv", mimeType: "text/csv", buffer: Buffer.from(`id,name,division,규모\n${rows.join("\n")}\n`) },
      { name: "links.csv", mimeType: "text/csv", buffer: Buffer.from(`supplier,buyer,type\n${links.join("\n")}\n`) },
    ]);
    await waitForDrawn(page, 2);
    await setControl(page, "level", "companies");
    await setControl(page, "node-color", "attribute");
    await expect(page.getByTestId("control-color-attribute").inputValue()).resolves.toBe("규모");
    const keys = await page.locator("[data-testid=legend-nodes][data-kind=attribute] li[data-key]").evaluateAll((els) => els.map((e) => e.getAttribute("data-key")));
    const palette = categoryPalette(rows.map((r) => r.split(",")[3]));
    expect(keys).toEqual([...palette.keys()]);
    await page.waitForTimeout(300);
    const png = await stagePixels(page);
    for (const color of palette.values()) expect(colourBlob(png, color).n).toBeGreaterThan(10);
  });

  it("sizing companies by PageRank computes it on demand and states three sizes in the legend", async () => {
    // With company links: at the division flows the companies are drawn small whatever the size mode.
    ({ page } = await session.open("?lvl=companies"));
    await setControl(page, "node-size", "pagerank");
    const legend = page.locator("[data-testid=legend-sizes][data-kind=pagerank]");
    await legend.locator(".size-steps li").first().waitFor({ timeout: 60_000 });
    await expect(legend.locator(".size-steps li").count()).resolves.toBe(3);
    const diameters = await legend.locator(".swatch.dot").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(diameters[0]!).toBeGreaterThan(diameters[1]!);
    expect(diameters[1]!).toBeGreaterThan(diameters[2]!);
  });
});
