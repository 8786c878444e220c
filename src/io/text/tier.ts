// Programme tiers as people write them ("초광역 선도기업", "Super-Regional Leading Company",
// "지역혁신선도기업(2022)") to the two canonical tiers. Apart from values.ts because the tier
// words are a vocabulary of their own, grown from real files.

const NOISE = /[\s\-_.,·/]+/g;
// A year or round in brackets says when, not which tier.
const BRACKETED = /[([（][^)\]）]*[)\]）]/g;
// Words around the programme name that do not change the tier.
const AROUND = /^(?:the)|(?:선도기업|선도|기업|leadingcompan(?:y|ies)|leadingfirms?|leading|compan(?:y|ies)|firms?|programme|program|tier)+$/;

const TIERS = new Map<string, string>([
  ["초광역권", "super-regional"],
  ["초광역", "super-regional"],
  ["superregional", "super-regional"],
  ["지역혁신", "regional-innovation"],
  ["regionalinnovation", "regional-innovation"],
]);

/** The programme part of a tier text, without case, spaces, brackets and "leading company". */
export function tierKey(text: string): string {
  let key = text.normalize("NFC").toLowerCase().replace(BRACKETED, "").replace(NOISE, "");
  // Twice: "super-regional leading company" loses "company", then "leading".
  for (let i = 0; i < 2; i++) key = key.replace(AROUND, "");
  return key;
}

/** Programme tiers to their canonical name; any other tier text is kept as written. */
export function parseTier(text: string): string {
  return TIERS.get(text) ?? TIERS.get(tierKey(text)) ?? text;
}
