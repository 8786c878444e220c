import { describe, it, expect } from "vitest";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import type { Company, Dataset } from "../../../src/model/types.ts";
import * as XLSX from "@e965/xlsx";
import { brief, fixture, textFile } from "../helpers.ts";

const placed = (ds: Dataset) => Object.fromEntries(ds.companies.map((c: Company) => [c.name, [c.division, c.municipalityCode ?? null]]));

describe("io/rows/municipalityCell: a 시군구 column", () => {
  const ds = readFiles([fixture("companies-municipality-ko.csv")]);

  it("keeps every company and places each that the text and province name without doubt", () => {
    expect(ds.companies).toHaveLength(12);
    expect(ds.report.rejected).toEqual([]);
    expect(placed(ds)).toEqual({
      성산정밀: ["KR-48", "48123"],
      의창기계: ["KR-48", "48121"],
      중앙부품: ["", null],
      울산중공: ["KR-31", "31110"],
      // Given with 경북: placed where 군위군 is now.
      군위식품: ["KR-27", "27720"],
      // No division column value: the municipality gives it.
      구미전자: ["KR-47", "47190"],
      고성수산: ["", null],
      속초물산: ["KR-42", "51820"],
      유령상사: ["KR-26", null],
      // The division is kept, the municipality in another province is not placed.
      해운상사: ["KR-11", null],
      창원기공: ["KR-48", null],
      횡성유업: ["KR-42", "51730"],
    });
  });

  it("keeps the municipality text as written", () => {
    expect(ds.companies.find((c) => c.id === "M02")!.municipality).toBe("의창구");
    expect(ds.companies.find((c) => c.id === "M12")!.municipality).toBe("Hoengseong-gun");
  });

  it("reports each ambiguous, unknown, moved and conflicting municipality with its file and row", () => {
    expect(brief(ds.report.warnings)).toEqual([
      ["companies-municipality-ko.csv", 4, "ambiguous-municipality"],
      ["companies-municipality-ko.csv", 6, "moved-municipality"],
      ["companies-municipality-ko.csv", 8, "ambiguous-municipality"],
      ["companies-municipality-ko.csv", 10, "unknown-municipality"],
      ["companies-municipality-ko.csv", 11, "conflicting-municipality"],
      ["companies-municipality-ko.csv", 12, "ambiguous-municipality"],
    ]);
    const [jung, moved, goseong, , , changwon] = ds.report.warnings;
    // Every candidate, named.
    expect(jung!.detail).toContain("중구: ");
    for (const code of ["KR-11", "KR-26", "KR-27", "KR-28", "KR-30", "KR-31"]) expect(jung!.detail).toContain(`중구 (Jung-gu, ${code})`);
    expect(goseong!.detail).toBe("고성군: 고성군 (Goseong-gun, KR-48), 고성군 (Goseong-gun, KR-42)");
    expect(changwon!.detail.split("), ")).toHaveLength(5);
    expect(moved!.message).toBe("'군위군' moved from KR-47 to KR-27 on 2023-07-01: company placed in KR-27");
    expect(moved!.detail).toBe("군위군: 군위군, KR-47 → KR-27 on 2023-07-01");
    expect(ds.report.warnings[3]!.detail).toBe("없는구");
  });
});

describe("io/rows/municipalityCell: addresses", () => {
  it.each(["companies-address-ko.csv", "companies-address-ko.cp949.csv"])("places the companies of %s by their address alone", (name) => {
    const ds = readFiles([fixture(name)]);
    expect(ds.companies).toHaveLength(8);
    expect(placed(ds)).toEqual({
      가람정밀: ["KR-48", "48123"],
      나래전자: ["KR-11", "11110"],
      다온바이오: ["KR-48", "48123"],
      라온식품: ["KR-27", "27720"],
      마루소재: ["KR-27", "27720"],
      바다수산: ["KR-42", "51820"],
      // An address whose municipality is not known: the division still places it, nothing to report.
      사랑기계: ["KR-41", null],
      아라화학: ["KR-50", "36110"],
    });
    expect(brief(ds.report.warnings)).toEqual([[name, 6, "moved-municipality"]]);
    // The municipality as the address wrote it, as before.
    expect(ds.companies.find((c) => c.name === "가람정밀")!.municipality).toBe("창원시");
  });

  it("takes a division's name in a municipality column as no municipality, without a warning", () => {
    const ds = readFiles([textFile("c.csv", "company,province,city\nA,Busan,Busan\nB,Gwangju,Gwangju\nC,Gyeonggi,Gwangju\nD,,Ulsan\n")]);
    expect(placed(ds)).toEqual({ A: ["KR-26", null], B: ["KR-29", null], C: ["KR-41", "41610"], D: ["", null] });
    expect(ds.report.warnings).toEqual([]);
  });

  it("reads a separate address column beside the division column", () => {
    const ds = readFiles([textFile("a.csv", "회사명,시도,주소\n가,경남,경상남도 창원시 의창구 창원대로 1\n나,서울,부산광역시 해운대구 센텀로 1\n다,,울산광역시 울주군 온산읍\n")]);
    expect(placed(ds)).toEqual({ 가: ["KR-48", "48121"], 나: ["KR-11", null], 다: ["KR-31", "31710"] });
    expect(brief(ds.report.warnings)).toEqual([["a.csv", 3, "conflicting-municipality"]]);
    expect(ds.companies[0]!.attributes).toEqual({});
  });
});

