// In summary mode the company links drawn (zoomed in, force view, a chain) are only the ego
// networks of the top companies: the legend says so first, with how many of the nation's links
// they are; a loaded graph's legend has no such line.
import { describe, expect, it } from "vitest";
import { legendModel } from "../../../src/render/legend/model.ts";
import { translate, type MessageKey } from "../../../src/i18n/index.ts";
import { nodeApp, generatedFiles } from "../../app/nodeApp.ts";
import { bundleOf, syntheticDataset } from "../../io/summaryHelpers.ts";

async function started(summary: boolean) {
  const app = nodeApp();
  if (summary) {
    const made = await bundleOf(syntheticDataset(300, 1500, 8), 3);
    await app.start(() => [{ name: "national.zip", buffer: made.zip.slice().buffer }], "national.zip");
  } else await app.start(() => generatedFiles(300, 1500, 8), "generated");
  app.actions.setLevel("companies");
  return app;
}

const t = (lang: "ko" | "en") => (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params);

describe("render/legend: a summary's ego links", () => {
  it("keys the company links under a first line saying they are the top companies' networks, in both languages", async () => {
    const app = await started(true);
    const s = app.store.getState();
    const manifest = s.summary!.manifest;
    expect(manifest.ego.links).toBeLessThan(manifest.rows.links);
    for (const lang of ["ko", "en"] as const) {
      const links = legendModel(s, app.derived, t(lang)).sections.find((x) => x.id === "links")!;
      expect(links.rows[0]).toEqual({
        kind: "note",
        testId: "legend-ego-links",
        text: translate(lang, "legend.egoLinks", { top: manifest.ego.topK, links: manifest.ego.links, total: manifest.rows.links }),
      });
    }
  });

  it("keys the company dots under a line saying they are the ego networks' companies, at the nation's view too", async () => {
    const app = await started(true);
    app.actions.setLevel("divisions");
    const s = app.store.getState();
    const manifest = s.summary!.manifest;
    expect(manifest.ego.companies).toBeLessThan(manifest.rows.companies);
    for (const lang of ["ko", "en"] as const) {
      const nodes = legendModel(s, app.derived, t(lang)).sections.find((x) => x.id === "nodes")!;
      expect(nodes.rows[0]).toEqual({
        kind: "note",
        testId: "legend-ego-companies",
        text: translate(lang, "legend.egoCompanies", { top: manifest.ego.topK, companies: manifest.ego.companies, total: manifest.rows.companies }),
      });
    }
  });

  it("has no such lines for a loaded graph", async () => {
    const app = await started(false);
    const model = legendModel(app.store.getState(), app.derived, t("ko"));
    const notes = model.sections.flatMap((x) => x.rows).filter((r) => r.kind === "note").map((r) => (r as { testId?: string }).testId);
    expect(notes).not.toContain("legend-ego-links");
    expect(notes).not.toContain("legend-ego-companies");
  });
});
