// Region levels in the built app: the sample between super-regions (matrix names, legend words,
// the status line's cross count), and a 시군구 dataset at the municipality level (the outlines
// load once, only when that level is chosen; a selected province keeps its municipalities'
// flows; axe finds nothing in either language).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { getMunicipality } from "../../src/regions/municipalities.ts";
import { regionScale } from "../../src/model/scale.ts";
import { flowsOfDataset } from "../../src/graph/flows/divisionFlows.ts";
import { syntheticNetwork } from "../../scripts/lib/synthetic.ts";
import { appSession, setControl, statusCounts, waitForDrawn } from "./browser.ts";
import { layerPixels } from "./layers.ts";
import { violations } from "./axe.ts";
import { readLocal, SAMPLE_FILES } from "./data.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

// The sample's cross count between super-regions, from the data files and the grouping file
// alone (not the app's scale): links whose two ends' divisions lie in different groups.
const sample = readLocal(SAMPLE_FILES);
const superRegions = JSON.parse(readFileSync("data/korea/groupings/super-regions.json", "utf8")) as { groups: { code: string; nameKo: string; nameEn: string; members: string[] }[] };
const groupOf = new Map(superRegions.groups.flatMap((g) => g.members.map((d) => [d, g.code] as const)));
const divisionOf = new Map(sample.companies.map((c) => [c.id, c.division]));
const superCross = sample.links.filter((l) => {
  const a = groupOf.get(divisionOf.get(l.source) ?? "");
  const b = groupOf.get(divisionOf.get(l.target) ?? "");
  return a !== undefined && b !== undefined && a !== b;
}).length;

// A few hundred companies, each with a 시군구 of its province from the registry.
const dir = mkdtempSync(join(tmpdir(), "atlas-levels-"));
const network = syntheticNetwork({ companies: 400, links: 2_000, seed: 5, municipalities: true });
const files = [join(dir, "companies.csv"), join(dir, "links.csv")];
writeFileSync(files[0]!, network.companiesCsv);
writeFileSync(files[1]!, network.linksCsv);

const isMunicipalChunk = (url: string) => url.includes("municipalities");
const inGyeongbuk = (code: string) => getMunicipality(code)?.division === "KR-47";
// The flows between municipalities the app should offer, read by the app's own readers.
const municipalFlows = flowsOfDataset(readLocal(files), regionScale("municipality", "2023")).flows;
const gyeongbukFlows = municipalFlows.filter((f) => inGyeongbuk(f.from) || inGyeongbuk(f.to));

/** Loads the 시군구 dataset and records every request the page makes from then on. */
async function loadMunicipal(page: Page): Promise<string[]> {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(r.url()));
  await page.getByTestId("file-input").setInputFiles(files);
  await waitForDrawn(page, 2);
  return requested;
}

/** The flows the map can draw (the legend's count of candidates) once it is `count`. */
async function candidatesReach(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelector("[data-testid=legend-flows]")?.getAttribute("data-candidates") === String(n), count);
}

