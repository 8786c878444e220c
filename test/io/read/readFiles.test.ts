import { describe, it, expect } from "vitest";
import { ISSUE_REASONS } from "../../../src/model/types.ts";
import { EARLY_COMPANIES_LINK_SIZE, readFiles } from "../../../src/io/read/readFiles.ts";
import type { Dataset } from "../../../src/model/types.ts";
import { syntheticNetwork } from "../../../scripts/lib/synthetic.ts";
import { companiesCsv, unknownLinksCsv, workbook } from "../../../scripts/lib/realFiles.ts";
import { brief, fixture, textFile } from "../helpers.ts";

describe("io/read: links files", () => {
  it("reads Korean links that name their companies, and marks them illustrative", () => {
    const ds = readFiles([fixture("companies-ko.csv"), fixture("links-ko.csv")]);
    expect(ds.report.rejected).toEqual([]);
    expect(ds.report).toMatchObject({ companies: 10, links: 8, crossProvinceLinks: 7 });
    expect(ds.illustrative).toBe(true);
    expect(ds.links[0]).toEqual({
      id: "links-ko.csv#2",
      source: "C05",
      target: "C04",
      type: "production",
      weight: 1200,
      year: 2024,
      illustrative: true,
      attributes: {},
    });
    expect(ds.links.map((l) => l.type)).toEqual(["production", "technology", "technology", "sales", "technology", "production", "sales", "sales"]);
  });

  it("reads English links by id with explicit link ids, currency amounts and extra columns", () => {
    const ds = readFiles([fixture("companies-en.bom.csv"), fixture("links-en.csv")]);
    expect(ds.report.rejected).toEqual([]);
    expect(ds.links.map((l) => [l.id, l.weight, l.year])).toEqual([
      ["L1", 1234, 2023],
      ["L2", 1234, 2024],
      ["L3", 10, 2022],
      ["L4", undefined, undefined],
      ["L5", 5.5, 2021],
    ]);
    expect(ds.links[1]?.attributes).toEqual({ note: "pilot" });
    expect(ds.links[4]?.type).toBe("technology");
    expect(ds.report.crossProvinceLinks).toBe(4);
    expect(ds.illustrative).toBe(false);
  });

  it("gives the same dataset whatever order the files come in", () => {
    const forward = readFiles([fixture("companies-ko.cp949.csv"), fixture("links-ko.cp949.csv")]);
    const reversed = readFiles([fixture("links-ko.cp949.csv"), fixture("companies-ko.cp949.csv")]);
    expect(reversed.companies).toEqual(forward.companies);
    expect(reversed.links).toEqual(forward.links);
    expect(reversed.report.rejected).toEqual([]);
    expect(reversed.report.files.map((f) => f.name)).toEqual(["links-ko.cp949.csv", "companies-ko.cp949.csv"]);
  });

  it("rejects exactly the bad link rows and keeps the good ones between them", () => {
    const ds = readFiles([fixture("broken-links.csv"), fixture("broken-companies.csv")]);
    const links = ds.report.rejected.filter((i) => i.file === "broken-links.csv");
    expect(brief(links)).toEqual([
      ["broken-links.csv", 3, "unknown-company"],
      ["broken-links.csv", 4, "self-link"],
      ["broken-links.csv", 5, "bad-number"],
      ["broken-links.csv", 6, "bad-number"],
      ["broken-links.csv", 7, "bad-year"],
      ["broken-links.csv", 8, "bad-year"],
      ["broken-links.csv", 10, "missing-id"],
      ["broken-links.csv", 12, "unknown-company"],
    ]);
    expect(links.map((i) => i.detail)).toEqual(["NOPE", "X01", "abc", "-5", "20x3", "1850", "supplier", "X02"]);
    expect(ds.links.map((l) => l.id)).toEqual(["broken-links.csv#2", "broken-links.csv#9", "broken-links.csv#11", "broken-links.csv#13"]);
    expect(brief(ds.report.warnings.filter((i) => i.file === "broken-links.csv"))).toEqual([["broken-links.csv", 9, "unknown-link-type"]]);
    expect(ds.links[1]?.type).toBe("other");
    // Row 11 named its supplier by name: "좋은기업1" is X01.
    expect(ds.links[2]).toMatchObject({ source: "X01", target: "X05", weight: 1234, type: "technology" });
    // Issues come back in the order the files were given, although companies were read first.
    expect(ds.report.rejected[0]?.file).toBe("broken-links.csv");
  });

  it("rejects a link whose explicit id is already taken", () => {
    const companies = textFile("c.csv", "id,name,division\na,A,서울\nb,B,부산\n");
    const links = textFile("l.csv", "id,supplier,buyer\nk1,a,b\nk1,b,a\nk2,b,a\n");
    const ds = readFiles([companies, links]);
    expect(brief(ds.report.rejected)).toEqual([["l.csv", 3, "duplicate-id"]]);
    expect(ds.links.map((l) => l.id)).toEqual(["k1", "k2"]);
  });

  it("tells two files with the same name apart", () => {
    const a = textFile("links.csv", "supplier,buyer\nA,B\n");
    const b = textFile("links.csv", "supplier,buyer\nA,B\n");
    const ds = readFiles([textFile("c.csv", "name,division\nA,서울\nB,부산\n"), a, b]);
    expect(ds.links.map((l) => l.id)).toEqual(["links.csv#2", "links.csv (2)#2"]);
  });
});

