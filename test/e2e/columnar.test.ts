// Parquet and Arrow from the built app and back: the snapshot dialog writes the nodes and
// edges files, and dropping them on a fresh page draws the same network.
import { readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Download, Page } from "playwright-core";
import { appSession, downloadPath, statusCounts, waitForDrawn } from "./browser.ts";
import { violations } from "./axe.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

type Saved = { name: string; bytes: Buffer };

/** Every file one export saves (a zip, if the app packs several into one, is opened here). */
async function exportAll(page: Page, format: string): Promise<Saved[]> {
  await page.getByTestId("snapshot-open").click();
  await page.getByTestId(`snapshot-format-${format}`).check();
  await page.getByTestId("snapshot-scope-network").check();
  const downloads: Promise<Saved>[] = [];
  const onDownload = (d: Download) => downloads.push(downloadPath(d).then((path) => ({ name: d.suggestedFilename(), bytes: readFileSync(path) })));
  page.on("download", onDownload);
  await page.getByTestId("snapshot-run").click();
  await page.getByTestId("snapshot-written").waitFor({ timeout: 90_000 });
  await page.waitForFunction((n) => n > 0, downloads.length);
  const saved = await Promise.all(downloads);
  page.off("download", onDownload);
  await page.keyboard.press("Escape");
  return saved.flatMap((f) =>
    f.name.endsWith(".zip") ? Object.entries(unzipSync(new Uint8Array(f.bytes))).map(([name, bytes]) => ({ name, bytes: Buffer.from(bytes) })) : [f],
  );
}

async function drop(page: Page, files: readonly Saved[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name));
    }
    window.dispatchEvent(new DragEvent("dragenter", { dataTransfer: transfer }));
    window.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, cancelable: true }));
  }, files.map((f) => ({ name: f.name, base64: f.bytes.toString("base64") })));
}

describe.skipIf(!chromium)("Parquet and Arrow out of the app and back in, in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it.each([
    ["parquet", "ko", "Parquet 두 파일", "Parquet 파일", [0x50, 0x41, 0x52, 0x31]],
    ["arrow", "en", "Arrow pair", "Arrow file", [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]],
  ] as const)("exports %s (%s) and the files dropped on a fresh page draw the same network", async (format, lang, label, fileWord, magic) => {
    const query = lang === "en" ? "?lang=en" : "";
    const { page, watch } = await session.open(query);
    const before = await statusCounts(page);
    expect(before.companies).toBeGreaterThan(0);
    await page.getByTestId("snapshot-open").click();
    const option = page.getByTestId(`snapshot-format-${format}`).locator("xpath=..");
    expect(await option.textContent()).toContain(label);
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press("Escape");

    const files = await exportAll(page, format);
    expect(files.map((f) => f.name).sort()).toEqual([`edges.${format}`, `nodes.${format}`]);
    for (const f of files) expect([...f.bytes.subarray(0, magic.length)]).toEqual(magic);

    const { page: fresh, watch: freshWatch } = await session.open(query);
    await waitForDrawn(fresh, 1);
    await drop(fresh, files);
    await waitForDrawn(fresh, 2);
    expect(await statusCounts(fresh)).toEqual(before);
    // The import report names both files and what they are.
    await fresh.getByTestId("report-button").click();
    const report = (await fresh.getByTestId("import-report").textContent()) ?? "";
    expect(report).toContain(`nodes.${format}`);
    expect(report).toContain(`edges.${format}`);
    expect(report).toContain(fileWord);
    expect(watch.consoleErrors).toEqual([]);
    expect(freshWatch.consoleErrors).toEqual([]);
  });
});
