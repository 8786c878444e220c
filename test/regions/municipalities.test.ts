import { describe, it, expect } from "vitest";
import { getDivision } from "../../src/regions/divisions.ts";
import {
  MUNICIPALITIES, getMunicipality, municipalityLabel, namesDivision, resolveMunicipality, type MunicipalityMatch,
} from "../../src/regions/municipalities.ts";

const found = (code: string): MunicipalityMatch => ({ kind: "found", code });
const codesNamed = (nameKo: string) => MUNICIPALITIES.filter((m) => m.nameKo.split(" ").at(-1) === nameKo).map((m) => m.code).sort();

describe("regions/municipalities: registry", () => {
  it("has the 250 units of the 2022 boundary set under unique codes", () => {
    expect(MUNICIPALITIES).toHaveLength(250);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(250);
    expect(MUNICIPALITIES.every((m) => /^\d{5}$/.test(m.code))).toBe(true);
  });

  it("numbers every unit under its province's current interior-ministry code", () => {
    for (const m of MUNICIPALITIES) {
      const division = getDivision(m.division);
      expect(division, m.code).toBeDefined();
      expect(division!.moisCodes[0], `${m.code} ${m.nameKo}`).toBe(m.code.slice(0, 2));
      // Every code it had before was numbered under one of its province's codes of the time.
      for (const h of m.history) expect(getDivision(h.division)!.moisCodes).toContain(h.code.slice(0, 2));
    }
    // Each of the 17 divisions has units.
    expect(new Set(MUNICIPALITIES.map((m) => m.division)).size).toBe(17);
  });

  it("knows 군위군 under both codes: in 대구 from 2023-07-01, in 경북 before", () => {
    const gunwi = getMunicipality("27720");
    expect(gunwi).toMatchObject({ code: "27720", division: "KR-27", nameKo: "군위군", nameEn: "Gunwi-gun" });
    expect(gunwi!.history).toEqual([{ code: "47720", division: "KR-47", until: "2023-06-30" }]);
    expect(getMunicipality("47720")).toBe(gunwi);
  });

  it("renumbers 강원 (42 -> 51, 2023-06-11) and 전북 (45 -> 52, 2024-01-18) without moving them", () => {
    expect(getMunicipality("51110")).toMatchObject({ nameKo: "춘천시", division: "KR-42", history: [{ code: "42110", division: "KR-42", until: "2023-06-10" }] });
    expect(getMunicipality("42110")?.code).toBe("51110");
    expect(getMunicipality("52111")).toMatchObject({ nameKo: "전주시 완산구", history: [{ code: "45111", division: "KR-45", until: "2024-01-17" }] });
    const unchanged = MUNICIPALITIES.filter((m) => !["KR-42", "KR-45"].includes(m.division) && m.code !== "27720");
    expect(unchanged.every((m) => m.history.length === 0)).toBe(true);
  });

  it("names units in Korean and by the Revised Romanization", () => {
    const en = (code: string) => getMunicipality(code)!.nameEn;
    expect(en("11110")).toBe("Jongno-gu");
    expect(en("48123")).toBe("Changwon-si Seongsan-gu");
    expect(en("31110")).toBe("Jung-gu");
    expect(en("47111")).toBe("Pohang-si Nam-gu");
    expect(en("27720")).toBe("Gunwi-gun");
    // The government's own spellings, where a plain rule would insert an ㄴ.
    expect([en("48270"), en("48220"), en("48870"), en("41360")]).toEqual(["Miryang-si", "Tongyeong-si", "Hamyang-gun", "Namyangju-si"]);
    expect(getMunicipality("48123")!.nameKo).toBe("창원시 성산구");
  });

  it("labels short (the district alone) or full, and returns unknown codes unchanged", () => {
    expect(municipalityLabel("48123", "ko")).toBe("성산구");
    expect(municipalityLabel("48123", "en")).toBe("Seongsan-gu");
    expect(municipalityLabel("48123", "ko", "full")).toBe("창원시 성산구");
    expect(municipalityLabel("48123", "en", "full")).toBe("Changwon-si Seongsan-gu");
    expect(municipalityLabel("27720", "ko", "short")).toBe("군위군");
    expect(municipalityLabel("47720", "en")).toBe("Gunwi-gun");
    expect(municipalityLabel("99999", "ko")).toBe("99999");
    expect(municipalityLabel("", "en")).toBe("");
  });
});

