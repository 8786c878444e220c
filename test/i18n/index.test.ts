import { describe, expect, it } from "vitest";
import { ko } from "../../src/i18n/ko.ts";
import { en } from "../../src/i18n/en.ts";
import { translate } from "../../src/i18n/index.ts";
import { ISSUE_REASONS, LINK_TYPES } from "../../src/model/types.ts";

/** Names a message fills, plain `{name}` or plural `{name, plural, ...}`, each once. */
const placeholders = (text: string) => {
  const plain = text.replace(/\{(\w+), plural,(?:\s*[=\w]+\s*\{[^{}]*\})+\s*\}/g, "{$1}");
  return [...new Set([...plain.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
};

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

  it("picks the plural form the language asks for, and never prints '1 companies'", () => {
    expect(translate("en", "report.summary", { companies: 1, links: 2, rejected: 0, warnings: 1 })).toBe("Loaded 1 company and 2 links. 0 rejected, 1 warning.");
    expect(translate("en", "report.summary", { companies: 1200, links: 1, rejected: 3, warnings: 0 })).toBe("Loaded 1,200 companies and 1 link. 3 rejected, 0 warnings.");
    expect(translate("en", "ranking.lookalikes", { count: 1 })).toBe("1 company scores like the designated ones but is not designated");
    expect(translate("ko", "report.summary", { companies: 1, links: 2, rejected: 0, warnings: 1 })).not.toMatch(/plural|[{}#]/);
    // Every English message with a count reads right for 1 and for 2.
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      for (const n of [1, 2]) {
        const params = Object.fromEntries(placeholders(en[key]).map((name) => [name, n]));
        const text = translate("en", key, params);
        expect(text, key).not.toMatch(/\b1 (companies|links|warnings|rows|partners|communities|bridges|flows)\b/);
        expect(text, key).not.toMatch(/, plural,/);
      }
    }
  });

  it("fills placeholders with numbers grouped for the language", () => {
    expect(translate("en", "status.line", { companies: 12345, links: 2, total: 3000, cross: 1 })).toBe("12,345 companies · 2 of 3,000 links shown · 1 cross-province link");
    expect(translate("ko", "status.line", { companies: 12345, links: 2, total: 3000, cross: 1 })).toBe("기업 12,345개 · 연결 3,000개 중 2개 표시 · 시도 간 연결 1개");
  });
});
