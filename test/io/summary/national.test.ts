// company-flows.csv and sole-suppliers.csv read back into their columns (io/summary/national.ts)
// through loadSummaryTable, the summary worker's reader: what the writer wrote comes back row for
// row; bad rows are reported by file, row and reason and skipped; bundles without the tables open.
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { allStrings, summaryTransferables } from "../../../src/graph/summary/columns.ts";
import type { SummaryCompanyFlowRow, SummarySoleSupplierRow } from "../../../src/model/summary.ts";
import { SUMMARY_COMPANY_FLOW_TYPES, SUMMARY_FILES } from "../../../src/model/summary.ts";
import { loadSummaryTable, type LoadedTable } from "../../../src/workers/summary/summaryJob.ts";
import { company, dataset, link } from "../../graph/helpers.ts";
import { bundleOf, rezip, syntheticDataset } from "../summaryHelpers.ts";

const NAME = "bundle.zip";
const FLOWS_FILE = `${NAME} › ${SUMMARY_FILES.companyFlows}`;
const SOLE_FILE = `${NAME} › ${SUMMARY_FILES.soleSuppliers}`;

/** The columns back as the rows the reference made. */
function flowRows(t: LoadedTable): SummaryCompanyFlowRow[] {
  const f = t.national!.companyFlows;
  const ids = allStrings(t.companies.text.id);
  const rows: SummaryCompanyFlowRow[] = [];
  for (let c = 0; c < t.companies.count; c++) {
    for (let k = f.start[c]!; k < f.start[c + 1]!; k++) {
      rows.push({
        id: ids[c]!, division: f.codes[f.division[k]!]!, type: SUMMARY_COMPANY_FLOW_TYPES[f.type[k]!]!,
        outLinks: f.outLinks[k]!, outWeight: f.outWeight[k]!, inLinks: f.inLinks[k]!, inWeight: f.inWeight[k]!, partners: f.partners[k]!,
      });
    }
  }
  return rows;
}

function soleRows(t: LoadedTable): SummarySoleSupplierRow[] {
  const s = t.national!.soleSuppliers;
  const ids = allStrings(t.companies.text.id);
  return Array.from({ length: s.count }, (_, k) => ({ buyer: ids[s.buyer[k]!]!, supplier: ids[s.supplier[k]!]!, links: s.links[k]! }));
}

const entry = (zip: Uint8Array, file: string) => strFromU8(unzipSync(zip)[file]!).split("\r\n");

// Ids with a quote and a comma, a partner without a division, a company without links.
const handmade = dataset(
  [
    company('q"1,x', "KR-29"),
    company("j", "KR-46"),
    company("s", "KR-11"),
    company("u", ""),
    company("lone", "KR-26"),
  ],
  [
    link("1", 'q"1,x', "j", "technology", { weight: 2.5 }),
    link("2", 'q"1,x', "j", "sales", { weight: 1 }),
    link("3", "s", "j", "production"),
    link("4", "j", "u", "other", { weight: 4 }),
    link("5", "s", 'q"1,x', "sales", { weight: 3, year: 2024 }),
  ],
);