describe("io/read: the single-file shape", () => {
  it("creates companies from the links file itself (Korean headers)", () => {
    const ds = readFiles([fixture("single-ko.csv")]);
    expect(ds.report.rejected).toEqual([]);
    expect(ds.report.warnings).toEqual([]);
    expect(ds.report.files[0]?.kind).toBe("links-with-companies");
    expect(ds.companies.map((c) => [c.id, c.division])).toEqual([
      ["대동에스엠", "KR-47"],
      ["루소", "KR-47"],
      ["스위코진광", "KR-46"],
      ["발맥스기술", "KR-44"],
      ["엘디티", "KR-44"],
    ]);
    expect(ds.companies.find((c) => c.id === "엘디티")?.industry).toBe("디스플레이");
    expect(ds.report).toMatchObject({ companies: 5, links: 5, crossProvinceLinks: 4 });
    expect(ds.links.map((l) => l.type)).toEqual(["production", "sales", "technology", "production", "technology"]);
    expect(ds.links[4]?.attributes).toEqual({ 비고: "두 번째 거래" });
  });

  it("keeps a namesake in another division apart, with a warning, and keeps companies it cannot place without a division", () => {
    const text = [
      "supplier,supplier_division,buyer,buyer_division,type",
      "A,서울,B,부산,sales",
      "A,경기,C,대구,sales",
      "D,,B,부산,sales",
      "E,경기북도,B,부산,sales",
      "A,서울,A,서울,sales",
    ].join("\n");
    const ds = readFiles([textFile("one.csv", text)]);
    expect(ds.companies.map((c) => [c.id, c.division])).toEqual([["A", "KR-11"], ["B", "KR-26"], ["A (KR-41)", "KR-41"], ["C", "KR-27"], ["D", ""], ["E", ""]]);
    expect(brief(ds.report.warnings)).toEqual([["one.csv", 3, "same-name"], ["one.csv", 5, "unknown-division"]]);
    expect(brief(ds.report.rejected)).toEqual([["one.csv", 6, "self-link"]]);
    expect(ds.links.map((l) => [l.source, l.target])).toEqual([["A", "B"], ["A (KR-41)", "C"], ["D", "B"], ["E", "B"]]);
    // A link with an unplaced end crosses no boundary.
    expect(ds.report.crossProvinceLinks).toBe(2);
  });

  it("keeps the first division of a company known by id and warns when a later row disagrees", () => {
    const text = ["supplier_id,supplier,supplier_division,buyer,buyer_division", "A1,A,서울,B,부산", "A1,A,경기,B,부산"].join("\n");
    const ds = readFiles([textFile("one.csv", text)]);
    expect(ds.companies.map((c) => [c.id, c.division])).toEqual([["A1", "KR-11"], ["B", "KR-26"]]);
    expect(brief(ds.report.warnings)).toEqual([["one.csv", 3, "conflicting-division"]]);
    expect(ds.links).toHaveLength(2);
  });

  it("uses companies from a companies file given after it, matched by id or name", () => {
    const single = textFile("s.csv", "supplier,supplier_division,buyer,buyer_division\n다스코,부산,새회사,서울\n");
    const ds = readFiles([single, fixture("companies-ko.csv")]);
    expect(ds.links[0]).toMatchObject({ source: "C10", target: "새회사" });
    expect(ds.report.warnings).toEqual([]);
  });
});

