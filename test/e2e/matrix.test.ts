// The flow matrix as a planner reads it in amount mode: the largest flows carry their numbers
// in the language's own units (만/억 in Korean, k/M in English) at a readable size, the exact
// figure on hover, the legend names the link types the filter keeps, and the CSV is the grid.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { flowsOfDataset } from "../../src/graph/flows/divisionFlows.ts";
import { formatCompact } from "../../src/i18n/compactNumber.ts";
import { formatNumber } from "../../src/i18n/index.ts";
import { readFiles } from "../../src/io/read/readFiles.ts";
import { divisionLabel } from "../../src/regions/divisions.ts";
import { appSession, downloadPath, waitForDrawn } from "./browser.ts";
import { violations } from "./axe.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

// The sample with every amount a hundred times larger: the largest flow is then in the
// hundreds of thousands (백만 원), as on a national network, where 만 and k/M matter.
const companies = readFileSync("data/sample/companies.csv");
const links = Buffer.from(
  readFileSync("data/sample/links.csv", "utf8")
    .split("\n")
    .map((line, i) => {
      if (i === 0 || line === "") return line;
      const cells = line.split(",");
      if (cells[3] !== "") cells[3] = String(Number(cells[3]) * 100);
      return cells.join(",");
    })
    .join("\n"),
);
const files = [
  { name: "companies.csv", mimeType: "text/csv", buffer: companies },
  { name: "links.csv", mimeType: "text/csv", buffer: links },
];
const dataset = readFiles(files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.buffer) })));

function largest(types: readonly string[] | null) {
  const kept = types ? { ...dataset, links: dataset.links.filter((l) => types.includes(l.type)) } : dataset;
  return [...flowsOfDataset(kept, "2023").flows].sort((a, b) => b.weight - a.weight)[0]!;
}

describe.skipIf(!chromium)("the flow matrix in amount mode, in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  for (const lang of ["ko", "en"] as const) {
    it(`${lang}: the largest flow shows its compact number at a readable size, the legend follows the type filter, the CSV is the grid`, async () => {
      ({ page } = await session.open(`?lang=${lang}&fm=weight&mx=1`));
      await page.getByTestId("file-input").setInputFiles(files);
      await waitForDrawn(page, 2);
      const matrix = page.getByTestId("flow-matrix");
      await matrix.waitFor();

      const top = largest(null);
      expect(top.weight).toBeGreaterThan(100_000);
      const number = matrix.locator(`text[data-number-from="${top.from}"][data-number-to="${top.to}"]`);
      await expect(number.textContent()).resolves.toBe(formatCompact(lang, top.weight));
      expect(await number.textContent()).toMatch(lang === "ko" ? /^[\d.,]+(만|억)$/ : /^[\d.,]+(k|M)$/);
      // The size a reader sees: the font size times the SVG's scale on screen.
      const px = await number.evaluate((el) => (el as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(el).fontSize));
      expect(px).toBeGreaterThanOrEqual(9);
      // It fits inside its cell, and reads light on the darkest blue.
      const cellBox = (await matrix.locator(`rect.matrix-cell[data-from="${top.from}"][data-to="${top.to}"]`).boundingBox())!;
      const textBox = (await number.boundingBox())!;
      expect(textBox.width).toBeLessThanOrEqual(cellBox.width);
      await expect(number.evaluate((el) => getComputedStyle(el).fill)).resolves.toBe("rgb(255, 255, 255)");
      const overflowing = await matrix.locator(".matrix-numbers text").evaluateAll((texts) =>
        texts.flatMap((t) => {
          const from = t.getAttribute("data-number-from");
          const to = t.getAttribute("data-number-to");
          const rect = document.querySelector<SVGRectElement>(`rect.matrix-cell[data-from="${from}"][data-to="${to}"]`)!;
          return (t as SVGTextElement).getBBox().width > rect.getBBox().width ? [`${from}>${to} ${t.textContent}`] : [];
        }),
      );
      expect(overflowing).toEqual([]);
      // Every cross-division flow with an amount has its number: none is hidden for being large.
      const cells = await matrix.locator("rect.matrix-cell:not(.internal):not(.empty)").count();
      await expect(matrix.locator(".matrix-numbers text").count()).resolves.toBe(cells);
      // The exact figure with its unit is the cell's title, which is also its accessible name.
      const cell = matrix.locator(`rect.matrix-cell[data-from="${top.from}"][data-to="${top.to}"]`);
      const title = await cell.locator("title").textContent();
      expect(title).toContain(formatNumber(lang, top.weight));
      expect(title).toContain(lang === "ko" ? "백만 원" : "KRW");
      const name = await cell.ariaSnapshot();
      expect(name).toContain(formatNumber(lang, top.weight));
      expect(name).toContain(lang === "ko" ? "백만 원" : "KRW");
      expect(await violations(page)).toEqual([]);

      // The link-type filter is the one link-type setting; the legend names what it keeps.
      await page.getByTestId("filters").locator("summary").click();
      await page.getByTestId("facet-linkTypes").locator('input[data-value="production"]').check();
      const legend = page.getByTestId("matrix-legend").locator(".matrix-unit");
      const production = lang === "ko" ? "생산" : "Production";
      await page.waitForFunction((word) => document.querySelector("[data-testid=matrix-legend] .matrix-unit")?.textContent?.includes(word), production);
      expect(await legend.textContent()).not.toMatch(/모든 유형|All types/);
      await expect(page.getByTestId("control-flow-type").textContent()).resolves.toContain(production);
      const topProduction = largest(["production"]);
      await page.waitForFunction(
        ([from, to, value]) => document.querySelector(`rect.matrix-cell[data-from="${from}"][data-to="${to}"]`)?.getAttribute("data-value") === value,
        [topProduction.from, topProduction.to, String(topProduction.weight)],
      );

      // The matrix CSV is the grid as shown, in the UI's language.
      const [download] = await Promise.all([page.waitForEvent("download"), matrix.getByTestId("matrix-download").click()]);
      const text = readFileSync(await downloadPath(download), "utf8").replace(/^\uFEFF/, "");
      const lines = text.split("\r\n").filter((l) => l !== "");
      expect(lines).toHaveLength(2 + 17);
      expect(lines[0]).toContain(lang === "ko" ? "단위: 금액(백만 원)" : "Unit: amount (KRW million)");
      expect(lines[0]).toContain(production);
      const header = lines[1]!.split(",");
      expect(header[0]).toBe(lang === "ko" ? "공급 시도 \\ 수요 시도" : "Supplying \\ buying division");
      expect(header).toContain(divisionLabel("KR-11", lang, "short"));
      expect(lines[1]).not.toMatch(/from_name|vintage|kind/);
      const row = lines.find((l) => l.startsWith(`${divisionLabel(topProduction.from, lang, "short")},`))!.split(",");
      expect(Number(row[header.indexOf(divisionLabel(topProduction.to, lang, "short"))])).toBe(topProduction.weight);
    }, 120_000);
  }
});
