import { describe, it, expect } from "vitest";
import { decodeBytes } from "../../../src/io/text/decode.ts";
import { fixture } from "../helpers.ts";

describe("io/decode", () => {
  it("reads plain UTF-8", () => {
    const r = decodeBytes(new TextEncoder().encode("회사명,시도\n다스코,부산\n"));
    expect(r).toEqual({ text: "회사명,시도\n다스코,부산\n", encoding: "utf-8" });
  });

  it("strips a UTF-8 BOM and says it was there", () => {
    const r = decodeBytes(fixture("companies-en.bom.csv").bytes);
    expect(r.encoding).toBe("utf-8-bom");
    expect(r.text.startsWith("id,name")).toBe(true);
  });

  it("falls back to CP949 for bytes written by Korean Excel (iconv -t CP949)", () => {
    const r = decodeBytes(fixture("companies-ko.cp949.csv").bytes);
    expect(r.encoding).toBe("euc-kr");
    expect(r.text.startsWith("기업ID,회사명,영문명,시도")).toBe(true);
    expect(r.text).toContain("서울에프앤비");
    // The CP949 fixture is the UTF-8 one with CRLF line ends.
    const utf8 = decodeBytes(fixture("companies-ko.csv").bytes).text;
    expect(r.text.replace(/\r\n/g, "\n")).toBe(utf8);
  });

  it("reads CP949-only syllables (UHC extension) that plain EUC-KR lacks", () => {
    // "똠" is outside KS X 1001; CP949 encodes it as 0x8C 0x63. Node's own euc-kr decoder gets
    // this wrong, which is why io/cp949 exists.
    const r = decodeBytes(new Uint8Array([0x8c, 0x63]));
    expect(r).toEqual({ text: "똠", encoding: "euc-kr" });
  });

  it("decodes all 11,172 Hangul syllables written by iconv -t CP949", () => {
    let all = "";
    for (let c = 0xac00; c <= 0xd7a3; c++) all += String.fromCharCode(c);
    const r = decodeBytes(fixture("hangul-syllables.cp949.txt").bytes);
    expect(r.encoding).toBe("euc-kr");
    expect(r.text).toBe(`가나다 ABC 똠방각하 갂 햏 뷁\n${all}\n`);
  });

  it("reads UTF-16 with a byte-order mark (Excel 'Unicode text')", () => {
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([0xc11c, 0xc6b8, 0x0a]).buffer)]);
    expect(decodeBytes(le)).toEqual({ text: "서울\n", encoding: "utf-16le" });
    const be = new Uint8Array([0xfe, 0xff, 0xc1, 0x1c, 0xc6, 0xb8]);
    expect(decodeBytes(be)).toEqual({ text: "서울", encoding: "utf-16be" });
  });

  it("handles empty input", () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: "", encoding: "utf-8" });
  });
});
