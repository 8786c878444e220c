// Which of the three table shapes a header row describes, and which columns that shape uses.

import { COMPANY_FIELDS, LINK_FIELDS, ROLE_FIELDS, type ColumnMap, type Field } from "./headers.ts";

export type TableShape = "companies" | "links" | "links-with-companies";

export interface ShapeGuess {
  /** null when the headers look like no shape at all. */
  shape: TableShape | null;
  /** Required columns the shape lacks; the file cannot be read while this is non-empty. */
  missing: Field[];
}

const LINK_ONLY: readonly Field[] = ["type", "weight", "year"];

export function detectShape(cols: ColumnMap): ShapeGuess {
  const has = (f: Field) => cols.index[f] !== undefined;
  // A links file may name its companies by id alone ("공급기업ID", "source_id").
  const supplier = has("supplier") || has("supplier_id");
  const buyer = has("buyer") || has("buyer_id");
  if (supplier && buyer) {
    const single = has("supplier_division") || has("buyer_division");
    return { shape: single ? "links-with-companies" : "links", missing: [] };
  }
  if (has("name") && has("division")) return { shape: "companies", missing: [] };
  if (supplier || buyer) return { shape: "links", missing: supplier ? ["buyer"] : ["supplier"] };
  // Without a division the companies load unplaced (model/types.ts NO_DIVISION): a list of names is enough.
  if (has("name")) return { shape: "companies", missing: [] };
  if (has("division")) return { shape: "companies", missing: ["name"] };
  if (LINK_ONLY.some(has)) return { shape: "links", missing: ["supplier", "buyer"] };
  return { shape: null, missing: [] };
}

const ROLE_COLUMNS: Field[] = ROLE_FIELDS.flatMap((f) => [`supplier_${f}`, `buyer_${f}`] as const);

const USED: Record<TableShape, ReadonlySet<Field>> = {
  companies: new Set<Field>(COMPANY_FIELDS),
  links: new Set<Field>(["id", ...LINK_FIELDS, "supplier_id", "buyer_id"]),
  "links-with-companies": new Set<Field>(["id", ...LINK_FIELDS, ...ROLE_COLUMNS]),
};

/**
 * Drops the fields a shape does not read and keeps those columns as verbatim attributes
 * (a "유형" column in a companies file is the company's data, not a link type).
 */
export function restrictToShape(cols: ColumnMap, headers: readonly string[], shape: TableShape): ColumnMap {
  const used = USED[shape];
  const out: ColumnMap = { index: {}, codeSystem: {}, extra: [...cols.extra] };
  for (const [field, index] of Object.entries(cols.index) as Array<[Field, number]>) {
    if (used.has(field)) {
      out.index[field] = index;
      const system = cols.codeSystem[field];
      if (system) out.codeSystem[field] = system;
    } else {
      const name = headers[index] ?? field;
      if (name !== "__proto__") out.extra.push({ index, name });
    }
  }
  out.extra.sort((a, b) => a.index - b.index);
  return out;
}
