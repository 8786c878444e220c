import type { Field } from "./field.ts";

export interface SearchEntry {
  id: string;
  name: string;
  nameEn?: string | undefined;
}

/** Which of a company's strings the query matched best. */
export type MatchedField = "name" | "initials" | "english" | "id";

export interface SearchHit {
  id: string;
  /**
   * Higher is better: 300 exact, 200 prefix, 100 substring; plus 40 name, 30 English name,
   * 20 initials, 10 id; minus 5 when the query's last syllable was only half typed (서우 -> 서울).
   */
  score: number;
  matched: MatchedField;
}

/** Built once per data set by buildSearchIndex; `search` only reads it (plus its scratch arrays). */
export interface SearchIndex {
  readonly size: number;
  readonly ids: readonly string[];
  /** Folded names (no spaces, no company forms, lower case, NFC). */
  readonly names: readonly string[];
  readonly englishLength: Int32Array;
  readonly idLength: Int32Array;
  readonly jamo: Field;
  readonly initials: Field;
  readonly english: Field;
  readonly idField: Field;
  /** Reused by every query: best score per entry, the query that set it, and the field. */
  readonly scratch: { best: Float64Array; stamp: Uint32Array; field: Uint8Array; query: number };
}
