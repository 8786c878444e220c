// buildSnapshot's scope and metadata, the bundle's round trip with its view, and the workbook.

import * as XLSX from "@e965/xlsx";
import { strToU8, unzipSync, zipSync } from "fflate";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { exportSnapshot } from "../../../src/io/write/writers.ts";
import { sha256Hex, sourceFiles } from "../../../src/io/snapshot/metadata.ts";
import { readFiles, readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import type { Dataset } from "../../../src/model/types.ts";
import { asInputFiles, snapshotOf } from "../snapshotHelpers.ts";
import { textFile } from "../helpers.ts";

const COMPANIES = `id,name,division,industry\ng1,광주기업,광주,자동차\nj1,전남기업,전남,조선\ns1,서울기업,서울,=SUM(A1)\n`;
const LINKS = `supplier,buyer,type,weight,year\ng1,j1,production,10,2023\nj1,s1,sales,5,2024\ns1,g1,technology,,2025\n`;
const files = [textFile("companies.csv", COMPANIES), textFile("links.csv", LINKS)];
const dataset: Dataset = readFiles(files);

describe("io/snapshot: scope and metadata", () => {
  it("keeps only what the predicates keep, and links only between kept companies", () => {
    const s = snapshotOf(dataset, {
      keepNode: (id) => id !== "s1",
      keepEdge: (_id, a) => a.linkType !== "sales",
      filters: { types: ["production"] },
      whatIf: { removed: ["s1"] },
      viewFragment: "#lt=production&vin=2026-07",
    });
    expect(s.nodes.map((n) => n.company.id).sort()).toEqual(["g1", "j1"]);
    expect(s.edges.map((e) => [e.source, e.target])).toEqual([["g1", "j1"]]);
    expect(s.metadata).toMatchObject({
      scope: "view",
      exported: { companies: 2, links: 1 },
      report: { companies: 3, links: 3 },
      filters: { types: ["production"] },
      whatIf: { removed: ["s1"] },
      viewFragment: "#lt=production&vin=2026-07",
    });
    expect(s.flows().links).toBe(1);
    expect(s.ranking().map((r) => r.id).sort()).toEqual(["g1", "j1"]);
  });

  it("judges cross-division links and the 2026 division under the vintage", () => {
    const in2023 = snapshotOf(dataset);
    const in2026 = snapshotOf(dataset, { vintage: "2026-07" });
    const gj = (s: typeof in2023) => s.edges.find((e) => e.source === "g1" && e.target === "j1")!.cross;
    expect([gj(in2023), gj(in2026)]).toEqual([true, false]);
    expect(in2026.nodes.find((n) => n.company.id === "g1")?.division2026).toBe("KR-GJN");
    expect(in2026.metadata.scope).toBe("network");
  });

  it("hashes the source files with SHA-256, as node:crypto does", async () => {
    const sources = await sourceFiles(files, dataset.report.files);
    expect(sources.map((s) => s.sha256)).toEqual(files.map((f) => createHash("sha256").update(f.bytes).digest("hex")));
    expect(sources.map((s) => [s.name, s.rows, s.kind])).toEqual([["companies.csv", 3, "companies"], ["links.csv", 3, "links"]]);
    expect(await sha256Hex(new Uint8Array())).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("writes positions and drawn colours when given, and none otherwise", () => {
    const drawn = snapshotOf(dataset, { positions: new Map([["g1", { x: 3, y: -4 }]]), nodeVisual: () => ({ color: "#ff8000", size: 6 }) });
    const gexf = String(exportSnapshot(drawn, "gexf")[0]!.data);
    // One drawn node: the centre of its (empty) box, Gephi Lite's default size.
    expect(gexf).toContain('<viz:color r="255" g="128" b="0"/><viz:position x="0" y="0" z="0"/><viz:size value="20"/>');
    expect(String(exportSnapshot(snapshotOf(dataset), "gexf")[0]!.data)).not.toContain("<viz:");
  });
});

describe("io/bundle", () => {
  const view = { camera: { x: 0.5, ratio: 1.2 }, lang: "ko", note: "<script>" };
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

  it("reads back the same data and gives the view back", () => {
    const [zip] = exportSnapshot(snapshotOf(dataset), "bundle", { view, png });
    const { dataset: read, snapshots } = readFilesWithSnapshots(asInputFiles([zip!]));
    expect(read.report.rejected).toEqual([]);
    expect(read.companies).toEqual(dataset.companies.map((c) => ({ ...c })));
    expect(read.links.map(({ source, target, type, weight, year }) => ({ source, target, type, weight, year }))).toEqual(
      dataset.links.map(({ source, target, type, weight, year }) => ({ source, target, type, weight, year })),
    );
    expect(read.report.files[0]).toMatchObject({ name: "supply-atlas.zip", kind: "bundle" });
    expect(snapshots).toEqual([{ file: "supply-atlas.zip", view, metadata: expect.objectContaining({ app: "Supply Atlas", label: dataset.label }) }]);
  });

  it("holds every part, the picture stored as given, and is the same bytes for the same snapshot", () => {
    const snapshot = snapshotOf(dataset);
    const [a] = exportSnapshot(snapshot, "bundle", { view, png });
    const [b] = exportSnapshot(snapshot, "bundle", { view, png });
    expect(a!.data).toEqual(b!.data);
    const entries = unzipSync(a!.data as Uint8Array);
    expect(Object.keys(entries).sort()).toEqual(["README.txt", "edges.csv", "graph.gexf", "graph.json", "import-report.csv", "metadata.json", "nodes.csv", "view.json", "view.png"]);
    expect(entries["view.png"]).toEqual(png);
    expect(new TextDecoder().decode(entries["nodes.csv"])).toContain("'=SUM(A1)");
  });

  it("names a zip that is not a bundle, and a broken one", () => {
    const other = readFiles([{ name: "other.zip", bytes: zipSync({ "a.txt": strToU8("hi") }) }]);
    expect(other.report.rejected[0]?.message).toContain("not a Supply Atlas snapshot bundle");
    const broken = readFiles([{ name: "broken.zip", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]) }]);
    expect(broken.report.rejected[0]).toMatchObject({ file: "broken.zip", row: 0, reason: "unreadable-file" });
  });
});

describe("io/write/workbook", () => {
  it("has every sheet, typed numbers and Korean text intact", () => {
    const [file] = exportSnapshot(snapshotOf(dataset), "xlsx");
    const wb = XLSX.read(file!.data as Uint8Array, { type: "array" });
    expect(wb.SheetNames).toEqual(["companies", "links", "division flows", "division flow list", "ranking", "import report", "metadata"]);
    const companies = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.companies!);
    expect(companies.find((r) => r.id === "g1")).toMatchObject({ name: "광주기업", division: "KR-29", division_name: "광주광역시" });
    expect(companies.find((r) => r.id === "s1")?.industry).toBe("=SUM(A1)");
    expect(wb.Sheets.companies!.F4?.f).toBeUndefined();
    const links = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.links!);
    expect(links.map((l) => l.amount)).toEqual([10, 5, undefined]);
  });
});

