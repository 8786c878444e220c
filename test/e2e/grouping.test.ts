// A planner's own grouping (권역) loaded from a CSV, end to end: the file button in the map
// controls, the Regions select naming it, the matrix and legend naming its groups, and the
// status line counting links between them as the app's own readers say it should.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { NO_DIVISION } from "../../src/model/types.ts";
import { appSession, statusCounts } from "./browser.ts";
import { violationsIn } from "./axe.ts";
import { readLocal, SAMPLE_FILES } from "./data.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

const YEONGNAM = ["KR-26", "KR-31", "KR-48", "KR-27", "KR-47"];
const OTHERS = ["KR-11", "KR-28", "KR-41", "KR-42", "KR-43", "KR-44", "KR-30", "KR-50", "KR-45", "KR-46", "KR-29", "KR-49"];
const CSV = ["# source: 우리 사업 계획서 (test)", "# date: 2025-01-31", "권역,시도", ...YEONGNAM.map((d) => `영남,${d}`), ...OTHERS.map((d) => `나머지,${d}`), "나머지,없는도"].join("\n") + "\n";

/** Links between companies placed in different groups of the file above, from the sample read in Node. */
function expectedCross(): { byDivision: number; byGroup: number } {
  const sample = readLocal(SAMPLE_FILES);
  const division = new Map(sample.companies.map((c) => [c.id, c.division]));
  const group = (d: string) => (YEONGNAM.includes(d) ? "영남" : "나머지");
  let byDivision = 0;
  let byGroup = 0;
  for (const l of sample.links) {
    const a = division.get(l.source);
    const b = division.get(l.target);
    if (!a || !b || a === NO_DIVISION || b === NO_DIVISION) continue;
    if (a !== b) byDivision++;
    if (group(a) !== group(b)) byGroup++;
  }
  return { byDivision, byGroup };
}

async function loadGrouping(page: Page, name = "우리권역.csv", text = CSV): Promise<void> {
  // The button is how a keyboard reaches the hidden input: focus it and press Enter to open the chooser.
  const chooser = page.waitForEvent("filechooser");
  await page.getByTestId("grouping-load").focus();
  await page.keyboard.press("Enter");
  await (await chooser).setFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
  await page.getByTestId("grouping-outcome").waitFor();
}

describe.skipIf(!chromium)("a loaded grouping in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it("shows the file's groups in the Regions select, the matrix and the legend, and counts links between them", async () => {
    ({ page } = await session.open("?lang=ko&mx=1"));
    const expected = expectedCross();
    expect(expected.byGroup).toBeGreaterThan(0);
    expect(expected.byGroup).toBeLessThan(expected.byDivision);
    // The rule above is the app's at the provinces, before the grouping.
    expect((await statusCounts(page)).cross).toBe(expected.byDivision);

    await loadGrouping(page);
    const outcome = page.getByTestId("grouping-outcome");
    expect(await outcome.getAttribute("data-ok")).toBe("true");
    expect(await outcome.textContent()).toContain("권역 2개");
    // The unknown division's row, by its spreadsheet row (2 "#" lines, the header, 17 rows: row 21), and why.
    const issue = page.getByTestId("grouping-issues").locator('li[data-reason="unknown-division"]');
    expect(await issue.getAttribute("data-row")).toBe("21");
    expect(await issue.textContent()).toContain("없는도");
    expect(await page.getByTestId("grouping-about").textContent()).toContain("2025-01-31");

    const select = page.getByTestId("control-region-level");
    expect(await select.inputValue()).toBe("grouping:user");
    expect(await select.locator("option:checked").textContent()).toBe("불러온 권역: 우리권역.csv");
    expect(await select.getAttribute("title")).toContain("우리 사업 계획서");

    await page.waitForFunction((n) => document.querySelector('[data-testid="status-counts"]')?.getAttribute("data-cross") === String(n), expected.byGroup);
    expect((await statusCounts(page)).cross).toBe(expected.byGroup);

    const matrix = page.getByTestId("flow-matrix");
    await matrix.waitFor();
    expect(await matrix.locator("[data-from][data-to]").count()).toBe(2 * 2);
    expect(await matrix.textContent()).toContain("영남");
    expect(await matrix.textContent()).toContain("나머지");
    // The legend speaks of the level's regions (권역), no longer of provinces (시도).
    const legend = await page.getByTestId("legend").textContent();
    expect(legend).toContain("권역");
    expect(legend).not.toContain("시도 간");

    // The grouping travels in the address: opened elsewhere from it, the same groups and counts.
    // (The view lives in the address's fragment.)
    await page.waitForFunction(() => new URLSearchParams(location.hash.replace(/^#/, "")).has("grp"));
    const { page: elsewhere } = await session.open(`?${new URL(page.url()).hash.replace(/^#/, "")}`);
    const select2 = elsewhere.getByTestId("control-region-level");
    await elsewhere.waitForFunction(() => (document.querySelector('[data-testid="control-region-level"]') as HTMLSelectElement | null)?.value === "grouping:user");
    expect(await select2.locator("option:checked").textContent()).toBe("불러온 권역: 우리권역.csv");
    await elsewhere.waitForFunction((n) => document.querySelector('[data-testid="status-counts"]')?.getAttribute("data-cross") === String(n), expected.byGroup);
  });

  it("says which rows were rejected in English, and keeps the previous grouping when a file has none", async () => {
    ({ page } = await session.open("?lang=en"));
    await loadGrouping(page, "plan.csv", "group,division\nSouth,Busan\nSouth,Atlantis\n");
    const outcome = page.getByTestId("grouping-outcome");
    expect(await outcome.textContent()).toContain("1 row rejected");
    expect(await page.getByTestId("grouping-issues").textContent()).toContain("Row 3: unknown division (Atlantis)");
    expect(await page.getByTestId("grouping-about").textContent()).toContain("Date: not given");
    await loadGrouping(page, "junk.csv", "name,address\nx,y\n");
    expect(await outcome.getAttribute("data-ok")).toBe("false");
    expect(await outcome.textContent()).toContain("required column missing");
    expect(await page.getByTestId("control-region-level").locator("option:checked").textContent()).toBe("Loaded grouping: plan.csv");
  });

  for (const lang of ["ko", "en"] as const) {
    it(`${lang}: the map controls with the grouping button and its outcome have no axe violation`, async () => {
      ({ page } = await session.open(`?lang=${lang}`));
      expect(await violationsIn(page, ".map-controls")).toEqual([]);
      await loadGrouping(page, "g.csv", "권역,시도\n가,부산\n가,없는도\n");
      expect(await violationsIn(page, ".map-controls")).toEqual([]);
    });
  }
});
