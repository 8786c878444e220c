// The national downloads' writer on its own: hostile names cannot become formulas in the CSV,
// stay plain text in the workbook, and the workbook reads the same with SheetJS as with the
// app's fast reader (a file other programs open, not one only we read).
import { describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import { allStrings, stringAt, type SummaryData } from "../../../src/graph/summary/columns.ts";
import { readWithSheetJs } from "../../../src/io/formats/xlsxSheets.ts";
import { readXlsxFast } from "../../../src/io/formats/xlsxFast.ts";
import { writeSummaryDownload, type SummaryDownloadRequest } from "../../../src/workers/summary/summaryDownload.ts";
import { bundleOf } from "../../io/summaryHelpers.ts";
import { company, dataset, link } from "../../graph/helpers.ts";

const hostile = "=HYPERLINK(\"http://x\",\"<b>&\")";
const data = dataset(
  [company("a", "KR-11", { name: hostile }), company("b", "KR-26", { name: " 부산, \"정밀\" " }), company("c", "KR-29", { name: "+광주" })],
  [link("1", "a", "b", "production", { weight: 3 }), link("2", "b", "c", "sales"), link("3", "c", "a", "technology")],
);

async function table(): Promise<SummaryData> {
  const made = await bundleOf(data, 1);
  return readFilesWithSnapshots([{ name: "s.zip", bytes: made.zip }]).snapshots[0]!.summary as SummaryData;
}

function written(t: SummaryData, request: SummaryDownloadRequest): Uint8Array {
  const parts: Uint8Array[] = [];
  writeSummaryDownload(t, request, (bytes) => parts.push(bytes));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (out.set(p, at), (at += p.length));
  return out;
}

describe("workers/summaryDownload", () => {
  it("neutralises formula-looking names in the CSV and quotes what needs it", async () => {
    const t = await table();
    const text = new TextDecoder().decode(written(t, { table: "companies", format: "csv", lang: "en", vintage: "2023", weights: {} }));
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(4);
    expect(text).toContain(`'=HYPERLINK(""http://x"",""<b>&"")`);
    expect(text).toContain(`"' 부산, ""정밀"" "`.replace("' ", " "));
    expect(text).toContain("'+광주");
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("writes a workbook that SheetJS and the app's fast reader read alike, names as plain text", async () => {
    const t = await table();
    for (const which of ["companies", "ranking"] as const) {
      const bytes = written(t, { table: which, format: "xlsx", lang: "ko", vintage: "2026-07", weights: {} });
      const fast = readXlsxFast(bytes);
      expect(fast).not.toBeNull();
      expect(readWithSheetJs(bytes)).toEqual(fast);
      const rows = fast![0]!.rows;
      expect(rows).toHaveLength(4);
      // The name as the company table holds it (the bundle's reader keeps its guard), as text.
      const name = stringAt(t.companies.text.name, allStrings(t.companies.text.id).indexOf("a"));
      expect(name).toContain("=HYPERLINK");
      expect(rows.some((r) => r.includes(name))).toBe(true);
      const sheet = new TextDecoder().decode(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
      expect(sheet).not.toContain("<f>");
    }
  });
});
