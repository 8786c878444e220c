// Answers a query by scanning the index's joined columns. Which columns depends on what was
// typed: syllables and Latin letters go to the names (as jamo, so a half-typed last syllable
// still matches), English names and ids; initial consonants go to the initials column.

import { scanField } from "./field.ts";
import { INITIAL, foldId, foldName, hasSyllable, initialsOf, jamoOf } from "./normalize.ts";
import type { MatchedField, SearchHit, SearchIndex } from "./types.ts";

const EXACT = 300;
const PREFIX = 200;
const SUBSTRING = 100;
const PARTIAL = -5;
const FIELDS: readonly MatchedField[] = ["name", "english", "initials", "id"];
const BONUS = [40, 30, 20, 10] as const;
const [NAME, ENGLISH, INITIALS, ID] = [0, 1, 2, 3] as const;

const kind = (offset: number, length: number, needle: number) => (offset > 0 ? SUBSTRING : length === needle ? EXACT : PREFIX);
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function lastSyllableAt(q: string): number {
  for (let i = q.length - 1; i >= 0; i--) if (hasSyllable(q[i]!)) return i;
  return -1;
}

/** Syllables typed in full must be there; the last one may be the start of a longer syllable. */
function syllablesAgree(name: string, offset: number, q: string, last: number): 0 | 1 | -1 {
  let partial: 0 | 1 = 0;
  for (let k = 0; k <= last; k++) {
    const want = q[k]!;
    const have = name[offset + k]!;
    if (want === have || !hasSyllable(want)) continue;
    if (k === q.length - 1 && jamoOf(have).startsWith(jamoOf(want))) partial = 1;
    else return -1;
  }
  return partial;
}

/**
 * Companies matching `query`, best first: exact before prefix before substring, then names
 * before English names before initials before ids, then the shorter matched string, then
 * code-unit order of name and id (so equal input gives equal output).
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const q = foldName(query);
  if (limit <= 0 || index.size === 0 || q.length === 0) return [];
  const { scratch, names } = index;
  const { best, stamp, field } = scratch;
  scratch.query = scratch.query >= 0xfffffffe ? 1 : scratch.query + 1;
  if (scratch.query === 1) stamp.fill(0);
  const mark = scratch.query;
  const touched: number[] = [];
  const offer = (entry: number, score: number, from: number) => {
    if (stamp[entry] !== mark) {
      stamp[entry] = mark;
      touched.push(entry);
    } else if (score <= best[entry]!) return;
    best[entry] = score;
    field[entry] = from;
  };

  const firstInitial = q.search(INITIAL);
  const lastSyllable = lastSyllableAt(q);
  // A typed initial before a syllable (ㅅ울) would match jamo out of step; leave it to initials.
  if (firstInitial === -1 || (lastSyllable >= 0 && firstInitial > lastSyllable)) {
    const needle = jamoOf(q);
    scanField(index.jamo, needle, (entry, offset, length) => {
      const k = kind(offset, length, needle.length);
      const name = names[entry]!;
      const whole = k === EXACT ? name === q : k === PREFIX ? name.startsWith(q) : name.includes(q);
      offer(entry, k + BONUS[NAME] + (whole ? 0 : PARTIAL), NAME);
      return true;
    });
  }
  if (firstInitial !== -1) {
    const needle = initialsOf(q);
    scanField(index.initials, needle, (entry, offset, length) => {
      const partial = lastSyllable === -1 ? 0 : syllablesAgree(names[entry]!, offset, q, lastSyllable);
      if (partial === -1) return false;
      offer(entry, kind(offset, length, needle.length) + BONUS[INITIALS] + partial * PARTIAL, INITIALS);
      return true;
    });
  } else {
    scanField(index.english, q, (entry, offset, length) => {
      offer(entry, kind(offset, length, q.length) + BONUS[ENGLISH], ENGLISH);
      return true;
    });
    const id = foldId(query);
    scanField(index.idField, id, (entry, offset, length) => {
      offer(entry, kind(offset, length, id.length) + BONUS[ID], ID);
      return true;
    });
  }
  return top(index, touched, limit).map((entry) => ({ id: index.ids[entry]!, score: best[entry]!, matched: FIELDS[field[entry]!]! }));
}

/** The `limit` best of `touched`; insertion into a short sorted list is cheap as most entries lose at once. */
function top(index: SearchIndex, touched: readonly number[], limit: number): number[] {
  const { best, field } = index.scratch;
  const length = (e: number) => (field[e] === ENGLISH ? index.englishLength[e]! : field[e] === ID ? index.idLength[e]! : index.names[e]!.length);
  const before = (a: number, b: number) =>
    best[b]! - best[a]! || length(a) - length(b) || byCode(index.names[a]!, index.names[b]!) || byCode(index.ids[a]!, index.ids[b]!);
  // Asked for most of what matched: one sort beats insertions.
  if (limit * 8 >= touched.length) return [...touched].sort(before).slice(0, limit);
  const kept: number[] = [];
  for (const e of touched) {
    if (kept.length === limit && before(e, kept[limit - 1]!) >= 0) continue;
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(kept[mid]!, e) <= 0) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, e);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}