describe("io/rows/municipalityCell: codes", () => {
  it("reads five- and ten-digit codes, old codes included; a province's own code places nothing finer", () => {
    const ds = readFiles([fixture("companies-sgg-code.csv")]);
    expect(ds.companies).toHaveLength(6);
    expect(placed(ds)).toEqual({
      "Code Five": ["KR-48", "48123"],
      "Code Ten": ["KR-11", "11110"],
      "Old Gunwi": ["KR-27", "27720"],
      "Old Chuncheon": ["KR-42", "51110"],
      "No Such": ["", null],
      "Division Only": ["", null],
    });
    expect(brief(ds.report.warnings)).toEqual([
      ["companies-sgg-code.csv", 4, "moved-municipality"],
      ["companies-sgg-code.csv", 6, "unknown-municipality"],
    ]);
  });

  it("reads codes a workbook stores as numbers", () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([
      ["회사명", "시도", "시군구코드"],
      ["가", "경남", 48123],
      ["나", "", 4772025000],
      ["다", "서울", 4812310100],
    ]), "기업");
    const bytes = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer);
    const ds = readFiles([{ name: "w.xlsx", bytes }]);
    expect(placed(ds)).toEqual({ 가: ["KR-48", "48123"], 나: ["KR-27", "27720"], 다: ["KR-11", null] });
    expect(brief(ds.report.warnings)).toEqual([["w.xlsx › 기업", 3, "moved-municipality"], ["w.xlsx › 기업", 4, "conflicting-municipality"]]);
  });

  it("reads the municipality from a 법정동 code in the division column", () => {
    const ds = readFiles([textFile("b.csv", "회사명,법정동코드\n가,4812310100\n나,4700000000\n다,2600000000\n")]);
    expect(placed(ds)).toEqual({ 가: ["KR-48", "48123"], 나: ["KR-47", null], 다: ["KR-26", null] });
    expect(ds.report.warnings).toEqual([]);
  });
});

describe("io/rows/municipalityCell: links files that describe their companies", () => {
  it("places suppliers and buyers from their municipality, code and address columns", () => {
    const csv = [
      "공급기업,공급기업 시도,공급기업 시군구,수요기업,수요기업 시군구코드,수요기업 주소",
      "갑,경남,성산구,을,27720,",
      "병,,중구,정,,서울특별시 종로구 세종대로 209",
      "갑,경남,성산구,정,,",
    ].join("\n");
    const ds = readFiles([textFile("l.csv", csv)]);
    expect(ds.links).toHaveLength(3);
    expect(placed(ds)).toEqual({ 갑: ["KR-48", "48123"], 을: ["KR-27", "27720"], 병: ["", null], 정: ["KR-11", "11110"] });
    expect(brief(ds.report.warnings)).toEqual([["l.csv", 3, "ambiguous-municipality"]]);
  });

  it("places graph nodes from a municipality attribute", () => {
    const json = JSON.stringify({
      attributes: {},
      nodes: [
        { key: "a", attributes: { name: "가", division: "경남", municipality: "창원시 진해구" } },
        { key: "b", attributes: { name: "나", sgg_code: "11110" } },
        { key: "c", attributes: { name: "다", address: "경상북도 구미시 구미대로 1" } },
        // Beside nodes with a division: its address still gives the division, municipality or not.
        { key: "d", attributes: { name: "라", address: "경기도 어딘가 123" } },
      ],
      edges: [{ source: "a", target: "b" }],
    });
    const ds = readFiles([textFile("g.json", json)]);
    expect(placed(ds)).toEqual({ 가: ["KR-48", "48129"], 나: ["KR-11", "11110"], 다: ["KR-47", "47190"], 라: ["KR-41", null] });
    expect(ds.companies.find((c) => c.name === "다")!.municipality).toBe("구미시");
    expect(ds.report.warnings).toEqual([]);
  });
});