describe.skipIf(!chromium)("region levels in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it("the sample between super-regions: the matrix names them, the legend speaks of them, the status counts links across them", async () => {
    expect(superCross).toBeGreaterThan(0);
    ({ page } = await session.open("?rl=super-region&lvl=divisions&mx=1"));
    const matrix = page.getByTestId("flow-matrix");
    await matrix.waitFor();
    const text = await matrix.textContent();
    for (const name of ["수도권", "동남권", "대경권"]) expect(text).toContain(name);
    expect(text).not.toContain("경기");
    await expect(page.getByTestId("legend-flows").textContent()).resolves.toContain("초광역권");
    expect((await statusCounts(page)).cross).toBe(superCross);

    await page.getByTestId("lang-toggle").click();
    await page.waitForFunction(() => document.querySelector("[data-testid=flow-matrix]")?.textContent?.includes("Southeast Region"));
    await expect(page.getByTestId("legend-flows").textContent()).resolves.toMatch(/super-region/i);
    expect((await statusCounts(page)).cross).toBe(superCross);
  });

  it("a 시군구 dataset: the outlines load once, only when the municipality level is chosen, and the map draws flows between municipalities", async () => {
    expect(municipalFlows.length).toBeGreaterThan(gyeongbukFlows.length);
    expect(gyeongbukFlows.length).toBeGreaterThan(0);
    ({ page } = await session.open("?lvl=divisions"));
    const requested = await loadMunicipal(page);
    await page.waitForTimeout(300);
    expect(requested.filter(isMunicipalChunk)).toEqual([]);

    await setControl(page, "region-level", "municipality");
    await page.waitForResponse((r) => isMunicipalChunk(r.url()));
    await candidatesReach(page, municipalFlows.length);
    await expect(page.getByTestId("legend-flows").textContent()).resolves.toContain("시군구 간");
    await expect.poll(async () => (await layerPixels(page, "flows")).painted).toBeGreaterThan(500);

    // Back and forth: the outlines are not fetched again.
    await setControl(page, "region-level", "division");
    await setControl(page, "region-level", "municipality");
    await candidatesReach(page, municipalFlows.length);
    await page.waitForTimeout(300);
    expect(requested.filter(isMunicipalChunk)).toHaveLength(1);

    // The matrix shows the busiest municipalities, not 250 × 250 cells, and says how many it left out.
    await page.getByTestId("matrix-toggle").click();
    const matrix = page.getByTestId("flow-matrix");
    await matrix.waitFor();
    const rows = await matrix.locator("[data-from][data-to]").count();
    expect(rows).toBeLessThanOrEqual(40 * 40);
    expect(rows).toBeGreaterThan(0);
    await expect(page.getByTestId("matrix-omitted").textContent()).resolves.toMatch(/40/);
  });

  it("the municipality level on auto follows the zoom: provinces from afar, their municipalities closer, companies closest", async () => {
    ({ page } = await session.open("?rl=municipality"));
    await loadMunicipal(page);
    const provinceFlows = flowsOfDataset(readLocal(files), "2023").flows.length;
    // From afar the municipalities' flows are rolled up to their provinces.
    await candidatesReach(page, provinceFlows);
    await expect(page.getByTestId("legend-flows").textContent()).resolves.toContain("시도 간");
    const map = page.locator("canvas").first();
    const box = (await map.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.55);
    const legendSays = async () => (await page.getByTestId("legend-flows").count()) === 0 ? "companies" : ((await page.getByTestId("legend-flows").textContent()) ?? "");
    // Zoom in step by step until the municipalities' flows show, then on until the companies do.
    let said = await legendSays();
    for (let step = 0; step < 12 && !said.includes("시군구 간"); step++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(400);
      said = await legendSays();
    }
    expect(said).toContain("시군구 간");
    await candidatesReach(page, municipalFlows.length);
    for (let step = 0; step < 16 && said !== "companies"; step++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(400);
      said = await legendSays();
    }
    expect(said).toBe("companies");
  });

  for (const lang of ["ko", "en"] as const) {
    it(`${lang}: 경북 selected (div=KR-47) at the municipality level keeps only flows with an end in 경북, and axe finds no violation`, async () => {
      ({ page } = await session.open(`?lang=${lang}&rl=municipality&lvl=divisions`));
      await loadMunicipal(page);
      await candidatesReach(page, municipalFlows.length);
      // The address names the selection, as a shared link would.
      // Only once the address names the new data (ds=400-…): a link for other data is not applied.
      await page.waitForFunction(() => /(^|[#&])ds=400-/.test(location.hash));
      await page.evaluate(() => void (location.hash += "&div=KR-47"));
      await page.getByTestId("division-panel").waitFor();
      await candidatesReach(page, gyeongbukFlows.length);
      await expect.poll(async () => (await layerPixels(page, "flows")).painted).toBeGreaterThan(100);
      expect(await violations(page)).toEqual([]);
    });
  }
});
