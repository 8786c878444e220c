import { describe, it, expect } from "vitest";
import { normaliseDivision, normaliseAnyDivision } from "../../src/regions/normalise.ts";

// Transcribed by hand from the table in korea.md (not derived from the registry) so the test
// checks the registry against the source instead of against itself.
const TABLE: Array<{ iso: string; full: string; short: string; old?: string; en: string[]; mois: string[]; kostat: string }> = [
  { iso: "KR-11", full: "서울특별시", short: "서울", en: ["Seoul"], mois: ["11"], kostat: "11" },
  { iso: "KR-26", full: "부산광역시", short: "부산", en: ["Busan", "Pusan"], mois: ["26"], kostat: "21" },
  { iso: "KR-27", full: "대구광역시", short: "대구", en: ["Daegu", "Taegu"], mois: ["27"], kostat: "22" },
  { iso: "KR-28", full: "인천광역시", short: "인천", en: ["Incheon", "Inchon"], mois: ["28"], kostat: "23" },
  { iso: "KR-29", full: "광주광역시", short: "광주", en: ["Gwangju", "Kwangju"], mois: ["29"], kostat: "24" },
  { iso: "KR-30", full: "대전광역시", short: "대전", en: ["Daejeon", "Taejon"], mois: ["30"], kostat: "25" },
  { iso: "KR-31", full: "울산광역시", short: "울산", en: ["Ulsan"], mois: ["31"], kostat: "26" },
  { iso: "KR-50", full: "세종특별자치시", short: "세종", en: ["Sejong"], mois: ["36"], kostat: "29" },
  { iso: "KR-41", full: "경기도", short: "경기", en: ["Gyeonggi-do", "Gyeonggi"], mois: ["41"], kostat: "31" },
  { iso: "KR-42", full: "강원특별자치도", short: "강원", old: "강원도", en: ["Gangwon-do", "Gangwon", "Gangwon State"], mois: ["51", "42"], kostat: "32" },
  { iso: "KR-43", full: "충청북도", short: "충북", en: ["North Chungcheong", "Chungcheongbuk-do", "Chungbuk"], mois: ["43"], kostat: "33" },
  { iso: "KR-44", full: "충청남도", short: "충남", en: ["South Chungcheong", "Chungcheongnam-do", "Chungnam"], mois: ["44"], kostat: "34" },
  { iso: "KR-45", full: "전북특별자치도", short: "전북", old: "전라북도", en: ["North Jeolla", "Jeollabuk-do", "Jeonbuk", "Jeonbuk State"], mois: ["52", "45"], kostat: "35" },
  { iso: "KR-46", full: "전라남도", short: "전남", en: ["South Jeolla", "Jeollanam-do", "Jeonnam"], mois: ["46"], kostat: "36" },
  { iso: "KR-47", full: "경상북도", short: "경북", en: ["North Gyeongsang", "Gyeongsangbuk-do", "Gyeongbuk"], mois: ["47"], kostat: "37" },
  { iso: "KR-48", full: "경상남도", short: "경남", en: ["South Gyeongsang", "Gyeongsangnam-do", "Gyeongnam"], mois: ["48"], kostat: "38" },
  { iso: "KR-49", full: "제주특별자치도", short: "제주", en: ["Jeju", "Jeju-do", "Cheju"], mois: ["50"], kostat: "39" },
];

const cases: Array<[string, string, string]> = [];
for (const r of TABLE) {
  cases.push([r.full, "mois", r.iso], [r.short, "mois", r.iso], [r.iso, "mois", r.iso]);
  cases.push([r.iso.toLowerCase().replace("-", ""), "mois", r.iso], [r.kostat, "kostat", r.iso]);
  if (r.old) cases.push([r.old, "mois", r.iso]);
  for (const en of r.en) cases.push([en, "mois", r.iso], [en.toUpperCase(), "mois", r.iso], [en.toLowerCase().replace(/-/g, " "), "mois", r.iso]);
  for (const code of r.mois) cases.push([code, "mois", r.iso]);
}

