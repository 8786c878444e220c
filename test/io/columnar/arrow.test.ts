// Arrow IPC with another implementation on the other side: Arrow JS (apache-arrow) reads what
// we write with our types and values, and what it writes (file and stream formats, dictionary
// strings, 64-bit integers, dates, nulls) we read with the right values. Compressed files
// (pandas writes LZ4 by default) and broken files are covered too. DuckDB reads Arrow IPC only
// through an extension it downloads, so it is not used here.

import {
  Bool, DateDay, Float64, Int32, Int64, Table, TimestampMillisecond, Utf8, tableFromIPC, tableToIPC, vectorFromArray,
} from "apache-arrow";
import { CompressionType, tableFromArrays, tableToIPC as flechetteToIPC, utf8 } from "@uwdata/flechette";
import { describe, expect, it } from "vitest";
import { exportDataset } from "../../../scripts/lib/inspectExport.ts";
import { registerArrowCodecs } from "../../../src/io/columnar/arrowCodecs.ts";
import { readFiles, readFilesWithSnapshots } from "../../../src/io/read/readFiles.ts";
import { fixture } from "../helpers.ts";

const sample = () => [fixture("../../data/sample/companies.csv"), fixture("../../data/sample/links.csv")].map((f) => ({ ...f, name: f.name.split("/").pop()! }));
const written = () => exportDataset(sample(), readFiles(sample()), { format: "arrow", vintage: "2023", created: new Date("2026-01-02T03:04:05Z") });

describe("Arrow files we write", () => {
  it("are read by Arrow JS with our column types, values, nulls and metadata", () => {
    const files = written();
    expect(files.map((f) => f.name)).toEqual(["nodes.arrow", "edges.arrow"]);
    const edges = tableFromIPC(files[1]!.data as Uint8Array);
    expect(edges.numRows).toBe(380);
    expect(Object.fromEntries(edges.schema.fields.map((f) => [f.name, String(f.type)]))).toEqual({
      Source: "Utf8", Target: "Utf8", Id: "Utf8", link_type: "Utf8", amount: "Float64", year: "Int32", cross_division: "Bool", illustrative: "Bool",
    });
    const original = readFiles(sample());
    const links = new Map(original.links.map((l) => [l.id, l]));
    for (let i = 0; i < edges.numRows; i++) {
      const row = edges.get(i)!.toJSON() as Record<string, unknown>;
      const link = links.get(row.Id as string)!;
      expect([row.Source, row.Target, row.link_type, row.amount ?? undefined, row.year ?? undefined, row.illustrative]).toEqual([
        link.source, link.target, link.type, link.weight, link.year, link.illustrative === true,
      ]);
    }
    const nodes = tableFromIPC(files[0]!.data as Uint8Array);
    expect(nodes.numRows).toBe(87);
    const types = Object.fromEntries(nodes.schema.fields.map((f) => [f.name, String(f.type)]));
    expect(types).toMatchObject({ Id: "Utf8", Label: "Utf8", lat: "Float64", m_degree: "Int32", m_pagerank: "Float64" });
    const labels = nodes.getChild("Label")!.toArray() as string[];
    expect(labels.sort()).toEqual(original.companies.map((c) => c.name).sort());
    // Companies without a municipality hold null, not "".
    const municipality = nodes.getChild("municipality")!;
    expect(municipality.nullCount).toBe(original.companies.filter((c) => c.municipality === undefined).length);
    const meta = JSON.parse(nodes.schema.metadata.get("supply_atlas_metadata")!) as { app: string; created: string };
    expect(meta).toMatchObject({ app: "Supply Atlas", created: "2026-01-02T03:04:05.000Z" });
  });

  it("read back to the same companies and links", () => {
    const original = readFiles(sample());
    const { dataset: back, snapshots } = readFilesWithSnapshots(written().map((f) => ({ name: f.name, bytes: f.data as Uint8Array })));
    expect(back.report.rejected).toEqual([]);
    expect(back.report.files.map((f) => [f.name, f.kind, f.encoding])).toEqual([["nodes.arrow", "companies", "arrow"], ["edges.arrow", "links", "arrow"]]);
    const company = (c: (typeof original.companies)[number]) => [c.id, c.name, c.nameEn, c.division, c.municipality, c.industry, c.tier, c.lat, c.lon];
    expect(back.companies.map(company).sort()).toEqual(original.companies.map(company).sort());
    const link = (l: (typeof original.links)[number]) => [l.id, l.source, l.target, l.type, l.weight, l.year, l.illustrative === true];
    expect(back.links.map(link).sort()).toEqual(original.links.map(link).sort());
    expect(snapshots[1]!.metadata).toMatchObject({ app: "Supply Atlas", exported: { links: 380 } });
  });
});

