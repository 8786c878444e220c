import { describe, it, expect } from "vitest";
import { cleanText, parseFlag, parseLinkType, parseNumber, parseTier, parseYear } from "../../../src/io/text/values.ts";

describe("io/values", () => {
  it.each([
    ["기술협력", "technology"], ["기술", "technology"], ["공동개발", "technology"], ["technology", "technology"],
    ["tech", "technology"], ["R&D", "technology"], ["r & d", "technology"],
    ["생산", "production"], ["위탁생산", "production"], ["Production", "production"], ["manufacturing", "production"],
    ["판매", "sales"], ["영업", "sales"], ["sales", "sales"], ["SALE", "sales"],
    ["기타", "other"], ["other", "other"], ["", "other"],
    ["barter", null], ["물물교환", null],
  ])("link type %j -> %s", (text, type) => {
    expect(parseLinkType(text)).toBe(type);
  });

  it.each([
    ["초광역권 선도기업", "super-regional"], ["초광역", "super-regional"], ["Super-Regional", "super-regional"],
    ["지역혁신 선도기업", "regional-innovation"], ["지역혁신", "regional-innovation"], ["regional innovation", "regional-innovation"],
    ["Legend 50+", "Legend 50+"],
  ])("tier %j -> %s", (text, tier) => {
    expect(parseTier(text)).toBe(tier);
  });

  it.each([
    ["1234", 1234], ["1,234", 1234], ["1 234", 1234], ["₩1,234", 1234], ["1,234원", 1234], ["$12.5", 12.5],
    ["0", 0], ["-5", -5], ["1e3", 1000], ["1\u00a0234", 1234],
  ])("number %j -> %d", (text, n) => {
    expect(parseNumber(text)).toBe(n);
  });

  it.each(["abc", "", "1.2.3", "12abc", "1e999", "--1", "0x10"])("number %j -> NaN", (text) => {
    expect(parseNumber(text)).toBeNaN();
  });

  it("years are integers 1900-2100", () => {
    expect(parseYear("2023")).toBe(2023);
    expect(parseYear(" 2023년")).toBe(2023);
    expect(parseYear("1900")).toBe(1900);
    expect(parseYear("2100")).toBe(2100);
    for (const bad of ["1899", "2101", "2023.5", "20x3", "23", "99999999999999999999"]) expect(parseYear(bad)).toBeNaN();
  });

  it("flags", () => {
    for (const yes of ["true", "1", "yes", "예", "Y", "TRUE"]) expect(parseFlag(yes)).toBe(true);
    for (const no of ["", "0", "false", "아니오", "no"]) expect(parseFlag(no)).toBe(false);
  });

  it("cleans names for comparison", () => {
    expect(cleanText("  다스코  ")).toBe("다스코");
    expect(cleanText("주식회사   가\n나")).toBe("주식회사 가 나");
    expect(cleanText("다스코".normalize("NFD"))).toBe("다스코");
  });
});