describe("io/write/workbook in the user's language", () => {
  it("names sheets and made-up headers in Korean for the Korean UI, and still loads back as the same data", () => {
    const snapshot = snapshotOf(dataset);
    const [ko] = exportSnapshot(snapshot, "xlsx", { lang: "ko" });
    const wb = XLSX.read(ko!.data as Uint8Array, { type: "array" });
    expect(wb.SheetNames).toEqual(["기업", "연결", "시도 간 흐름 행렬", "시도 간 흐름 목록", "순위", "가져오기 보고", "정보"]);
    const rows = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name]!, { header: 1 });
    expect(rows("순위")[0]).toEqual(["순위", "순위 기업ID", "순위 기업명", "순위 시도코드", "순위 구분", "초광역권 선도기업", "점수", "기술협력_값", "생산_값", "판매_값", "기타_값"]);
    expect(String(rows("시도 간 흐름 행렬")[0]![0])).toContain("행 공급 시도 → 열 수요 시도");
    expect(rows("시도 간 흐름 행렬")[0]![1]).toMatch(/^[가-힣]+ \(KR-\d\d\)$/);
    // 구분 is the word for tier (순위 구분, and a tier alias the readers know): the flow list says what kind of flow.
    expect(rows("시도 간 흐름 목록")[0]!.slice(0, 2)).toEqual(["경계 기준", "흐름 종류"]);
    // The made-up sheets must not pass for company or link tables when the workbook is read back.
    const [en] = exportSnapshot(snapshot, "xlsx");
    const back = readFiles(asInputFiles([ko!]));
    const backEn = readFiles(asInputFiles([en!]));
    expect(back.companies.length).toBe(dataset.companies.length);
    expect(back.links.length).toBe(dataset.links.length);
    expect(back.companies.length).toBe(backEn.companies.length);
    expect(back.links.length).toBe(backEn.links.length);
  });
});

describe("io/snapshot: the drawing is not data", () => {
  it("positions, colours and sizes written by us do not come back as company attributes", () => {
    const drawn = snapshotOf(dataset, { positions: "drawn", nodeVisual: () => ({ color: "#102030", size: 4 }), edgeVisual: () => ({ color: "#405060", size: 1 }) });
    for (const format of ["gexf", "graphml", "json", "csv", "bundle"] as const) {
      const read = readFiles(asInputFiles(exportSnapshot(drawn, format)));
      expect(read.companies.map((c) => c.attributes), format).toEqual(dataset.companies.map(() => ({})));
      expect(read.links.map((l) => l.attributes), format).toEqual(dataset.links.map(() => ({})));
    }
  });
});
