import { describe, it, expect } from "vitest";
import { DIVISIONS, divisionLabel, divisionsOf, getDivision, toVintage } from "../../src/regions/divisions.ts";

describe("regions/divisions", () => {
  it("has 17 divisions in 2023 and 16 in 2026-07", () => {
    expect(divisionsOf("2023")).toHaveLength(17);
    const after = divisionsOf("2026-07").map((d) => d.code);
    expect(after).toHaveLength(16);
    expect(after).toContain("KR-GJN");
    expect(after).not.toContain("KR-29");
    expect(after).not.toContain("KR-46");
  });

  it("has unique codes and unique current interior-ministry and KOSTAT codes", () => {
    const codes = DIVISIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    const mois = DIVISIONS.flatMap((d) => d.moisCodes);
    expect(new Set(mois).size).toBe(mois.length);
    const kostat = DIVISIONS.flatMap((d) => (d.kostatCode ? [d.kostatCode] : []));
    expect(new Set(kostat).size).toBe(17);
  });

  it("flags the capital region (Seoul, Incheon, Gyeonggi)", () => {
    const capital = DIVISIONS.filter((d) => d.capitalRegion).map((d) => d.code);
    expect(capital.sort()).toEqual(["KR-11", "KR-28", "KR-41"]);
  });

  it("keeps old ministry codes after the current ones", () => {
    expect(getDivision("KR-42")?.moisCodes).toEqual(["51", "42"]);
    expect(getDivision("KR-45")?.moisCodes).toEqual(["52", "45"]);
    expect(getDivision("KR-49")?.moisCodes).toEqual(["50"]);
  });

  it("describes the merged division", () => {
    const merged = getDivision("KR-GJN");
    expect(merged?.members).toEqual(["KR-29", "KR-46"]);
    expect(merged?.nameKo).toBe("전남광주통합특별시");
    expect(merged?.shortKo).toBe("전남광주");
    expect(merged?.nameEn).toBe("Jeonnam-Gwangju");
  });

  it("maps codes to a vintage", () => {
    expect(toVintage("KR-29", "2026-07")).toBe("KR-GJN");
    expect(toVintage("KR-46", "2026-07")).toBe("KR-GJN");
    expect(toVintage("KR-29", "2023")).toBe("KR-29");
    expect(toVintage("KR-11", "2026-07")).toBe("KR-11");
    expect(toVintage("KR-GJN", "2026-07")).toBe("KR-GJN");
  });

  it("labels divisions in both languages", () => {
    expect(divisionLabel("KR-41", "ko")).toBe("경기");
    expect(divisionLabel("KR-41", "ko", "full")).toBe("경기도");
    expect(divisionLabel("KR-43", "en")).toBe("North Chungcheong");
    expect(divisionLabel("KR-42", "en", "full")).toBe("Gangwon State");
    expect(divisionLabel("KR-GJN", "ko", "full")).toBe("전남광주통합특별시");
    expect(divisionLabel("KR-99", "en")).toBe("KR-99");
  });
});
