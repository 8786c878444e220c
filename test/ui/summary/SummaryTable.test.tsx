// Summary mode's company table rendered from the summary's columns: every company counted,
// only the rows in view made, numbers under the chosen vintage, the chosen company marked.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { AtlasApp } from "../../../src/app/createApp.ts";
import { readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import { allStrings, type SummaryData } from "../../../src/graph/summary/columns.ts";
import { SummaryTable } from "../../../src/ui/summary/SummaryTable.tsx";
import { summaryRows } from "../../../src/ui/summary/summaryRows.ts";
import { renderInApp, testApp } from "../appHarness.tsx";
import { bundleOf, syntheticDataset, type MadeBundle } from "../../io/summaryHelpers.ts";

let made: MadeBundle;
let summary: SummaryData;
let app: AtlasApp;

const rowIds = (html: string) => [...html.matchAll(/role="row"[^>]*data-id="([^"]*)"/g)].map((m) => m[1]);

describe("ui/summary/SummaryTable", () => {
  beforeAll(async () => {
    made = await bundleOf(syntheticDataset(400, 2000, 9), 3);
    summary = readFilesWithSnapshots([{ name: "s.zip", bytes: made.zip }]).snapshots[0]!.summary as SummaryData;
  });
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    app.dispose();
  });

  const render = (state: Record<string, unknown> = {}) =>
    renderInApp(app, { summary, ...state }, <SummaryTable summary={summary} initialRect={{ width: 900, height: 300 }} overscan={3} />);

  it("counts every company and makes only the rows in view, in the file's ranking order", () => {
    const html = render();
    expect(html).toContain('data-count="400"');
    expect(html).toContain('aria-rowcount="401"');
    const ids = rowIds(html);
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.length).toBeLessThan(30);
    expect(ids).toEqual(made.summary.companies.slice(0, ids.length).map((c) => c.id));
    // The score column sorts descending by default and says so.
    expect(html).toMatch(/aria-sort="descending" data-key="score"/);
  });

  it("marks the chosen company's row", () => {
    const first = made.summary.companies[1]!;
    const html = render({ summaryPick: { row: 1, id: first.id, name: first.name, inBundle: false } });
    expect(html).toMatch(new RegExp(`aria-selected="true" data-id="${first.id}"`));
  });

  it("says the table is being read while the worker reads it", () => {
    const pending: SummaryData = { ...summary, companies: { ...summary.companies, count: 0 }, pending: { name: "s.zip", zip: new Uint8Array(0) } };
    const html = renderInApp(app, { summary: pending, lang: "en" }, <SummaryTable summary={pending} initialRect={{ width: 900, height: 300 }} overscan={3} />);
    expect(html).toContain('data-testid="summary-table-reading"');
    expect(html).toContain("Reading the company table (400 rows)");
  });

  it("shows a company's numbers under the later vintage where companies-2026-07.csv has them", () => {
    const o = summary.overrides.find((x) => x.vintage === "2026-07")!;
    expect(o.rows.length).toBeGreaterThan(0);
    const row = o.rows[0]!;
    const later = summaryRows(summary, null, "2026-07")[row]!;
    const stored = summaryRows(summary, null, "2023")[row]!;
    expect(later.partnerDivisions).toBe(o.numbers.partnerDivisions[0]);
    expect(later.crossLinks).toBe(o.numbers.cross.all.links[0]);
    expect(stored.partnerDivisions).toBe(summary.companies.numbers.partnerDivisions[row]);
    expect(later.id).toBe(allStrings(summary.companies.text.id)[row]);
    // An order is a view: position i shows row order[i].
    const order = Uint32Array.from([3, 1, 2]);
    expect(summaryRows(summary, order, "2023")[0]!.row).toBe(3);
    expect(summaryRows(summary, order, "2023").length).toBe(3);
  });
});