describe("io/summaryNational: a good bundle", () => {
  it("reads every row the writer wrote, each company's rows at its start offsets", async () => {
    for (const d of [syntheticDataset(300, 1500, 8), handmade]) {
      const made = await bundleOf(d, 3);
      const t = loadSummaryTable(made.zip, NAME);
      expect(t.rejected).toEqual([]);
      expect(t.national).toBeDefined();
      const f = t.national!.companyFlows;
      expect(f.start).toHaveLength(t.companies.count + 1);
      expect(f.start[t.companies.count]).toBe(f.count);
      expect(flowRows(t)).toEqual(made.summary.companyFlows);
      expect(soleRows(t)).toEqual(made.summary.soleSuppliers);
      expect(made.summary.companyFlows.length).toBeGreaterThan(5);
      expect(made.summary.soleSuppliers.length).toBeGreaterThan(0);
    }
  });

  it("keeps the partner division without a code and gives a company without links no rows", async () => {
    const t = loadSummaryTable((await bundleOf(handmade, 1)).zip, NAME);
    const f = t.national!.companyFlows;
    const row = allStrings(t.companies.text.id).indexOf("lone");
    expect(f.start[row + 1]! - f.start[row]!).toBe(0);
    expect(f.codes).toContain("");
    expect(flowRows(t).filter((r) => r.id === "j" && r.division === "")).toEqual([
      { id: "j", division: "", type: "other", outLinks: 1, outWeight: 4, inLinks: 0, inWeight: 0, partners: 1 },
      { id: "j", division: "", type: "all", outLinks: 1, outWeight: 4, inLinks: 0, inWeight: 0, partners: 1 },
    ]);
    expect(soleRows(t)).toEqual([{ buyer: "u", supplier: "j", links: 1 }, { buyer: 'q"1,x', supplier: "s", links: 1 }]);
  });

  it("moves the national columns to the page with the company table", async () => {
    const t = loadSummaryTable((await bundleOf(syntheticDataset(200, 900, 2), 3)).zip, NAME);
    const before = flowRows(t);
    const moved = structuredClone(t, { transfer: summaryTransferables(t) });
    expect(flowRows(moved)).toEqual(before);
    // Moved, not copied: the worker's own arrays are gone.
    expect(t.national!.companyFlows.start.length).toBe(0);
    expect(t.national!.soleSuppliers.buyer.length).toBe(0);
  });
});

