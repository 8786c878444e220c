import { describe, expect, it } from "vitest";
import { ko } from "../../src/i18n/ko.ts";
import { en } from "../../src/i18n/en.ts";
import { translate } from "../../src/i18n/index.ts";
import { ISSUE_REASONS, LINK_TYPES } from "../../src/model/types.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("i18n", () => {
  it("has every key in both languages with the same placeholders", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
    for (const key of Object.keys(ko) as (keyof typeof ko)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(ko[key]));
      expect(en[key].length, key).toBeGreaterThan(0);
    }
  });

  it("names every import problem and link type in both languages", () => {
    for (const reason of ISSUE_REASONS) {
      expect(ko).toHaveProperty(`reason.${reason}`);
      expect(en).toHaveProperty(`reason.${reason}`);
    }
    for (const type of LINK_TYPES) expect(ko).toHaveProperty(`linkType.${type}`);
  });

  it("fills placeholders with numbers grouped for the language", () => {
    expect(translate("en", "status.line", { companies: 12345, links: 2, total: 3000, cross: 1 })).toBe("12,345 companies · 2 of 3,000 links shown · 1 cross-province links");
    expect(translate("ko", "status.line", { companies: 12345, links: 2, total: 3000, cross: 1 })).toBe("기업 12,345개 · 연결 3,000개 중 2개 표시 · 시도 간 연결 1개");
  });
});
