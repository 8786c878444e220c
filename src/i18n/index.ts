import { ko } from "./ko.ts";
import { en } from "./en.ts";

export type Lang = "ko" | "en";
export type MessageKey = keyof typeof ko;

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { ko, en };

/** Fills {name} placeholders; numbers are grouped the way the language writes them. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = DICTIONARIES[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(lang, value) : value;
  });
}

export function formatNumber(lang: Lang, value: number): string {
  return value.toLocaleString(lang === "ko" ? "ko-KR" : "en-GB");
}

export function formatPercent(lang: Lang, share: number): string {
  return share.toLocaleString(lang === "ko" ? "ko-KR" : "en-GB", { style: "percent", maximumFractionDigits: 0 });
}
