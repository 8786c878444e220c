// Export then import, in every format, gives the same companies, links and attribute values.
// What a format cannot carry is stated once per format (expectFor) rather than hidden.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExportFormat } from "../../../src/io/formats/types.ts";
import { exportSnapshot } from "../../../src/io/write/writers.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { xmlSafe } from "../../../src/io/write/xmlText.ts";
import type { Company, Dataset, Link } from "../../../src/model/types.ts";
import { asInputFiles, datasetArb, snapshotOf } from "../snapshotHelpers.ts";

type Text = (s: string) => string;
type Transform = { ids: Text; text: Text; raw: Text; received?: Text };
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** UTF-8 cannot hold a lone surrogate: TextEncoder writes U+FFFD. */
const utf8: Text = (s) => s.replace(LONE, "\ufffd");
/**
 * csvCell's leading apostrophe before formula-looking text stays in the cell; NUL is written as
 * U+FFFD. Line ends inside a cell are compared as LF: whether the CSV reader keeps a CR is its
 * own business, not the writer's.
 */
const csv: Text = (s) => (/^[=+\-@\t\r]/.test(s) ? `'${utf8(s)}` : utf8(s)).replace(/\r\n/g, "\n").replace(/\0/g, "\ufffd");

/** How each format changes text on the way out and back; every other difference is a bug. */
const TEXT: Record<ExportFormat, Transform> = {
  json: { ids: (s) => s, text: (s) => s, raw: (s) => s },
  bundle: { ids: (s) => s, text: (s) => s, raw: (s) => s },
  gexf: { ids: xmlSafe, text: xmlSafe, raw: xmlSafe },
  graphml: { ids: xmlSafe, text: xmlSafe, raw: xmlSafe },
  csv: { ids: csv, text: csv, raw: csv, received: (s) => s.replace(/\r\n/g, "\n") },
  // SheetJS keeps control characters (as _x0001_) and line ends in shared strings.
  xlsx: { ids: utf8, text: utf8, raw: utf8 },
  // Strings are UTF-8 bytes in both: nothing else changes.
  parquet: { ids: utf8, text: utf8, raw: utf8 },
  arrow: { ids: utf8, text: utf8, raw: utf8 },
};

function plainCompany(c: Company, t: Transform) {
  const attributes = Object.fromEntries(Object.entries(c.attributes).filter(([, v]) => v !== "").map(([k, v]) => [k, t.raw(v)]));
  return {
    id: t.ids(c.id),
    name: t.text(c.name),
    nameEn: c.nameEn === undefined ? undefined : t.text(c.nameEn),
    division: c.division,
    municipality: c.municipality,
    industry: c.industry === undefined ? undefined : t.text(c.industry),
    tier: c.tier,
    lat: c.lat,
    lon: c.lon,
    attributes,
  };
}

function plainLink(l: Link, t: Transform) {
  const attributes = Object.fromEntries(Object.entries(l.attributes).filter(([, v]) => v !== "").map(([k, v]) => [k, t.raw(v)]));
  return { id: t.ids(l.id), source: t.ids(l.source), target: t.ids(l.target), type: l.type, weight: l.weight, year: l.year, illustrative: l.illustrative === true, attributes };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function expectSameData(format: ExportFormat, original: Dataset, read: Dataset) {
  const t = TEXT[format];
  expect(read.report.rejected).toEqual([]);
  const received: Transform = { ids: (s) => s, text: (s) => s, raw: t.received ?? ((s) => s) };
  expect(read.companies.map((c) => plainCompany(c, received)).sort(byId)).toEqual(original.companies.map((c) => plainCompany(c, t)).sort(byId));
  expect(read.links.map((l) => plainLink(l, received)).sort(byId)).toEqual(original.links.map((l) => plainLink(l, t)).sort(byId));
}

const FORMATS: ExportFormat[] = ["json", "gexf", "graphml", "csv", "xlsx", "bundle", "parquet", "arrow"];

describe("io/snapshot round trip", () => {
  for (const format of FORMATS) {
    it(`reads back what it writes: ${format}`, () => {
      fc.assert(
        fc.property(datasetArb, (dataset) => {
          const files = asInputFiles(exportSnapshot(snapshotOf(dataset), format));
          expectSameData(format, dataset, readFiles(files));
        }),
        { numRuns: 12 },
      );
    }, 60_000);
  }
});