describe("regions/normalise: every alias and code in korea.md", () => {
  it.each(cases)("%s (%s) -> %s", (text, system, iso) => {
    expect(normaliseDivision(text, { codeSystem: system as "mois" | "kostat" })).toBe(iso);
  });

  it("reads bare numbers as interior-ministry codes unless told otherwise", () => {
    expect(normaliseDivision("26")).toBe("KR-26");
    expect(normaliseDivision("26", { codeSystem: "mois" })).toBe("KR-26");
    expect(normaliseDivision("26", { codeSystem: "kostat" })).toBe("KR-31");
    expect(normaliseDivision("50")).toBe("KR-49");
    expect(normaliseDivision("50", { codeSystem: "iso" })).toBe("KR-50");
    expect(normaliseDivision("36", { codeSystem: "kostat" })).toBe("KR-46");
    // Ministry codes 42 and 45 are the old Gangwon and Jeonbuk codes, not KOSTAT's.
    expect(normaliseDivision("42")).toBe("KR-42");
    expect(normaliseDivision("45")).toBe("KR-45");
    expect(normaliseDivision("21")).toBeNull();
    expect(normaliseDivision("51", { codeSystem: "kostat" })).toBeNull();
  });

  it("takes the division from longer municipality and 법정동 codes", () => {
    expect(normaliseDivision("4159000000")).toBe("KR-41");
    expect(normaliseDivision("31011", { codeSystem: "kostat" })).toBe("KR-41");
  });
});

describe("regions/normalise: spelling variants", () => {
  it.each([
    ["gyeonggi-do", "KR-41"],
    ["GYEONGGI DO", "KR-41"],
    ["Gyeonggi Province", "KR-41"],
    ["  Gyeonggi_do  ", "KR-41"],
    ["Busan Metropolitan City", "KR-26"],
    ["Seoul Special City", "KR-11"],
    ["Sejong Special Self-Governing City", "KR-50"],
    ["Jeonbuk Special Self-Governing Province", "KR-45"],
    ["North Chungcheong Province", "KR-43"],
    ["kr11", "KR-11"],
    ["KR 26", "KR-26"],
    ["서울시", "KR-11"],
    ["부산 광역시", "KR-26"],
    ["제주도", "KR-49"],
  ])("%s -> %s", (text, iso) => {
    expect(normaliseDivision(text)).toBe(iso);
  });

  it("composes Hangul saved as separate jamo (NFD)", () => {
    expect(normaliseDivision("경기도".normalize("NFD"))).toBe("KR-41");
  });
});

describe("regions/normalise: addresses", () => {
  it.each([
    ["경기도 화성시 동탄대로 1", "KR-41"],
    ["서울 강남구", "KR-11"],
    ["경기도 광주시 오포읍", "KR-41"],
    ["강원도 원주시", "KR-42"],
    ["123 Teheran-ro, Gangnam-gu, Seoul, Republic of Korea", "KR-11"],
    ["Noksan, Gangseo-gu, Busan", "KR-26"],
    ["Gyeonggi Province, Hwaseong", "KR-41"],
  ])("%s -> %s", (text, iso) => {
    expect(normaliseDivision(text)).toBe(iso);
  });
});

describe("regions/normalise: junk", () => {
  it.each(["", "   ", "경기북도", "서울강남구", "Atlantis", "KR-99", "99", "2023", "123", "-", "null", "N/A", "do", "province"])(
    "%j -> null",
    (text) => {
      expect(normaliseDivision(text)).toBeNull();
    },
  );
});

describe("regions/normalise: the merged division", () => {
  it.each(["전남광주통합특별시", "전남광주특별시", "광주특별시", "전남광주", "KR-GJN", "Jeonnam-Gwangju"])(
    "%s is known to normaliseAnyDivision only",
    (text) => {
      expect(normaliseAnyDivision(text)).toBe("KR-GJN");
      expect(normaliseDivision(text)).toBeNull();
    },
  );

  it("normaliseAnyDivision agrees with normaliseDivision elsewhere", () => {
    expect(normaliseAnyDivision("광주")).toBe("KR-29");
    expect(normaliseAnyDivision("전남")).toBe("KR-46");
    expect(normaliseAnyDivision("26", { codeSystem: "kostat" })).toBe("KR-31");
  });

  it("gives the same answer the second time (memo)", () => {
    for (let i = 0; i < 3; i++) {
      expect(normaliseDivision("26", { codeSystem: "kostat" })).toBe("KR-31");
      expect(normaliseDivision("26")).toBe("KR-26");
    }
  });
});
