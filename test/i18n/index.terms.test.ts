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

/** Start of every match of `pattern` in `text`, with its length. */
function matches(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0].length]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether `avoid` occurs in `text` other than inside an occurrence of the chosen word. */
function offends(text: string, chosen: string, avoid: string, caseless: boolean): boolean {
  const flags = caseless ? "gi" : "g";
  const spans = matches(text, new RegExp(escape(chosen), flags));
  // English words are matched from a word start, so "firm" does not flag "confirm".
  const found = matches(text, new RegExp((caseless ? "\\b" : "") + escape(avoid), flags));
  return found.some(([at, length]) => !spans.some(([from, size]) => from <= at && at + length <= from + size));
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
    expect(offends("공급기업 쪽 (위)", "공급기업 쪽", "기업 쪽", false)).toBe(false);
    expect(offends("거래 상대 기업", "거래 상대", "상대 기업", false)).toBe(true);
    expect(offends("Customer links", "buyer", "customer", true)).toBe(true);
    expect(offends("Confirm the buyer", "buyer", "firm", true)).toBe(false);
    // An avoided word that holds the chosen one is still caught.
    expect(offends("단위: 거래금액(백만 원)", "금액", "거래금액", false)).toBe(true);
  });
});
