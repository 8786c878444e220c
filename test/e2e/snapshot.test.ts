import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFiles } from "../../src/io/read/readFiles.ts";
import type { Page } from "playwright-core";
import { appSession, downloadPath, statusCounts, waitForDrawn } from "./browser.ts";
import { violations } from "./axe.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

/** The exported file's bytes, read at once: a download goes when its page closes. */
async function exportAs(page: Page, format: string, scope: "view" | "network"): Promise<Buffer> {
  return (await exportFile(page, format, scope)).bytes;
}

/** The one download an export gives, with the name it is saved under; `before` sets more choices in the open dialog. */
async function exportFile(page: Page, format: string, scope: "view" | "network", before?: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId("snapshot-open").click();
  await page.getByTestId(`snapshot-format-${format}`).check();
  await page.getByTestId(`snapshot-scope-${scope}`).check();
  await before?.();
  let downloads = 0;
  page.on("download", () => downloads++);
  const download = page.waitForEvent("download", { timeout: 90_000 });
  await page.getByTestId("snapshot-run").click();
  const saved = await download;
  const file = { name: saved.suggestedFilename(), bytes: readFileSync(await downloadPath(saved)) };
  await page.getByTestId("snapshot-written").waitFor();
  expect(downloads).toBe(1);
  // The run button was disabled while writing; focus came back to the dialog, so Esc still closes it.
  // (Focus moves back in the render after the written notice: waited for, within the usual timeout.)
  await page.waitForFunction(() => document.activeElement?.closest("[role=dialog]") !== null);
  await page.keyboard.press("Escape");
  await page.getByTestId("snapshot-dialog").waitFor({ state: "detached" });
  return file;
}

describe.skipIf(!chromium)("graph snapshots out and back in, in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it("exports the current view as GEXF with metrics that were never computed on screen", async () => {
    const { page, watch } = await session.open("#lt=production");
    const shown = await statusCounts(page);
    const gexf = (await exportAs(page, "gexf", "view")).toString("utf8");
    expect(gexf.match(/<node /g)).toHaveLength(shown.companies);
    expect(gexf.match(/<edge /g)).toHaveLength(shown.links);
    expect(gexf).toContain('title="m_pagerank"');
    expect(gexf).toContain("lt=production");
    expect(watch.consoleErrors).toEqual([]);
  });

  it("the CSV export downloads one zip whose entries read back to what is shown", async () => {
    const { page } = await session.open("#lt=production");
    const shown = await statusCounts(page);
    const { name, bytes } = await exportFile(page, "csv", "view");
    expect(name).toBe("supply-atlas-csv.zip");
    const entries = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(entries).sort()).toEqual(["edges.csv", "metadata.json", "nodes.csv"]);
    const back = readFiles(Object.entries(entries).map(([file, data]) => ({ name: file, bytes: data })));
    expect([back.companies.length, back.links.length, back.report.rejected]).toEqual([shown.companies, shown.links, []]);
    expect(back.links.some((l) => l.weight !== undefined)).toBe(true);
  });

  it.each(["ko", "en"])("GEXF is 1.2draft unless 1.3 is chosen, with a hint of who reads which (%s)", async (lang) => {
    const { page } = await session.open(lang === "en" ? "?lang=en" : "");
    const plain = (await exportFile(page, "gexf", "view")).bytes.toString("utf8");
    expect(plain).toContain('xmlns="http://www.gexf.net/1.2draft"');
    await page.getByTestId("snapshot-open").click();
    expect(await page.getByTestId("snapshot-gexf-1.2draft").isChecked()).toBe(true);
    expect(await page.getByTestId("snapshot-gexf-hint").textContent()).toContain(lang === "en" ? "NetworkX (before 3.6 too)" : "NetworkX (3.6 미만 포함)");
    // Another format hides the choice: it means nothing there.
    await page.getByTestId("snapshot-format-graphml").check();
    expect(await page.getByTestId("snapshot-gexf-hint").count()).toBe(0);
    await page.keyboard.press("Escape");
    const newer = await exportFile(page, "gexf", "view", () => page.getByTestId("snapshot-gexf-1.3").check());
    expect(newer.name).toBe("supply-atlas.gexf");
    expect(newer.bytes.toString("utf8")).toContain('xmlns="http://gexf.net/1.3"');
  });

  it.each(["ko", "en"])("the export dialog has no accessibility violation (%s)", async (lang) => {
    const { page } = await session.open(lang === "en" ? "?lang=en" : "");
    await page.getByTestId("snapshot-open").click();
    await page.getByTestId("snapshot-dialog").waitFor();
    expect(await violations(page)).toEqual([]);
    // Usable by keyboard: the format choice is reachable and changes with the arrow keys.
    await page.getByTestId("snapshot-format-gexf").focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.getByTestId("snapshot-format-graphml").isChecked()).toBe(true);
    // On a 1280×720 screen the dialog is taller than the window: it scrolls, and nothing in it
    // is drawn outside its box, where a click would land on the backdrop and close it.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByTestId("snapshot-format-gexf").check();
    const outside = await page.getByTestId("snapshot-dialog").evaluate((dialog) => {
      const out: string[] = [];
      for (const el of dialog.querySelectorAll<HTMLElement>("input, button")) {
        el.scrollIntoView({ block: "nearest" });
        const [box, r] = [dialog.getBoundingClientRect(), el.getBoundingClientRect()];
        // A pixel for sub-pixel layout: scrolled into view, a control may end half a pixel past the box.
        if (r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1) out.push(el.dataset.testid ?? el.textContent ?? el.tagName);
      }
      return out;
    });
    expect(outside).toEqual([]);
  });

  it("a bundle dropped back on the app restores the same data and the same view", async () => {
    const { page } = await session.open("#lt=production&nc=tier&vin=2026-07");
    const before = await statusCounts(page);
    // A scene saved in the view travels in the bundle too.
    await page.getByTestId("scenes-toggle").click();
    await page.getByTestId("scene-name").fill("생산 연결");
    await page.getByTestId("scene-add").click();
    await page.waitForFunction(() => location.hash.includes("scenes="));
    const bundle = await exportAs(page, "bundle", "network");
    const { page: fresh } = await session.open();
    await fresh.getByTestId("file-input").setInputFiles({ name: "snapshot.zip", mimeType: "application/zip", buffer: bundle });
    await waitForDrawn(fresh, 2);
    await fresh.waitForFunction(() => location.hash.includes("lt=production") && location.hash.includes("vin=2026-07"));
    expect(await statusCounts(fresh)).toEqual(before);
    expect(await fresh.getByTestId("control-node-color").inputValue()).toBe("tier");
    await fresh.getByTestId("scenes-toggle").click();
    await fresh.waitForFunction(() => document.querySelector("[data-testid=scene-list]")?.getAttribute("data-count") === "1");
    expect(await fresh.getByTestId("scene-item").first().textContent()).toContain("생산 연결");
  });
});
