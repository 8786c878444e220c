import { describe, expect, it } from "vitest";
import { NO_DIVISION, STORED_VINTAGE } from "../../src/model/types.ts";
import { divisionsOf } from "../../src/regions/divisions.ts";
import { BUILT_IN_GROUPINGS, groupingProblems, registerGrouping, type Grouping } from "../../src/regions/groupings.ts";
import { MUNICIPALITIES } from "../../src/regions/municipalities.ts";
import { forgetScales, getUnit, regionLabel, selectedUnits, unitCodesOf, unitOf, unitsOf } from "../../src/regions/units.ts";

const STORED = divisionsOf(STORED_VINTAGE).map((d) => d.code);

describe("regions/units", () => {
  it("ships groupings that put every division in exactly one group, each with a source and a date", () => {
    for (const grouping of BUILT_IN_GROUPINGS) {
      expect(groupingProblems(grouping)).toEqual([]);
      expect(grouping.source.length).toBeGreaterThan(10);
      expect(grouping.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(unitCodesOf("super-region@2023")).toHaveLength(8);
    expect(unitCodesOf("economic-region@2023")).toHaveLength(7);
  });

  it("places a company of every level from one key: municipality code or division code", () => {
    const changwon = MUNICIPALITIES.find((m) => m.nameKo === "창원시 성산구")!;
    expect(unitOf(changwon.code, "municipality@2023")).toBe(changwon.code);
    expect(unitOf(changwon.code, "2023")).toBe("KR-48");
    expect(unitOf(changwon.code, "super-region@2023")).toBe("SR-SE");
    expect(unitOf(changwon.code, "economic-region@2023")).toBe("ER-SE");
    // A company known only by its division is its division's own unit at the municipality level.
    expect(unitOf("KR-48", "municipality@2023")).toBe("KR-48");
    expect(unitOf(NO_DIVISION, "super-region@2023")).toBe(NO_DIVISION);
    // A code nobody knows keeps its links as a unit of its own.
    expect(unitOf("XX-1", "super-region@2023")).toBe("XX-1");
  });

  it("places 군위군 in 대구 by its old code and its new one, and Gwangju's municipalities in the merged division in 2026-07", () => {
    expect(unitOf("47720", "2023")).toBe("KR-27");
    expect(unitOf("27720", "municipality@2023")).toBe("27720");
    const gwangju = MUNICIPALITIES.find((m) => m.division === "KR-29")!;
    expect(unitOf(gwangju.code, "2026-07")).toBe("KR-GJN");
    expect(unitOf(gwangju.code, "municipality@2026-07")).toBe(gwangju.code);
  });

  it("lists every municipality once at the municipality level, each in a division of the vintage", () => {
    const units = unitsOf("municipality@2026-07");
    expect(units).toHaveLength(MUNICIPALITIES.length);
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
    for (const u of units) expect(STORED).toContain(u.divisions[0]);
    expect(getUnit("KR-47", "municipality@2023")?.kind).toBe("division");
  });

  it("names regions in both languages, and says when a division stands for its companies of unknown municipality", () => {
    expect(regionLabel("SR-SE", "ko")).toBe("동남권");
    expect(regionLabel("ER-HN", "en")).toBe("Honam Region");
    expect(regionLabel("27720", "ko")).toBe("군위군");
    expect(regionLabel("KR-47", "ko", "short", "municipality@2023")).toBe("경북 (시군구 미상)");
    expect(regionLabel("KR-47", "en", "short", "2023")).toBe("North Gyeongsang");
    expect(regionLabel("nonsense", "en")).toBe("nonsense");
    // A name several provinces have is told apart by its province; a unique one stands alone.
    expect(regionLabel("27170", "ko")).toBe("대구 서구");
    expect(regionLabel("26140", "en")).toBe("Seo-gu, Busan");
    expect(regionLabel("47190", "ko")).toBe("구미시");
  });

  it("lets a selected province stand for its municipalities at the municipality level only", () => {
    const inGyeongbuk = MUNICIPALITIES.filter((m) => m.division === "KR-47").map((m) => m.code);
    const selected = selectedUnits(["KR-47"], "municipality@2023");
    for (const code of inGyeongbuk) expect(selected.has(code)).toBe(true);
    expect(selected.has("KR-47")).toBe(true);
    expect(selected.has("27720")).toBe(false); // 군위 is 대구's since 2023-07-01
    expect([...selectedUnits(["KR-47"], "super-region@2023")]).toEqual(["KR-47"]);
  });

  it("uses a loaded grouping under its id, and forgets what it worked out when the grouping is replaced", () => {
    const twoHalves = (north: string[]): Grouping => ({
      id: "grouping:test", nameKo: "시험", nameEn: "Test", source: "test", date: "2026-12-07",
      groups: [
        { code: "N", nameKo: "북", nameEn: "North", members: north },
        { code: "S", nameKo: "남", nameEn: "South", members: STORED.filter((c) => !north.includes(c)) },
      ],
    });
    registerGrouping(twoHalves(["KR-11", "KR-41"]));
    expect(unitOf("KR-41", "grouping:test@2023")).toBe("N");
    expect(regionLabel("N", "en", "short", "grouping:test@2023")).toBe("North");
    registerGrouping(twoHalves(["KR-11"]));
    forgetScales();
    expect(unitOf("KR-41", "grouping:test@2023")).toBe("S");
    expect(() => registerGrouping({ ...twoHalves([]), id: "super-region" })).toThrow(/grouping:/);
  });
});
