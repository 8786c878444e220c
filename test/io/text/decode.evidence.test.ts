// Encoding decided by evidence: mixed and broken files keep every good row and report the
// broken ones by row; binary files are rejected by name; NUL and line ends are no reason to
// lose a file.
import { describe, expect, it } from "vitest";
import { binaryKind, decodeBytes } from "../../../src/io/text/decode.ts";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { brief, fixture } from "../helpers.ts";

const enc = new TextEncoder();
const utf8 = (text: string) => enc.encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
};
/** "동양메탈,부산" as Korean Excel writes it (CP949), checked against the fixture's decoder. */
const CP949_ROW = new Uint8Array([0xb5, 0xbf, 0xbe, 0xe7, 0xb8, 0xde, 0xc5, 0xbb, 0x2c, 0xba, 0xce, 0xbb, 0xea]);
/** "동양메탈" in UTF-8 cut after the first two bytes of its last syllable. */
const TRUNCATED = concat(utf8("동양메"), new Uint8Array([0xed, 0x83]));

describe("io/decode: evidence per line", () => {
  it("the CP949 sample bytes really are 동양메탈,부산", () => {
    expect(decodeBytes(CP949_ROW)).toMatchObject({ text: "동양메탈,부산", encoding: "euc-kr" });
  });

  it("keeps a UTF-8 file UTF-8 when one syllable is cut, and marks only that line", () => {
    const bytes = concat(utf8("회사명,시도\n"), TRUNCATED, utf8(",부산\n대한정밀,서울\n세진테크,경기\n"));
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe("utf-8");
    expect(r.text).toBe("회사명,시도\n동양메\ufffd,부산\n대한정밀,서울\n세진테크,경기\n");
    expect(r.brokenLines).toEqual([2]);
    expect(r.text).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("reads CP949 lines among UTF-8 lines each in their own encoding", () => {
    const bytes = concat(utf8("회사명,시도\n대한정밀,서울\n"), CP949_ROW, utf8("\n세진테크,경기\n"));
    const r = decodeBytes(bytes);
    expect(r).toEqual({ text: "회사명,시도\n대한정밀,서울\n동양메탈,부산\n세진테크,경기\n", encoding: "utf-8", otherLines: [3] });
  });

  it("reads UTF-8 lines among CP949 lines when CP949 is the majority", () => {
    const cp = decodeBytes(fixture("companies-ko.cp949.csv").bytes).text;
    const bytes = concat(fixture("companies-ko.cp949.csv").bytes, utf8("C99,대한정밀,,서울,,,,,,\n"));
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe("euc-kr");
    // The appended line ends in LF where the fixture's end in CRLF: mixed ends are read as LF.
    expect(r.text).toBe(`${cp.replace(/\r\n/g, "\n")}C99,대한정밀,,서울,,,,,,\n`);
    expect(r.otherLines).toEqual([cp.split("\n").length]);
  });

  it("reads CP949 that happens to be valid UTF-8 as CP949, but leaves accented Latin alone", () => {
    // 회 = C8 B8 and 탈 = C5 BB in CP949; as UTF-8 the same bytes are "ȸŻ".
    expect(decodeBytes(new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xc8, 0xb8, 0xc5, 0xbb, 0x0a]))).toEqual({ text: "name\n회탈\n", encoding: "euc-kr" });
    expect(decodeBytes(utf8("id,name\n1,Société Générale\n2,Nestlé\n"))).toEqual({ text: "id,name\n1,Société Générale\n2,Nestlé\n", encoding: "utf-8" });
  });

  it("reads a line both encodings accept by the file's other lines", () => {
    const cpFile = concat(CP949_ROW, utf8("\n"), new Uint8Array([0xc8, 0xb8, 0xc5, 0xbb]), utf8(",x\n"));
    expect(decodeBytes(cpFile).text).toBe("동양메탈,부산\n회탈,x\n");
    const utfFile = concat(utf8("대한정밀,서울\n세진테크,경기\n"), TRUNCATED, utf8("\nŻ,x\n"));
    expect(decodeBytes(utfFile).text).toBe("대한정밀,서울\n세진테크,경기\n동양메\ufffd\nŻ,x\n");
  });

  it("never turns UTF-8 Hangul into CP949 mojibake", () => {
    const bytes = concat(utf8("동양메탈\n"), new Uint8Array([0xff]), utf8("\n"));
    const r = decodeBytes(bytes);
    expect(r.text.startsWith("동양메탈\n")).toBe(true);
    expect(r.text).not.toContain("숈");
  });

  it("normalises CR, CRLF and LF line ends and shows NUL as U+FFFD", () => {
    expect(decodeBytes(utf8("a,b\r\nc,d\re,f\ng,h\r")).text).toBe("a,b\nc,d\ne,f\ng,h\n");
    expect(decodeBytes(utf8("a,b\nc\u0000d,e\n"))).toEqual({ text: "a,b\nc\ufffdd,e\n", encoding: "utf-8" });
  });

  it("names binary files by their magic bytes or their control bytes", () => {
    expect(binaryKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe("PNG image");
    expect(binaryKind(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))).toBe("PDF document");
    expect(binaryKind(utf8("a,b\nc\u0000d,e\n"))).toBeNull();
    expect(binaryKind(new Uint8Array([0x61, 0, 0x62, 0, 0x63, 0]))).toMatch(/binary data/);
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])).binary).toBe("PNG image");
  });
});

