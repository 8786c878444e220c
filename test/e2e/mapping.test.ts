import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { appSession, statusCounts, waitForDrawn } from "./browser.ts";
import { violations } from "./axe.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

/** A companies file the readers know, and a links file whose headers no vocabulary has. */
function files(): string[] {
  const dir = mkdtempSync(join(tmpdir(), "atlas-mapping-"));
  const companies = ["id,name,division", "a1,가나전자,서울", "a2,다라정밀,부산", "a3,마바화학,울산", "a4,사아식품,강원"].join("\n");
  const links = ["보낸곳,받은곳,메모", "a1,a2,x", "a2,a3,y", "a3,a4,z", "a4,a1,w", "a1,a3,v"].join("\n");
  writeFileSync(join(dir, "firms.csv"), companies);
  writeFileSync(join(dir, "deals.csv"), links);
  return [join(dir, "firms.csv"), join(dir, "deals.csv")];
}

describe.skipIf(!chromium)("column mapping in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it("the prompt and the mapping dialog have no accessibility violation in English", async () => {
    const { page } = await session.open("?lang=en");
    await page.getByTestId("file-input").setInputFiles(files());
    await waitForDrawn(page, 2);
    await page.keyboard.press("Escape");
    await page.getByTestId("mapping-prompt").waitFor();
    expect(await violations(page)).toEqual([]);
    await page.locator('[data-testid=mapping-open][data-file="deals.csv"]').click();
    await page.getByTestId("mapping-dialog").waitFor();
    await page.waitForFunction(() => document.querySelector("[data-testid=mapping-counts]")?.getAttribute("data-working") === "false");
    expect(await violations(page)).toEqual([]);
  });

  it("maps the columns of an unrecognised links file by hand, with live counts, and the links reach the map", async () => {
    const { page, watch } = await session.open();
    await page.getByTestId("file-input").setInputFiles(files());
    await waitForDrawn(page, 2);
    expect((await statusCounts(page)).links).toBe(0);
    // The report opens on problems; closing it leaves the offer to map the columns.
    await page.keyboard.press("Escape");
    await page.locator('[data-testid=mapping-open][data-file="deals.csv"]').click();
    const dialog = page.getByTestId("mapping-dialog");
    await dialog.waitFor();
    await page.waitForFunction(() => document.querySelector("[data-testid=mapping-counts]")?.getAttribute("data-working") === "false");
    expect(await violations(page)).toEqual([]);
    await dialog.locator('select[data-header="보낸곳"]').selectOption("supplier");
    await dialog.locator('select[data-header="받은곳"]').selectOption("buyer");
    await page.waitForFunction(() => {
      const el = document.querySelector("[data-testid=mapping-counts]");
      return el?.getAttribute("data-working") === "false" && el.getAttribute("data-links") === "5";
    });
    await page.getByTestId("mapping-apply").click();
    await waitForDrawn(page, 3);
    expect(await statusCounts(page)).toMatchObject({ companies: 4, links: 5 });
    expect(watch.consoleErrors).toEqual([]);

    // Remembered for files with the same header, and kept with the saved data: a reload reads them the same way.
    await page.reload();
    await waitForDrawn(page, 1);
    expect(await statusCounts(page)).toMatchObject({ companies: 4, links: 5 });
  });
});