function arrowJsCompanies(): Table {
  const table = new Table({
    // Strings from an array become a dictionary in Arrow JS: dictionary-encoded strings.
    id: vectorFromArray(["c1", "c2", "c3"]),
    name: vectorFromArray(["한빛정밀", "세진테크", null], new Utf8()),
    division: vectorFromArray(["경기", "서울", "전남"]),
    lat: vectorFromArray([37.25, null, 34.8], new Float64()),
    lon: vectorFromArray([127.5, null, 126.4], new Float64()),
    staff: vectorFromArray([120n, null, 9007199254740993n], new Int64()),
    listed: vectorFromArray([true, false, null], new Bool()),
    founded: vectorFromArray([new Date("2019-03-01T00:00:00Z"), null, new Date("2021-12-31T00:00:00Z")], new DateDay()),
    checked: vectorFromArray([new Date("2024-05-06T07:08:09Z"), null, null], new TimestampMillisecond()),
  });
  return table;
}

describe("Arrow files Arrow JS writes", () => {
  for (const format of ["file", "stream"] as const) {
    it(`reads the ${format} format with the right values, one row rejected like a CSV row`, () => {
      const bytes = tableToIPC(arrowJsCompanies(), format);
      const links = new Table({
        supplier: vectorFromArray(["c1", "c2"]),
        buyer: vectorFromArray(["c2", "c1"]),
        type: vectorFromArray(["생산", "판매"]),
        weight: vectorFromArray([5, 2.5], new Float64()),
        year: vectorFromArray([2023, null], new Int32()),
      });
      const name = format === "file" ? "companies.feather" : "companies.arrows";
      const ds = readFiles([{ name, bytes }, { name: `links.${format === "file" ? "arrow" : "arrows"}`, bytes: tableToIPC(links, format) }]);
      expect(ds.companies.map((c) => [c.id, c.name, c.division, c.lat, c.attributes])).toEqual([
        ["c1", "한빛정밀", "KR-41", 37.25, { staff: "120", listed: "true", founded: "2019-03-01", checked: "2024-05-06T07:08:09.000Z" }],
        ["c2", "세진테크", "KR-11", undefined, { staff: "", listed: "false", founded: "", checked: "" }],
      ]);
      expect(ds.report.rejected.map((i) => [i.file, i.row, i.reason])).toEqual([[name, 3, "missing-name"]]);
      expect(ds.links.map((l) => [l.source, l.target, l.type, l.weight, l.year])).toEqual([
        ["c1", "c2", "production", 5, 2023],
        ["c2", "c1", "sales", 2.5, undefined],
      ]);
    });
  }

  it("reads LZ4-compressed files, as pandas' to_feather writes them", () => {
    registerArrowCodecs();
    const ids = Array.from({ length: 2000 }, (_, i) => `c${i}`);
    const table = tableFromArrays({ id: ids, name: ids.map((id) => `한빛정밀 ${id}`), division: ids.map((_, i) => (i % 2 ? "경기" : "서울")) }, { types: { id: utf8(), name: utf8(), division: utf8() } });
    const bytes = flechetteToIPC(table, { format: "file", codec: CompressionType.LZ4_FRAME })!;
    const plain = flechetteToIPC(table, { format: "file" })!;
    expect(bytes.length).toBeLessThan(plain.length);
    const ds = readFiles([{ name: "lz4.feather", bytes }]);
    expect(ds.report.rejected).toEqual([]);
    expect(ds.companies.slice(0, 2).map((c) => [c.id, c.name, c.division])).toEqual([["c0", "한빛정밀 c0", "KR-11"], ["c1", "한빛정밀 c1", "KR-41"]]);
    expect(ds.companies).toHaveLength(2000);
  });
});