describe("io/read: files with broken bytes, NULs and mixed line ends", () => {
  it("loads every row of a UTF-8 file with one cut syllable and reports that row with the replacement shown", () => {
    const bytes = concat(utf8("회사명,시도\n"), TRUNCATED, utf8(",부산\n대한정밀,서울\n세진테크,경기\n"));
    const ds = readFiles([{ name: "cut.csv", bytes }]);
    expect(ds.companies.map((c) => c.name)).toEqual(["동양메\ufffd", "대한정밀", "세진테크"]);
    expect(ds.report.rejected).toEqual([]);
    expect(ds.report.warnings).toEqual([
      expect.objectContaining({ file: "cut.csv", row: 2, reason: "encoding", detail: "회사명 '동양메\ufffd'" }),
    ]);
  });

  it("loads a CP949 row among UTF-8 rows as what it says, with one note for the file", () => {
    const bytes = concat(utf8("회사명,시도\n대한정밀,서울\n"), CP949_ROW, utf8("\n세진테크,경기\n"));
    const ds = readFiles([{ name: "mixed.csv", bytes }]);
    expect(ds.companies.map((c) => [c.name, c.division])).toEqual([["대한정밀", "KR-11"], ["동양메탈", "KR-26"], ["세진테크", "KR-41"]]);
    expect(brief(ds.report.warnings)).toEqual([["mixed.csv", 0, "encoding"]]);
    expect(ds.report.warnings[0]?.message).toContain("line(s) 3 are CP949");
  });

  it("reports a row with a NUL byte and keeps the others", () => {
    const ds = readFiles([{ name: "nul.csv", bytes: utf8("회사명,시도,비고\n가,서울,x\u0000y\n나,부산,\n") }]);
    expect(ds.companies.map((c) => c.name)).toEqual(["가", "나"]);
    expect(ds.companies[0]?.attributes).toEqual({ 비고: "x\ufffdy" });
    expect(brief(ds.report.warnings)).toEqual([["nul.csv", 2, "encoding"]]);
    expect(ds.report.rejected).toEqual([]);
  });

  it("still rejects a PNG by name", () => {
    const ds = readFiles([{ name: "map.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }]);
    expect(brief(ds.report.rejected)).toEqual([["map.png", 0, "unreadable-file"]]);
    expect(ds.report.rejected[0]?.message).toContain("PNG image");
  });

  it("loads every row whatever mixture of CR, CRLF and LF ends them", () => {
    const ds = readFiles([{ name: "ends.csv", bytes: utf8("회사명,시도\r\n가,서울\r나,부산\n다,대구\r\n라,광주\r마,대전") }]);
    expect(ds.companies.map((c) => c.name)).toEqual(["가", "나", "다", "라", "마"]);
    expect(ds.report.rejected).toEqual([]);
  });
});
