// Columns of the data that can colour companies: kept attributes (company.attributes) with
// few distinct values, so every value can have its own colour and a key in the legend.
import type { SupplyGraph } from "../types.ts";

/** At most this many distinct values: more would not read as categories on a map. */
export const MAX_CATEGORIES = 12;

export interface CategoricalColumn {
  key: string;
  /** Distinct non-empty values. */
  values: number;
  /** Companies with a value. */
  filled: number;
}

/**
 * Attribute columns with 2..MAX_CATEGORIES distinct values that at least a tenth of the
 * companies fill, in the order the data first shows them. One pass; a column stops being
 * counted once it has too many values.
 */
export function categoricalColumns(graph: SupplyGraph): CategoricalColumn[] {
  const seen = new Map<string, { values: Set<string>; filled: number; tooMany: boolean }>();
  graph.forEachNode((_node, a) => {
    for (const [key, raw] of Object.entries(a.company.attributes)) {
      const value = raw.trim();
      if (!value) continue;
      let column = seen.get(key);
      if (!column) seen.set(key, (column = { values: new Set(), filled: 0, tooMany: false }));
      if (column.tooMany) continue;
      column.filled++;
      column.values.add(value);
      if (column.values.size > MAX_CATEGORIES) column.tooMany = true;
    }
  });
  const out: CategoricalColumn[] = [];
  for (const [key, column] of seen) {
    if (column.tooMany || column.values.size < 2 || column.filled < graph.order / 10) continue;
    out.push({ key, values: column.values.size, filled: column.filled });
  }
  return out;
}

/** The value of a column for one company, trimmed; undefined when empty. */
export function attributeValue(attributes: Record<string, string>, key: string): string | undefined {
  const raw = attributes[key];
  const value = raw?.trim();
  return value ? value : undefined;
}
