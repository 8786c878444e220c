// The ranking as a planner reads and exports it: companies with equal scores share a rank
// (1, 2, 2, 4) on screen and in the CSV, and the designation check names whole ranks.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import { crossRegionalStats } from "../../src/graph/ranking/crossRegional.ts";
import { designationCheck } from "../../src/graph/ranking/designation.ts";
import { rankingLookups } from "../../src/graph/ranking/lookups.ts";
import { scoreCompanies } from "../../src/graph/ranking/score.ts";
import { appSession, downloadPath } from "./browser.ts";
import { readLocal, SAMPLE_FILES } from "./data.ts";

const chromium = inject("chromium");
const baseUrl = inject("baseUrl");

const graph = buildGraph(readLocal(SAMPLE_FILES), { positions: new Map() });
const lookups = rankingLookups(graph);
const ranked = scoreCompanies(crossRegionalStats(graph, "2023"), lookups.tiers, lookups.labels);
const check = designationCheck(ranked);

describe.skipIf(!chromium)("ranking ties and words, in Chromium", () => {
  const session = appSession(chromium, baseUrl);
  let page: Page;
  beforeAll(() => session.start());
  afterAll(() => session.stop());

  it("the sample has tied scores and an even number of designated companies", () => {
    const last = ranked.at(-1)!;
    expect(ranked.filter((r) => r.score === last.score).length).toBeGreaterThan(1);
    expect(check.designated.length % 2).toBe(0);
  });

  for (const lang of ["ko", "en"] as const) {
    it(`${lang}: the designation check names the two middle ranks, and the ranking CSV gives tied companies one rank`, async () => {
      ({ page } = await session.open(`?lang=${lang}&tab=ranking`));
      const text = (await page.getByTestId("ranking-check").textContent({ timeout: 60_000 })) ?? "";
      const [lo, hi] = check.medianRanks;
      expect(lo).not.toBe(hi);
      expect(text).toContain(lang === "ko" ? `${lo}위와 ${hi}위` : `${lo} and ${hi}`);
      expect(text).not.toMatch(/\d\.5/);
      expect(text).toContain(lang === "ko" ? `최저 ${check.worstRank}위` : `lowest ${check.worstRank}`);

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("ranking-download").click()]);
      const lines = readFileSync(await downloadPath(download), "utf8").replace(/^\uFEFF/, "").split("\r\n").filter((l) => l !== "");
      expect(lines[0]).toContain(lang === "ko" ? "_양," : "_volume,");
      expect(lines[0]).not.toContain("규모");
      const rows = lines.slice(1).map((l) => l.split(","));
      const rankById = new Map(rows.map((r) => [r[1]!, Number(r[0])]));
      for (const r of ranked) expect(rankById.get(r.id), r.id).toBe(1 + ranked.filter((o) => o.score > r.score).length);
      const tiedRank = ranked.at(-1)!.rank;
      expect(rows.filter((r) => Number(r[0]) === tiedRank).length).toBeGreaterThan(1);
    }, 120_000);
  }
});
