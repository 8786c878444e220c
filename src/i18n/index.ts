import { ko } from "./ko.ts";
import { en } from "./en.ts";

export type Lang = "ko" | "en";
export type MessageKey = keyof typeof ko;

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { ko, en };

// `{count, plural, one {# company} other {# companies}}`: the form the language's plural rule
// picks for the number (Intl.PluralRules), `#` standing for the number. Korean messages need no
// forms; English ones must not print "1 companies".
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;
const PLURAL_RULES: Readonly<Record<Lang, Intl.PluralRules>> = Object.freeze({ ko: new Intl.PluralRules("ko-KR"), en: new Intl.PluralRules("en-GB") });

function pluralOf(lang: Lang, value: number): string {
  return PLURAL_RULES[lang].select(value);
}

/** Picks the plural form for `value`: an exact `=n` form first, then the rule's category, then `other`. */
function pluralForm(lang: Lang, forms: string, value: number): string {
  const byName = new Map([...forms.matchAll(PLURAL_FORM)].map((m) => [m[1]!, m[2]!]));
  const form = byName.get(`=${value}`) ?? byName.get(pluralOf(lang, value)) ?? byName.get("other") ?? "";
  return form.replace(/#/g, formatNumber(lang, value));
}

/** Fills {name} placeholders and plural forms; numbers are grouped the way the language writes them. */
export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = DICTIONARIES[lang][key].replace(PLURAL, (whole, name: string, forms: string) => {
    const value = params[name];
    return typeof value === "number" ? pluralForm(lang, forms, value) : whole;
  });
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? formatNumber(lang, value) : value;
  });
}

export function formatNumber(lang: Lang, value: number): string {
  return value.toLocaleString(lang === "ko" ? "ko-KR" : "en-GB");
}

/** `digits` decimals at most: whole percents where a share is a headline, one decimal where shares are compared or added up. */
export function formatPercent(lang: Lang, share: number, digits = 0): string {
  return share.toLocaleString(lang === "ko" ? "ko-KR" : "en-GB", { style: "percent", maximumFractionDigits: digits, minimumFractionDigits: digits });
}