describe("broken Arrow files", () => {
  const good = () => written()[1]!.data as Uint8Array;
  const reject = (bytes: Uint8Array, name = "bad.arrow") => {
    const ds = readFiles([{ name, bytes }]);
    expect(ds.links).toEqual([]);
    expect(ds.report.rejected.map((i) => [i.file, i.row, i.reason])).toEqual([[name, 0, "unreadable-file"]]);
    return ds.report.rejected[0]!.message;
  };

  it("rejects a truncated file, wrong magic, Feather v1 and a huge declared length with a clear message", () => {
    const bytes = good();
    expect(reject(bytes.slice(0, Math.floor(bytes.length / 2)))).toMatch(/^Arrow file could not be read: it is cut short/);
    // A stream cut inside a message body.
    const stream = tableToIPC(tableFromIPC(bytes), "stream");
    expect(reject(stream.slice(0, stream.length - 200), "cut.arrows")).toMatch(/^Arrow file could not be read: .*body/);
    expect(reject(new TextEncoder().encode("id,name,division\nc1,A,서울\n"))).toContain("ARROW1");
    expect(reject(new TextEncoder().encode("FEA1 and then some"), "old.feather")).toContain("Feather version 1");
    // A footer that declares more bytes than the file has; a stream message likewise.
    const huge = bytes.slice();
    new DataView(huge.buffer).setInt32(huge.length - 10, 0x7ffffff0, true);
    expect(reject(huge)).toMatch(/^Arrow file could not be read: /);
    const hugeStream = stream.slice();
    new DataView(hugeStream.buffer).setInt32(4, 0x7ffffff0, true);
    expect(reject(hugeStream, "huge.arrows")).toMatch(/^Arrow file could not be read: .*metadata bytes/);
  });

  it("survives noise in the body: the file is rejected or its rows are, nothing throws", () => {
    const bytes = good();
    const noisy = bytes.slice();
    for (let i = 16; i < noisy.length - 16; i++) noisy[i] = (i * 131) & 0xff;
    const ds = readFiles([{ name: "noise.arrow", bytes: noisy }]);
    expect(ds.links).toEqual([]);
    expect(ds.report.rejected.length).toBeGreaterThan(0);
  });

  it("rejects a buffer that declares a terabyte once decompressed, without allocating it", () => {
    registerArrowCodecs();
    const n = 3000;
    const ids = Array.from({ length: n }, (_, i) => `c${i}`);
    const table = tableFromArrays({ id: ids, name: ids.map(() => "한빛정밀"), division: ids.map(() => "경기") }, { types: { id: utf8(), name: utf8(), division: utf8() } });
    const lz4 = flechetteToIPC(table, { format: "stream", codec: CompressionType.LZ4_FRAME })!;
    // Find a buffer's 8-byte uncompressed-length prefix (a small positive number) and make it 1 TB.
    const view = new DataView(lz4.buffer, lz4.byteOffset);
    let patched = false;
    for (let i = 8; i + 12 <= lz4.length; i += 8) {
      // An LZ4 frame starts with 0x184D2204 right after its length prefix.
      if (view.getUint32(i + 8, true) === 0x184d2204) {
        view.setBigInt64(i, 1n << 40n, true);
        patched = true;
        break;
      }
    }
    expect(patched).toBe(true);
    expect(reject(lz4, "bomb.arrows")).toMatch(/declares \d+ bytes/);
  });
});
