// Every way a data file writes a municipality's name, folded to one key, each key naming the
// units it can mean. A key naming several units (중구, 고성군, 창원시) is ambiguous on its own;
// the resolver narrows it with a province (municipalities.ts).

import { MUNICIPALITIES, type MunicipalityInfo } from "./municipalityRegistry.ts";
import { aliasKey } from "./normalise.ts";

/** Case, spaces, hyphens, dots, commas and brackets carry no meaning in a name: folded as division names are. */
export const nameKey = aliasKey;

const EN_SUFFIX_WORDS: Record<string, string> = { si: "city", gun: "county", gu: "district" };

/** Korean forms of one unit: "창원시 성산구" -> 창원시성산구, 창원성산구, 성산구, 성산; "군위군" -> 군위군, 군위. */
function koreanForms(m: MunicipalityInfo): string[] {
  const parts = m.nameKo.split(" ");
  const unit = parts.at(-1)!;
  const forms = [parts.join(""), unit];
  // A stem of one syllable (중, 남, 서) is a word in many names, never a place on its own.
  if (unit.length > 2) forms.push(unit.slice(0, -1));
  if (parts.length === 2) forms.push(parts[0]!.slice(0, -1) + unit, parts[0]! + unit.slice(0, -1));
  if (m.nameKo === "세종특별자치시") forms.push("세종시", "세종");
  return forms;
}

/** English forms: "Changwon-si Seongsan-gu", "Seongsan-gu, Changwon(-si)", "Changwon Seongsan-gu", "Seongsan(-gu|district)". */
function englishForms(m: MunicipalityInfo): string[] {
  const parts = m.nameEn.split(" ");
  const unit = parts.at(-1)!;
  const hyphen = unit.lastIndexOf("-");
  const stem = hyphen === -1 ? unit : unit.slice(0, hyphen);
  const suffix = hyphen === -1 ? "" : unit.slice(hyphen + 1);
  const forms = [m.nameEn, unit];
  // As in Korean: "Jung", "Nam" alone are words, not places.
  if (m.nameKo.split(" ").at(-1)!.length > 2) forms.push(stem);
  if (suffix && EN_SUFFIX_WORDS[suffix]) forms.push(`${stem} ${EN_SUFFIX_WORDS[suffix]}`);
  if (parts.length === 2) {
    const city = parts[0]!;
    const cityStem = city.replace(/-si$/, "");
    forms.push(`${unit} ${city}`, `${unit} ${cityStem}`, `${unit} ${cityStem} city`, `${cityStem} ${unit}`);
  }
  if (m.nameEn === "Sejong") forms.push("Sejong-si", "Sejong City");
  return forms;
}

/** The city of a city's districts: "창원시", "창원", "Changwon-si", "Changwon", "Changwon City" name all of them. */
function cityForms(m: MunicipalityInfo): string[] {
  const ko = m.nameKo.split(" ");
  const en = m.nameEn.split(" ");
  if (ko.length !== 2 || en.length !== 2) return [];
  const cityEn = en[0]!.replace(/-si$/, "");
  return [ko[0]!, ko[0]!.slice(0, -1), en[0]!, cityEn, `${cityEn} city`];
}

function buildIndex(): Map<string, readonly string[]> {
  const index = new Map<string, string[]>();
  const add = (form: string, code: string) => {
    const key = nameKey(form);
    if (!key) return;
    const codes = index.get(key);
    if (!codes) index.set(key, [code]);
    else if (!codes.includes(code)) codes.push(code);
  };
  for (const m of MUNICIPALITIES) {
    for (const form of [...koreanForms(m), ...englishForms(m), ...cityForms(m)]) add(form, m.code);
  }
  return index;
}

const INDEX = buildIndex();

/** The codes of the units a name can mean (several for 중구 or 창원시), or undefined. */
export function unitsNamed(key: string): readonly string[] | undefined {
  return INDEX.get(key);
}
