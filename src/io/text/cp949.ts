// CP949 (Unified Hangul Code) decoding that works everywhere.
//
// WHATWG's "euc-kr" decoder is CP949, and browsers implement it so. Node's TextDecoder maps the
// label to ICU's plain EUC-KR instead, which lacks the 8,822 syllables CP949 adds outside
// KS X 1001 ("똠", "갂", ...) and turns them into control characters. Those syllables are just
// the Hangul syllables KS X 1001 leaves out, in Unicode order, laid over a fixed byte range, so
// they can be rebuilt from the platform decoder itself: no table has to ship with the app.

const SYLLABLES_FIRST = 0xac00;
const SYLLABLES_COUNT = 11172;
const EXTENSION_COUNT = 8822;
/** Leads 0x81-0xA0 take 178 trails each; leads 0xA1-0xC6 take the first 84 of them. */
const WIDE_LEADS_SPAN = 32 * 178;

let nativeIsCp949: boolean | undefined;
// Without { stream: true } a decoder keeps no state between calls, so one serves every file
// and every line of a mixed file (see decode.ts).
let nativeDecoder: TextDecoder | undefined;
let extension: Uint16Array | undefined;

/** Position of a trail byte among the 178 CP949 extension trails, or -1. */
function trailIndex(trail: number): number {
  if (trail >= 0x41 && trail <= 0x5a) return trail - 0x41;
  if (trail >= 0x61 && trail <= 0x7a) return trail - 0x61 + 26;
  if (trail >= 0x81 && trail <= 0xfe) return trail - 0x81 + 52;
  return -1;
}

/** Index of a byte pair in the extension area, or -1 when the pair lies elsewhere. */
export function extensionIndex(lead: number, trail: number): number {
  const t = trailIndex(trail);
  if (t < 0) return -1;
  if (lead >= 0x81 && lead <= 0xa0) return (lead - 0x81) * 178 + t;
  if (lead >= 0xa1 && lead <= 0xc6 && t < 84) {
    const i = WIDE_LEADS_SPAN + (lead - 0xa1) * 84 + t;
    return i < EXTENSION_COUNT ? i : -1;
  }
  return -1;
}

function buildExtension(native: TextDecoder): Uint16Array {
  // KS X 1001 puts its 2,350 syllables at leads 0xB0-0xC8, trails 0xA1-0xFE.
  const pairs = new Uint8Array(25 * 94 * 2);
  let k = 0;
  for (let lead = 0xb0; lead <= 0xc8; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      pairs[k++] = lead;
      pairs[k++] = trail;
    }
  }
  const inKsx = new Set(native.decode(pairs));
  const table = new Uint16Array(EXTENSION_COUNT);
  let n = 0;
  for (let c = SYLLABLES_FIRST; c < SYLLABLES_FIRST + SYLLABLES_COUNT && n < EXTENSION_COUNT; c++) {
    if (!inKsx.has(String.fromCharCode(c))) table[n++] = c;
  }
  return table;
}

export function decodeCp949(bytes: Uint8Array): string {
  const native = (nativeDecoder ??= new TextDecoder("euc-kr"));
  nativeIsCp949 ??= native.decode(new Uint8Array([0x8c, 0x63])) === "똠";
  if (nativeIsCp949) return native.decode(bytes);
  const table = (extension ??= buildExtension(native));
  // Extension pairs are decoded here; everything between them goes to the platform decoder.
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  while (i < bytes.length - 1) {
    const lead = bytes[i]!;
    if (lead < 0x81 || lead === 0xff) {
      i++;
      continue;
    }
    const index = extensionIndex(lead, bytes[i + 1]!);
    if (index >= 0) {
      if (runStart < i) parts.push(native.decode(bytes.subarray(runStart, i)));
      parts.push(String.fromCharCode(table[index]!));
      runStart = i + 2;
    }
    i += 2;
  }
  if (runStart < bytes.length) parts.push(native.decode(bytes.subarray(runStart)));
  return parts.join("");
}