describe("io/read: options and report", () => {
  it("reports progress from 0 to 1 and takes a label", () => {
    const seen: number[] = [];
    const ds = readFiles([fixture("companies-ko.csv"), fixture("links-ko.csv")], { label: "샘플", onProgress: (f) => seen.push(f) });
    expect(ds.label).toBe("샘플");
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
  });

  it("names the dataset after its files by default", () => {
    expect(readFiles([fixture("single-ko.csv")]).label).toBe("single-ko.csv");
    expect(readFiles([fixture("single-ko.csv")], { label: " " }).label).toBe("single-ko.csv");
  });

  it("hands over every company before reading many links, and then reads the same dataset", () => {
    const net = syntheticNetwork({ companies: 800, links: 32_000, seed: 5 });
    expect(net.linksCsv.length).toBeGreaterThanOrEqual(EARLY_COMPANIES_LINK_SIZE);
    // Links first: the companies are still read first, so links can name them.
    const files = [textFile("links.csv", net.linksCsv), textFile("companies.csv", net.companiesCsv)];
    const early: Dataset[] = [];
    const ds = readFiles(files, { onCompanies: (d) => early.push(d) });
    expect(early).toHaveLength(1);
    expect(early[0]!.companies).toEqual(ds.companies);
    expect(early[0]!.links).toEqual([]);
    expect(early[0]!.report).toMatchObject({ companies: 800, links: 0 });
    expect(ds.links).toHaveLength(32_000);
    expect(readFiles(files)).toEqual(ds);
  });

  it("reads small files, and files whose link rows add companies, in one go", () => {
    const calls: Dataset[] = [];
    readFiles([fixture("companies-ko.csv"), fixture("links-ko.csv")], { onCompanies: (d) => calls.push(d) });
    const net = syntheticNetwork({ companies: 800, links: 52_000, seed: 6 });
    // A links file that names divisions creates companies as it goes: none are final before it is read.
    const names = new Map(net.companiesCsv.trim().split("\n").slice(1).map((row) => row.split(",")).map((c) => [c[0]!, c]));
    const single = ["공급기업,공급기업 시도,구매기업,구매기업 시도", ...net.linksCsv.trim().split("\n").slice(1).map((row) => {
      const [s, t] = row.split(",");
      return `${names.get(s!)![1]},${names.get(s!)![3]},${names.get(t!)![1]},${names.get(t!)![3]}`;
    })].join("\n");
    expect(single.length).toBeGreaterThanOrEqual(EARLY_COMPANIES_LINK_SIZE);
    const ds = readFiles([textFile("companies.csv", net.companiesCsv), textFile("links.csv", single)], { onCompanies: (d) => calls.push(d) });
    expect(ds.links.length).toBeGreaterThan(0);
    expect(calls).toEqual([]);
  });

  it("reads no files into an empty dataset", () => {
    const ds = readFiles([]);
    expect(ds.report).toMatchObject({ companies: 0, links: 0, rejected: [], warnings: [] });
  });

  it("exercises every issue reason across the fixtures", () => {
    const ds = readFiles([
      fixture("broken-companies.csv"),
      fixture("broken-links.csv"),
      fixture("unknown-format.csv"),
      fixture("empty.csv"),
      fixture("links-missing-buyer.csv"),
      fixture("hostile.json"),
      { name: "x.bin", bytes: new Uint8Array([0x41, 0]) },
      { name: "odd.csv", bytes: new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0xc9, 0x41]) },
      textFile("one.csv", "supplier_id,supplier,supplier_division,buyer,buyer_division\nA1,A,서울,B,부산\nA1,A,경기,B,부산\n"),
      textFile("marks.csv", 'supplier,buyer,weight\nA,B,"1,234"\nA,B,"1.234,5"\n'),
      textFile("names.csv", "공급기업,공급지역,수요기업,수요지역\n(주)대한정밀,경남,B,부산\n대한정밀,경남,B,경기\n"),
      // Municipalities: ambiguous (중구 without a province), moved (군위군 given with 경북), in another division, unknown.
      textFile("places.csv", "회사명,시도,시군구\n시군구가,,중구\n시군구나,경북,군위군\n시군구다,서울,해운대구\n시군구라,부산,없는구\n"),
      companiesCsv(),
      unknownLinksCsv(),
      workbook(),
      textFile("undirected.graphml", '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="n" for="node" attr.name="name" attr.type="string"/><key id="d" for="node" attr.name="division" attr.type="string"/><graph edgedefault="undirected"><node id="a"><data key="n">가</data><data key="d">서울</data></node><node id="b"><data key="n">나</data><data key="d">부산</data></node><edge source="a" target="b"/></graph></graphml>'),
    ]);
    const seen = new Set([...ds.report.rejected, ...ds.report.warnings].map((i) => i.reason));
    // Grouping files are not data files: their own reason is exercised in test/io/formats/grouping.test.ts.
    const groupingOnly = new Set(["unlisted-division"]);
    expect([...ISSUE_REASONS].filter((r) => !seen.has(r) && !groupingOnly.has(r))).toEqual([]);
  });
});
