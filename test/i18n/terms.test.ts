import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/en.ts";
import { ko } from "../../src/i18n/ko.ts";
import { METRIC_KEYS } from "../../src/graph/metrics/keys.ts";

interface Term {
  concept: string;
  ko: string;
  en: string;
  avoidKo: string[];
  avoidEn: string[];
}

const root = join(import.meta.dirname, "../..");
const list = (cell: string) => cell.split(",").map((w) => w.trim()).filter(Boolean);

/** The rows between the markers of docs/terms.md. */
function readTerms(): Term[] {
  const text = readFileSync(join(root, "docs/terms.md"), "utf8");
  const body = text.slice(text.indexOf("<!-- terms:start -->"), text.indexOf("<!-- terms:end -->"));
  return body
    .split("\n")
    .filter((line) => line.startsWith("|") && !line.startsWith("|---") && !line.startsWith("| concept"))
    .map((line) => {
      const [concept = "", k = "", e = "", avoidKo = "", avoidEn = ""] = line.split("|").slice(1, -1).map((c) => c.trim());
      return { concept, ko: k, en: e, avoidKo: list(avoidKo), avoidEn: list(avoidEn) };
    });
}

/** Korean string literals of the export writers: what a downloaded file says. */
function writerStrings(): string[] {
  const dir = join(root, "src/io/write");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => [...readFileSync(join(dir, f), "utf8").matchAll(/(["'`])((?:(?!\1).)*[가-힣](?:(?!\1).)*)\1/g)].map((m) => m[2]!));
}

const koTexts = [...Object.values(ko), ...METRIC_KEYS.map((m) => m.labelKo), ...writerStrings()];
const enTexts = [...Object.values(en), ...METRIC_KEYS.map((m) => m.labelEn)];

/** Where `avoid` occurs in `text` other than inside the chosen word. */
function offends(text: string, chosen: string, avoid: string, caseless: boolean): boolean {
  const fold = (s: string) => (caseless ? s.toLowerCase() : s);
  const rest = fold(text).split(fold(chosen)).join("\u0000");
  return caseless ? new RegExp(`\\b${avoid.toLowerCase()}`).test(rest) : rest.includes(avoid);
}

describe("docs/terms.md", () => {
  const terms = readTerms();

  it("lists the concepts, each with a Korean and an English word", () => {
    expect(terms.length).toBeGreaterThanOrEqual(20);
    for (const t of terms) {
      expect(t.ko, t.concept).not.toBe("");
      expect(t.en, t.concept).not.toBe("");
    }
  });

  it("finds every chosen word in the UI of its language", () => {
    for (const t of terms) {
      expect(koTexts.some((s) => s.includes(t.ko)), `${t.concept}: ${t.ko}`).toBe(true);
      expect(enTexts.some((s) => s.toLowerCase().includes(t.en.toLowerCase())), `${t.concept}: ${t.en}`).toBe(true);
    }
  });

  it("finds no avoided word in the dictionaries, the metric names or the exported headers", () => {
    const found: string[] = [];
    for (const t of terms) {
      for (const avoid of t.avoidKo) for (const s of koTexts) if (offends(s, t.ko, avoid, false)) found.push(`${avoid} (say ${t.ko}): ${s}`);
      for (const avoid of t.avoidEn) for (const s of enTexts) if (offends(s, t.en, avoid, true)) found.push(`${avoid} (say ${t.en}): ${s}`);
    }
    expect(found).toEqual([]);
  });

  it("catches an avoided word and lets it stand inside the chosen one", () => {
    expect(offends("수요 시도 공급받는 쪽 (위)", "공급기업 쪽", "공급받는 쪽", false)).toBe(true);
    expect(offends("거래 상대 기업", "거래 상대", "상대 기업", false)).toBe(false);
    expect(offends("Customer links", "buyer", "customer", true)).toBe(true);
    expect(offends("Customers' own file", "buyer", "firm", true)).toBe(false);
  });
});
