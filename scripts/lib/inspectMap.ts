// inspect's --map: "[FILE:]field=header,..." to the column mappings readFiles takes.

import { ANY_TABLE, parseMappingText, type ColumnMapping, type MappingSet } from "../../src/io/mapping/columnMapping.ts";

/** One --map value to the key it applies under (a file, a sheet, or any table) and its mapping. */
export function parseMapArg(text: string): { ok: true; key: string; mapping: ColumnMapping } | { ok: false; message: string } {
  const eq = text.indexOf("=");
  // Field names have no ':', so the last ':' before the first '=' ends the file name.
  const colon = eq === -1 ? -1 : text.lastIndexOf(":", eq);
  const key = colon === -1 ? ANY_TABLE : text.slice(0, colon);
  const parsed = parseMappingText(colon === -1 ? text : text.slice(colon + 1));
  if (!parsed.ok) return parsed;
  if (Object.keys(parsed.mapping).length === 0) return { ok: false, message: "no field=header pairs" };
  return { ok: true, key, mapping: parsed.mapping };
}

/** Every --map value; pairs given twice for one key are merged, the later winning. */
export function parseMapArgs(values: readonly string[]): { ok: true; mappings: MappingSet } | { ok: false; message: string } {
  const mappings: Record<string, ColumnMapping> = {};
  for (const text of values) {
    const parsed = parseMapArg(text);
    if (!parsed.ok) return { ok: false, message: `--map ${text}: ${parsed.message}` };
    mappings[parsed.key] = { ...mappings[parsed.key], ...parsed.mapping };
  }
  return { ok: true, mappings };
}

export const MAP_USAGE = `  --map [FILE:]FIELD=HEADER[,FIELD=HEADER...]
                     read these columns as these fields (supplier, buyer, name,
                     division, type, weight, year, supplier_id ...), overriding or
                     completing header detection; without FILE for every file or
                     sheet whose header row has the columns named, with FILE (or
                     "FILE › SHEET") for that one only; repeatable`;