describe("io/summaryNational: older, partial and damaged bundles", () => {
  it("opens a bundle written before the tables existed, with nothing to report", async () => {
    const made = await bundleOf(syntheticDataset(100, 400, 5), 2);
    const old = rezip(made.zip, { [SUMMARY_FILES.companyFlows]: null, [SUMMARY_FILES.soleSuppliers]: null });
    const t = loadSummaryTable(old, NAME);
    expect(t.national).toBeUndefined();
    expect(t.companies.count).toBe(100);
    expect(t.rejected).toEqual([]);
  });

  it("says which table is missing when only one is there", async () => {
    const made = await bundleOf(syntheticDataset(100, 400, 5), 2);
    const t = loadSummaryTable(rezip(made.zip, { [SUMMARY_FILES.soleSuppliers]: null }), NAME);
    expect(t.national).toBeUndefined();
    expect(t.companies.count).toBe(100);
    expect(t.rejected.map((r) => [r.file, r.reason])).toEqual([[SOLE_FILE, "unreadable-file"]]);
    expect(t.rejected[0]!.message).toContain("sole-suppliers.csv is missing");
  });

  it("reports each bad company-flows row with its row and reason and keeps the rest", async () => {
    const made = await bundleOf(syntheticDataset(150, 700, 6), 2);
    const lines = entry(made.zip, SUMMARY_FILES.companyFlows);
    const first = lines[1]!.split(",");
    const id = first[0]!;
    const bad = [
      `nobody,${first.slice(1).join(",")}`,
      `${id},KR-GJN,all,1,1,1,1,1`,
      `${id},KR-99,all,1,1,1,1,1`,
      `${id},${first[1]},tech,1,1,1,1,1`,
      `${id},${first[1]},${first[2]},-1,1,1,1,1`,
      `${id},${first[1]},${first[2]},1.5,1,1,1,1`,
      `${id},${first[1]},${first[2]},1,abc,1,1,1`,
      `${id},${first[1]}`,
    ];
    // After the first data row: a copy of it (a second row for the same key), then the bad rows.
    const edited = [lines[0]!, lines[1]!, lines[1]!, ...bad, ...lines.slice(2)].join("\r\n");
    const t = loadSummaryTable(rezip(made.zip, { [SUMMARY_FILES.companyFlows]: edited }), NAME);
    expect(t.rejected.map((r) => [r.file, r.row, r.reason])).toEqual([
      [FLOWS_FILE, 3, "duplicate-id"],
      [FLOWS_FILE, 4, "unknown-company"],
      [FLOWS_FILE, 5, "unknown-division"],
      [FLOWS_FILE, 6, "unknown-division"],
      [FLOWS_FILE, 7, "malformed-row"],
      [FLOWS_FILE, 8, "bad-number"],
      [FLOWS_FILE, 9, "bad-number"],
      [FLOWS_FILE, 10, "bad-number"],
      [FLOWS_FILE, 11, "malformed-row"],
    ]);
    expect(t.rejected[1]!.message).toContain("nobody");
    expect(t.rejected[2]!.message).toContain("KR-GJN");
    expect(flowRows(t)).toEqual(made.summary.companyFlows);
  });

  it("does not use company-flows.csv whose rows are out of the declared order, and says so", async () => {
    const made = await bundleOf(syntheticDataset(150, 700, 6), 2);
    const lines = entry(made.zip, SUMMARY_FILES.companyFlows);
    const firstId = lines[1]!.split(",")[0]!;
    const firstBlock = lines.slice(1).findIndex((l) => !l.startsWith(`${firstId},`)) + 1;
    // The second company's rows before the first's.
    const nextId = lines[firstBlock]!.split(",")[0]!;
    const secondEnd = lines.slice(firstBlock).findIndex((l) => !l.startsWith(`${nextId},`)) + firstBlock;
    const swapped = [lines[0]!, ...lines.slice(firstBlock, secondEnd), ...lines.slice(1, firstBlock), ...lines.slice(secondEnd)].join("\r\n");
    const t = loadSummaryTable(rezip(made.zip, { [SUMMARY_FILES.companyFlows]: swapped }), NAME);
    expect(t.national).toBeUndefined();
    expect(t.companies.count).toBe(150);
    expect(t.rejected.map((r) => [r.file, r.row, r.reason])).toEqual([[FLOWS_FILE, 2 + secondEnd - firstBlock, "malformed-row"]]);
    expect(t.rejected[0]!.message).toMatch(/out of the declared order.*company-flows\.csv not used/);
  });

  it("reports each bad sole-suppliers row and keeps the rest, in any order", async () => {
    const made = await bundleOf(syntheticDataset(150, 700, 6), 2);
    const lines = entry(made.zip, SUMMARY_FILES.soleSuppliers);
    const [buyer, supplier] = lines[1]!.split(",");
    const other = lines[2]!.split(",")[0]!;
    const bad = [`nobody,${supplier},1`, `${other},nobody,1`, `${other},${other},1`, `${other},${supplier},0`, `${other},${supplier},x`, `${buyer},${supplier},1`, `${other}`];
    const reversed = lines.slice(1).filter((l) => l !== "").reverse();
    const edited = [lines[0]!, ...reversed, ...bad].join("\r\n");
    const t = loadSummaryTable(rezip(made.zip, { [SUMMARY_FILES.soleSuppliers]: edited }), NAME);
    const at = reversed.length + 2;
    expect(t.rejected.map((r) => [r.file, r.row, r.reason])).toEqual([
      [SOLE_FILE, at, "unknown-company"],
      [SOLE_FILE, at + 1, "unknown-company"],
      [SOLE_FILE, at + 2, "self-link"],
      [SOLE_FILE, at + 3, "bad-number"],
      [SOLE_FILE, at + 4, "bad-number"],
      [SOLE_FILE, at + 5, "duplicate-id"],
      [SOLE_FILE, at + 6, "malformed-row"],
    ]);
    expect(soleRows(t)).toEqual([...made.summary.soleSuppliers].reverse());
  });

  it("never throws on damaged bytes", async () => {
    const made = await bundleOf(syntheticDataset(100, 400, 5), 2);
    const text = entry(made.zip, SUMMARY_FILES.companyFlows).join("\r\n");
    for (const damaged of [text.slice(0, text.length / 2), '"' + text, text.replaceAll(",", '"'), "", "\u0000\u0001\uffff"]) {
      for (const file of [SUMMARY_FILES.companyFlows, SUMMARY_FILES.soleSuppliers]) {
        expect(() => loadSummaryTable(rezip(made.zip, { [file]: damaged }), NAME)).not.toThrow();
      }
    }
  });
});