describe("regions/municipalities: resolver", () => {
  it.each([
    ["성산구"], ["창원시 성산구"], ["창원시성산구"], ["창원 성산구"], ["  창원시   성산구 "],
    ["Seongsan-gu, Changwon"], ["Changwon-si Seongsan-gu"], ["changwon-si seongsan-gu"], ["SEONGSAN-GU, CHANGWON-SI"], ["Seongsan gu"],
    ["48123"], ["4812310100"], ["4812358000"],
    ["경상남도 창원시 성산구 중앙대로 151"], ["경남 창원시 성산구"], ["경상남도창원시성산구"],
    ["경상남도 창원시 성산구 중앙대로 151 (용호동)"], ["창원시 성산구(중앙동)"],
    ["151 Jungang-daero, Seongsan-gu, Changwon-si, Gyeongsangnam-do"], ["151 Jungang-daero, Seongsan-gu, Changwon-si, Gyeongsangnam-do, Republic of Korea"],
  ])("%s -> 창원시 성산구", (text) => {
    expect(resolveMunicipality(text)).toEqual(found("48123"));
  });

  it("reads names with their suffix or, where unique, without it", () => {
    expect(resolveMunicipality("종로구")).toEqual(found("11110"));
    expect(resolveMunicipality("Jongno-gu")).toEqual(found("11110"));
    expect(resolveMunicipality("jongno gu")).toEqual(found("11110"));
    expect(resolveMunicipality("서울특별시 종로구 세종대로 209")).toEqual(found("11110"));
    expect(resolveMunicipality("Jongno-gu, Seoul")).toEqual(found("11110"));
    expect(resolveMunicipality("횡성")).toEqual(found("51730"));
    expect(resolveMunicipality("Hoengseong")).toEqual(found("51730"));
    expect(resolveMunicipality("Hoengseong County")).toEqual(found("51730"));
    expect(resolveMunicipality("포항시 남구")).toEqual(found("47111"));
    expect(resolveMunicipality("Nam-gu, Pohang-si")).toEqual(found("47111"));
    expect(resolveMunicipality("Pohang-si Nam-gu")).toEqual(found("47111"));
  });

  it("never guesses a district of a city that has several: 창원 and Changwon are ambiguous", () => {
    const changwon = ["48121", "48123", "48125", "48127", "48129"];
    for (const text of ["창원", "창원시", "Changwon", "Changwon-si", "경상남도 창원시"]) {
      expect(resolveMunicipality(text)).toEqual({ kind: "ambiguous", candidates: changwon });
    }
    expect(resolveMunicipality("포항")).toEqual({ kind: "ambiguous", candidates: ["47111", "47113"] });
  });

  it.each(["중구", "동구", "서구", "남구", "북구", "강서구", "고성군"])("reports %s with every candidate, resolves it with a province", (name) => {
    const all = codesNamed(name);
    expect(all.length).toBeGreaterThan(1);
    const bare = resolveMunicipality(name);
    expect(bare.kind).toBe("ambiguous");
    expect(bare.kind === "ambiguous" && [...bare.candidates].sort()).toEqual(all);
    for (const code of all) {
      const m = getMunicipality(code)!;
      // Within one province each of these names is one unit (경북's 남구 is 포항시 남구).
      expect(resolveMunicipality(name, m.division)).toEqual(found(code));
      expect(resolveMunicipality(`${getDivision(m.division)!.nameKo} ${name}`)).toEqual(found(code));
      expect(resolveMunicipality(`${m.nameEn}, ${getDivision(m.division)!.nameEn}`)).toEqual(found(code));
    }
  });

  it("reads the province of the text itself before the company's", () => {
    expect(resolveMunicipality("Jung-gu, Ulsan")).toEqual(found("31110"));
    expect(resolveMunicipality("울산 중구")).toEqual(found("31110"));
    expect(resolveMunicipality("울산 중구", "KR-11")).toEqual(found("31110"));
    expect(resolveMunicipality("대전광역시 유성구 대학로 99")).toEqual(found("30200"));
    expect(resolveMunicipality("광주 북구")).toEqual(found("29170"));
    expect(resolveMunicipality("Gwangju-si, Gyeonggi-do")).toEqual(found("41610"));
  });

  it("reads a province's own name given for a company of that province as no municipality", () => {
    expect(resolveMunicipality("Gwangju")).toEqual(found("41610"));
    expect(resolveMunicipality("Gwangju", "KR-29")).toEqual({ kind: "unknown" });
    expect(resolveMunicipality("광주", "KR-29")).toEqual({ kind: "unknown" });
    expect(resolveMunicipality("Gwangju", "KR-41")).toEqual(found("41610"));
    expect(resolveMunicipality("Ulsan", "KR-31")).toEqual({ kind: "unknown" });
    expect(resolveMunicipality("Jeju", "KR-49")).toEqual(found("50110"));
    expect(resolveMunicipality("세종", "KR-50")).toEqual(found("36110"));
  });

  it("finds a unit named in another province than the company's, for the caller to report", () => {
    expect(resolveMunicipality("해운대구", "KR-11")).toEqual(found("26350"));
  });

  it("says when a match is valid only before a dated change", () => {
    const moved = { kind: "found", code: "27720", moved: { from: "KR-47", until: "2023-06-30" } };
    expect(resolveMunicipality("47720")).toEqual(moved);
    expect(resolveMunicipality("4772025000")).toEqual(moved);
    expect(resolveMunicipality("군위군", "KR-47")).toEqual(moved);
    expect(resolveMunicipality("경상북도 군위군")).toEqual(moved);
    expect(resolveMunicipality("경북군위군")).toEqual(moved);
    expect(resolveMunicipality("Gunwi-gun, Gyeongsangbuk-do")).toEqual(moved);
    expect(resolveMunicipality("군위군")).toEqual(found("27720"));
    expect(resolveMunicipality("군위군", "KR-27")).toEqual(found("27720"));
    expect(resolveMunicipality("대구광역시 군위군 군위읍")).toEqual(found("27720"));
    expect(resolveMunicipality("42110")).toEqual({ kind: "found", code: "51110", moved: { from: "KR-42", until: "2023-06-10" } });
  });

  it("places any place of 세종, the province that is one municipality", () => {
    expect(resolveMunicipality("세종")).toEqual(found("36110"));
    expect(resolveMunicipality("세종특별자치시 조치원읍 세종로 2639")).toEqual(found("36110"));
    expect(resolveMunicipality("전의면", "KR-50")).toEqual(found("36110"));
    expect(resolveMunicipality("전의면")).toEqual({ kind: "unknown" });
  });

  it("reports what it cannot read", () => {
    for (const text of ["", "  ", "없는구", "Atlantis-gu", "12345", "1234", "99999", "1100000000", "서울특별시", "Seoul, Korea", "경기도 어딘가 123"]) {
      expect(resolveMunicipality(text), text).toEqual({ kind: "unknown" });
    }
  });

  it("composes Hangul written as separate jamo", () => {
    expect(resolveMunicipality("창원시 성산구".normalize("NFD"))).toEqual(found("48123"));
  });

  it("resolves every unit back from its Korean name, its code, a ten-digit code and its English name with the province", () => {
    for (const m of MUNICIPALITIES) {
      const d = getDivision(m.division)!;
      expect(resolveMunicipality(m.nameKo, m.division), m.nameKo).toEqual(found(m.code));
      expect(resolveMunicipality(`${d.nameKo} ${m.nameKo}`), m.nameKo).toEqual(found(m.code));
      expect(resolveMunicipality(m.code)).toEqual(found(m.code));
      expect(resolveMunicipality(`${m.code}10100`)).toEqual(found(m.code));
      expect(resolveMunicipality(m.nameEn, m.division), m.nameEn).toEqual(found(m.code));
      expect(resolveMunicipality(`${m.nameEn}, ${d.fullNameEn}`), m.nameEn).toEqual(found(m.code));
      for (const h of m.history) {
        expect(resolveMunicipality(h.code)).toEqual({ kind: "found", code: m.code, moved: { from: h.division, until: h.until } });
      }
    }
  });
});

describe("regions/municipalities: namesDivision", () => {
  it("tells a province's name or own code from a municipality's", () => {
    for (const text of ["Busan", " 부산광역시 ", "Gwangju", "47", "47000", "4700000000"]) expect(namesDivision(text), text).toBe(true);
    for (const text of ["중구", "Wonju", "4799999999", "47190", "99", ""]) expect(namesDivision(text), text).toBe(false);
  });
});
