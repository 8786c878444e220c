// Everything a query compares against is computed here, once per data set: folded names, their
// jamo and initials, folded English names and ids, each joined into one string per column.

import type { SupplyGraph } from "../types.ts";
import { makeField } from "./field.ts";
import { foldId, foldName, initialsOf, jamoOf } from "./normalize.ts";
import type { SearchEntry, SearchIndex } from "./types.ts";

/** Entries with an id seen before are skipped: the first wins, as in the graph builder. */
export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  const seen = new Set<string>();
  const ids: string[] = [];
  const names: string[] = [];
  const jamo: string[] = [];
  const initials: string[] = [];
  const english: Array<string | undefined> = [];
  const foldedIds: string[] = [];
  for (const entry of entries) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    const name = foldName(entry.name);
    ids.push(entry.id);
    names.push(name);
    jamo.push(jamoOf(name));
    initials.push(initialsOf(name));
    english.push(entry.nameEn === undefined ? undefined : foldName(entry.nameEn));
    foldedIds.push(foldId(entry.id));
  }
  const size = ids.length;
  return {
    size,
    ids,
    names,
    englishLength: Int32Array.from(english, (e) => e?.length ?? 0),
    idLength: Int32Array.from(foldedIds, (e) => e.length),
    jamo: makeField(jamo),
    initials: makeField(initials),
    english: makeField(english),
    idField: makeField(foldedIds),
    scratch: { best: new Float64Array(size), stamp: new Uint32Array(size), field: new Uint8Array(size), query: 0 },
  };
}

/** The index of every company in the graph: its name (label if the name is empty) and English name. */
export function searchIndexOfGraph(graph: SupplyGraph): SearchIndex {
  const entries: SearchEntry[] = [];
  graph.forEachNode((id, attributes) => {
    entries.push({ id, name: attributes.company.name || attributes.label, nameEn: attributes.company.nameEn });
  });
  return buildSearchIndex(entries);
}
