// Decoded values of typed files (Parquet, Arrow) as the text a CSV cell would hold: what the
// row readers and the column-wise links reader (columnarLinks.ts) both read them as.

/** Cell text of a decoded value of any type the decoders give. */
export function valueText(v: unknown): string {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return Number.isFinite(v) ? String(v) : "";
    case "bigint":
    case "boolean":
      return String(v);
    case "undefined":
      return "";
    default:
      if (v === null) return "";
      // A date or timestamp: a DATE (midnight UTC) as its day, else the ISO instant.
      if (v instanceof Date) {
        if (Number.isNaN(v.getTime())) return "";
        const iso = v.toISOString();
        return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
      }
      return "";
  }
}

const ISO_DAY = /^(\d{4})-\d\d-\d\d/;

/** A year cell's text: a date in a year column is that year, as in a workbook. */
export function yearText(v: unknown): string {
  const text = valueText(v);
  const m = ISO_DAY.exec(text);
  return m ? m[1]! : text;
}

