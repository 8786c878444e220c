// Shared by the snapshot tests: generated networks with Korean and hostile text, and the
// steps dataset -> graph -> snapshot -> files -> dataset.

import fc from "fast-check";
import { buildGraph } from "../../src/graph/build/buildGraph.ts";
import type { WrittenFile } from "../../src/io/formats/types.ts";
import { buildSnapshot, type SnapshotInputs } from "../../src/io/snapshot/buildSnapshot.ts";
import type { Snapshot } from "../../src/io/snapshot/types.ts";
import { DatasetBuilder } from "../../src/io/read/datasetBuilder.ts";
import { LINK_TYPES, type Company, type Dataset, type InputFile, type Link } from "../../src/model/types.ts";
import { divisionsOf } from "../../src/regions/divisions.ts";

/** Pieces of names: Korean, and text that is hostile to CSV, XML, HTML and spreadsheets. */
const NAME_PIECES = ["서울", "에프앤비", "구영테크", "한글", "Tech", "=cmd|' /C calc'!A0", "<script>alert(1)</script>", "]]>", "&amp;", '"q"', "a,b", "+1", "-2", "@x", "é", "세", "'"];
/** Extra attribute values: anything, control characters and lone surrogates included. */
const RAW_PIECES = ["\u0001", "\u0000", "\ud800", "\udfff", "\r\n", "\t", " ", "=1+1", "]]>", "<script>", "\u2028", "𝒳"];

const cleanText = fc
  .array(fc.constantFrom(...NAME_PIECES), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(" "));
const rawText = fc
  .array(fc.oneof(fc.constantFrom(...RAW_PIECES), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(""))
  .filter((s) => s !== "");

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const companyArb = fc.record({
  name: cleanText,
  nameEn: opt(fc.constantFrom("Seoul F&B", "=HYPERLINK(\"x\")", "Gooyoung <Tech>")),
  division: fc.constantFrom(...divisionsOf("2023").map((d) => d.code)),
  municipality: opt(fc.constantFrom("횡성군", "화성시", "중구")),
  industry: opt(cleanText),
  tier: opt(fc.constantFrom("super-regional", "regional-innovation")),
  coords: opt(fc.tuple(fc.integer({ min: 33000, max: 38500 }), fc.integer({ min: 125000, max: 131000 }))),
  note: opt(rawText),
});

const linkArb = fc.record({
  from: fc.nat(),
  to: fc.nat(),
  type: fc.constantFrom(...LINK_TYPES),
  weight: opt(fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100)),
  year: opt(fc.integer({ min: 1900, max: 2100 })),
  illustrative: fc.boolean(),
  memo: opt(rawText),
});

/** A dataset as the readers would give it (clean names, unique ids, no self-links). */
export const datasetArb: fc.Arbitrary<Dataset> = fc
  .tuple(fc.array(companyArb, { minLength: 2, maxLength: 8 }), fc.array(linkArb, { maxLength: 14 }), fc.constantFrom("=id-", "기업-", "<n>&"))
  .map(([cs, ls, idPrefix]) => {
    const companies: Company[] = cs.map((c, i) => {
      const company: Company = { id: `${idPrefix}${i}`, name: `${c.name} ${i}`, division: c.division, attributes: {} };
      if (c.nameEn) company.nameEn = c.nameEn;
      if (c.municipality) company.municipality = c.municipality;
      if (c.industry) company.industry = c.industry;
      if (c.tier) company.tier = c.tier;
      if (c.coords) [company.lat, company.lon] = [c.coords[0] / 1000, c.coords[1] / 1000];
      if (c.note) company.attributes.note = c.note;
      return company;
    });
    const links: Link[] = [];
    ls.forEach((l, i) => {
      const s = l.from % companies.length;
      const t = l.to % companies.length;
      if (s === t) return;
      const link: Link = { id: `링크-${i}`, source: companies[s]!.id, target: companies[t]!.id, type: l.type, illustrative: l.illustrative, attributes: {} };
      if (l.weight !== undefined) link.weight = l.weight;
      if (l.year !== undefined) link.year = l.year;
      if (l.memo) link.attributes.memo = l.memo;
      links.push(link);
    });
    const builder = new DatasetBuilder();
    const report = builder.finish("generated", [], []).report;
    return { label: "generated", companies, links, illustrative: links.some((l) => l.illustrative), report: { ...report, companies: companies.length, links: links.length } };
  });

export function snapshotOf(dataset: Dataset, extra: Partial<SnapshotInputs> = {}): Snapshot {
  const graph = buildGraph(dataset, { positions: new Map() });
  return buildSnapshot(graph, {
    vintage: "2023",
    report: dataset.report,
    label: dataset.label,
    appVersion: "test",
    sources: [],
    created: new Date(Date.UTC(2026, 6, 1)),
    ...extra,
  });
}

export function asInputFiles(written: readonly WrittenFile[]): InputFile[] {
  return written.map((f) => ({ name: f.name, bytes: typeof f.data === "string" ? new TextEncoder().encode(f.data) : f.data }));
}
