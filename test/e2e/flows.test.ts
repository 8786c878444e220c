import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { flowsOfDataset } from "../../src/graph/flows/divisionFlows.ts";
import { SUPER_REGIONAL_COLOR } from "../../src/style/palette.ts";
import { ALL_TYPES_FLOW_COLOR } from "../../src/render/layers/flowScene.ts";
import { appSession, setControl, statusCounts } from "./browser.ts";
import { layerPixels } from "./layers.ts";
import { findColor, hex, stagePixels } from "./pixels.ts";
import { readLocal, SAMPLE_FILES } from "./data.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

const sample = readLocal(SAMPLE_FILES);
const flows2023 = flowsOfDataset(sample, "2023");
const flows2026 = flowsOfDataset(sample, "2026-07");
const rgb = (color: string): [number, number, number] => {
  const c = hex(color);
  return [c.r, c.g, c.b];
};

describe.skipIf(!chromium)("division flows in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it("draws division flows at the national view, and hovering one tells its true size", async () => {
    ({ page } = await session.open());
    const drawn = await layerPixels(page, "flows", rgb(ALL_TYPES_FLOW_COLOR));
    expect(drawn.matching).toBeGreaterThan(2_000);
    await page.mouse.move(drawn.sample!.x, drawn.sample!.y);
    const tooltip = page.getByTestId("flow-tooltip");
    await tooltip.waitFor();
    const from = await tooltip.getAttribute("data-from");
    const to = await tooltip.getAttribute("data-to");
    const expected = flows2023.flows.find((f) => f.from === from && f.to === to);
    expect(expected).toBeDefined();
    expect(Number(await tooltip.getAttribute("data-value"))).toBe(expected!.count);
  });

  it("forcing the company level hides the flows, forcing divisions brings them back", async () => {
    ({ page } = await session.open());
    await setControl(page, "level", "companies");
    await page.waitForTimeout(200);
    expect((await layerPixels(page, "flows")).painted).toBe(0);
    await setControl(page, "level", "divisions");
    await page.waitForTimeout(200);
    expect((await layerPixels(page, "flows")).painted).toBeGreaterThan(2_000);
  });

  it("the matrix renders every pair and is linked both ways with the map", async () => {
    ({ page } = await session.open());
    await page.getByTestId("matrix-toggle").click();
    const matrix = page.getByTestId("flow-matrix");
    await matrix.waitFor();
    const cells = matrix.locator("[data-from][data-to]");
    expect(await cells.count()).toBe(17 * 17);
    const top = flows2023.flows[0]!;
    const cell = matrix.locator(`[data-from="${top.from}"][data-to="${top.to}"]`).first();
    expect(Number(await cell.getAttribute("data-value"))).toBe(top.count);

    // Matrix -> map: the hovered cell's flow stays solid, every other flow fades.
    const before = await layerPixels(page, "flows", rgb(ALL_TYPES_FLOW_COLOR));
    await cell.hover();
    await page.waitForTimeout(200);
    const during = await layerPixels(page, "flows", rgb(ALL_TYPES_FLOW_COLOR));
    expect(during.matching).toBeGreaterThan(100);
    expect(during.matching).toBeLessThan(before.matching * 0.5);

    // Map -> matrix: hovering a flow marks its cell.
    await page.mouse.move(5, 5);
    // The matrix is wide enough for readable numbers, so it covers part of the map: point at a flow beside it.
    const drawn = await layerPixels(page, "flows", rgb(ALL_TYPES_FLOW_COLOR), 12, "[data-testid=flow-matrix]");
    await page.mouse.move(drawn.sample!.x, drawn.sample!.y);
    const tooltip = page.getByTestId("flow-tooltip");
    await tooltip.waitFor();
    const from = await tooltip.getAttribute("data-from");
    const to = await tooltip.getAttribute("data-to");
    await expect(matrix.locator(`.hovered[data-from="${from}"][data-to="${to}"]`).count()).resolves.toBeGreaterThan(0);
  });

  it("switching to the July 2026 boundaries makes Gwangju-Jeonnam links internal, as the aggregation predicts", async () => {
    ({ page } = await session.open());
    expect((await statusCounts(page)).cross).toBe(flows2023.crossLinks);
    await setControl(page, "vintage", "2026-07");
    const notice = page.getByTestId("vintage-notice");
    await notice.waitFor();
    expect((await statusCounts(page)).cross).toBe(flows2026.crossLinks);
    expect(Number(await notice.getAttribute("data-moved"))).toBe(flows2023.crossLinks - flows2026.crossLinks);
    expect(flows2023.crossLinks - flows2026.crossLinks).toBeGreaterThan(0);
    await setControl(page, "vintage", "2023");
    expect((await statusCounts(page)).cross).toBe(flows2023.crossLinks);
    await expect(notice.count()).resolves.toBe(0);
  });

  it("clicking a division selects it and shows its company links", async () => {
    ({ page } = await session.open());
    const province = await layerPixels(page, "provinces", [232, 236, 240], 2);
    expect(province.sample).not.toBeNull();
    await page.mouse.click(province.sample!.x, province.sample!.y);
    const panel = page.getByTestId("division-panel");
    await panel.waitFor();
    expect(await panel.getAttribute("data-selected")).toMatch(/^KR-\d\d$/);
    // A selection reveals company links: no flows in auto level.
    await page.waitForTimeout(200);
    expect((await layerPixels(page, "flows")).painted).toBe(0);
    await page.keyboard.press("Escape");
    await expect(panel.count()).resolves.toBe(0);
  });

  it("the map-to-force transition returns every company to its map position", async () => {
    ({ page } = await session.open());
    await setControl(page, "level", "companies");
    await setControl(page, "node-color", "tier");
    await page.waitForTimeout(300);
    const spot = await findColor(page, await stagePixels(page), hex(SUPER_REGIONAL_COLOR));
    expect(spot).not.toBeNull();
    await page.getByTestId("view-force").click();
    await page.getByTestId("layout-rerun").waitFor({ timeout: 60_000 });
    await page.getByTestId("view-map").click();
    await page.waitForTimeout(1_500);
    const back = await findColor(page, await stagePixels(page), hex(SUPER_REGIONAL_COLOR));
    expect(back).not.toBeNull();
    expect(Math.abs(back!.x - spot!.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(back!.y - spot!.y)).toBeLessThanOrEqual(2);
  });
});
