import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readGrouping } from "../../../src/io/formats/grouping.ts";
import { groupingProblems, type Grouping } from "../../../src/regions/groupings.ts";
import { divisionsOf } from "../../../src/regions/divisions.ts";
import { STORED_VINTAGE } from "../../../src/model/types.ts";
import { encodeCp949 } from "../../../scripts/lib/cp949Encode.ts";
import { brief, textFile } from "../helpers.ts";

const ALL = divisionsOf(STORED_VINTAGE).map((d) => d.code);

/** Group code → sorted members, for comparing partitions. */
const partition = (g: Grouping | null) => Object.fromEntries((g?.groups ?? []).map((x) => [x.code, [...x.members].sort()]));
const byName = (g: Grouping | null) => Object.fromEntries((g?.groups ?? []).map((x) => [x.nameKo, [...x.members].sort()]));

function read(name: string, text: string) {
  const out = readGrouping(textFile(name, text));
  if (out.grouping) expect(groupingProblems(out.grouping)).toEqual([]);
  return out;
}

const YEONGNAM = ["KR-26", "KR-27", "KR-31", "KR-47", "KR-48"];

describe("readGrouping", () => {
  it("reads Korean headers, names the groups, and makes each unlisted division a region of its own with one warning", () => {
    const { grouping, rejected, warnings } = read("영남.csv", "권역,시도\n영남,부산\n영남,울산\n영남,경상남도\n영남,대구광역시\n영남,경북\n수도권,서울\n수도권,인천\n수도권,경기\n");
    expect(rejected).toEqual([]);
    expect(byName(grouping)["영남"]).toEqual(YEONGNAM);
    expect(byName(grouping)["수도권"]).toEqual(["KR-11", "KR-28", "KR-41"]);
    expect(grouping!.groups.map((g) => g.code).slice(0, 2)).toEqual(["G1", "G2"]);
    // 17 - 8 listed = 9 one-division regions under their ISO codes.
    expect(grouping!.groups).toHaveLength(2 + 9);
    expect(grouping!.groups.find((g) => g.code === "KR-42")).toMatchObject({ nameKo: "강원", members: ["KR-42"] });
    expect(brief(warnings)).toEqual([["영남.csv", 0, "unlisted-division"]]);
    expect(warnings[0]!.message).toContain("KR-42");
    expect(grouping).toMatchObject({ source: "영남.csv", date: "", nameKo: "영남.csv" });
  });

  it("reads English headers, English names, codes and ISO/ministry codes, tab-delimited", () => {
    const text = "Region\tProvince\tregion_en\tgroup_code\nSoutheast\tBusan\tSoutheast Region\tSE\nSoutheast\tKR-31\t\t\nSoutheast\t48\t\t\n";
    const { grouping, rejected } = read("se.tsv", text);
    expect(rejected).toEqual([]);
    expect(grouping!.groups[0]).toEqual({ code: "SE", nameKo: "Southeast", nameEn: "Southeast Region", members: ["KR-26", "KR-31", "KR-48"] });
  });

  it("reads CP949 bytes from Korean Excel, a semicolon delimiter and a title row above the header", () => {
    const text = "2025년 우리 사업 권역 구분\n\n권역명;시도명\n호남;광주광역시\n호남;전라남도\n";
    const { grouping, rejected } = readGrouping({ name: "excel.csv", bytes: encodeCp949(text) });
    expect(rejected).toEqual([]);
    expect(byName(grouping)["호남"]).toEqual(["KR-29", "KR-46"]);
  });

  it("takes source, date and name from leading # lines, and keeps the spreadsheet's row numbers", () => {
    const text = "# source: 국토교통부 2024 지역발전계획, p. 12\n# date: 2024-03-01\n# name: 사업 권역\n권역,시도\n영남,부산\n영남,없는도\n";
    const { grouping, rejected } = read("plan.csv", text);
    expect(grouping).toMatchObject({ source: "국토교통부 2024 지역발전계획, p. 12", date: "2024-03-01", nameKo: "사업 권역" });
    expect(brief(rejected)).toEqual([["plan.csv", 6, "unknown-division"]]);
  });

  it("warns about a date that is not YYYY-MM-DD and leaves it empty", () => {
    const { grouping, warnings } = read("d.csv", "# date: 2024년 3월\n권역,시도\n영남,부산\n");
    expect(grouping!.date).toBe("");
    expect(brief(warnings)).toContainEqual(["d.csv", 1, "malformed-row"]);
  });

  it("rejects an unknown division's row and keeps every valid one", () => {
    const { grouping, rejected } = read("u.csv", "권역,시도\n영남,부산\n영남,경기북도\n영남,울산\n");
    expect(brief(rejected)).toEqual([["u.csv", 3, "unknown-division"]]);
    expect(rejected[0]!.message).toBe("unknown division '경기북도'");
    expect(byName(grouping)["영남"]).toEqual(["KR-26", "KR-31"]);
  });

  it("rejects the later row of a division listed in two groups, keeping the first", () => {
    const { grouping, rejected } = read("c.csv", "권역,시도\n동남,부산\n영남,부산\n영남,대구\n");
    expect(brief(rejected)).toEqual([["c.csv", 3, "conflicting-division"]]);
    expect(rejected[0]!.message).toContain("row 2");
    expect(byName(grouping)).toMatchObject({ 동남: ["KR-26"], 영남: ["KR-27"] });
  });

  it("reads the merged Jeonnam-Gwangju division as both its members", () => {
    const { grouping, rejected } = read("m.csv", "group,division\nHonam,KR-GJN\n");
    expect(rejected).toEqual([]);
    expect(byName(grouping)["Honam"]).toEqual(["KR-29", "KR-46"]);
  });

  it("reads a cell listing several divisions", () => {
    const { grouping } = read("l.csv", "권역,시도\n동남권,부산·울산·경남\n");
    expect(byName(grouping)["동남권"]).toEqual(["KR-26", "KR-31", "KR-48"]);
  });

  it("keeps given group codes when unique, and replaces duplicates and misleading ISO codes with generated ones", () => {
    const text = "권역,시도,권역코드\n가,부산,A\n나,대구,A\n다,서울,KR-11\n라,경기,KR-26\n마,인천,G1\n바,세종,bad code\n";
    const { grouping, warnings } = read("codes.csv", text);
    const codes = Object.fromEntries(grouping!.groups.map((g) => [g.nameKo, g.code]));
    // A kept; 나's duplicate A is replaced; KR-11 is exactly 서울's own code; KR-26 on 경기 would mislead; G1 given is kept, so generation skips it.
    expect(codes).toMatchObject({ 가: "A", 다: "KR-11", 마: "G1" });
    expect(codes["나"]).toBe("G2");
    expect(codes["라"]).toBe("G3");
    expect(codes["바"]).toBe("G4");
    expect(brief(warnings).filter((w) => w[2] === "duplicate-id")).toEqual([["codes.csv", 3, "duplicate-id"], ["codes.csv", 5, "duplicate-id"], ["codes.csv", 7, "duplicate-id"]]);
  });

  it("never gives a group a division's ISO code, even from a code column of ISO codes", () => {
    const { grouping } = read("iso.csv", "권역,시도,code\n영남,부산,KR-26\n영남,울산,KR-31\n");
    expect(grouping!.groups[0]!.code).toBe("G1");
  });

  it("reports a file without the group or division column, and an empty file", () => {
    expect(brief(read("x.csv", "이름,주소\n가,나\n").rejected)).toEqual([["x.csv", 1, "missing-column"]]);
    expect(read("x.csv", "이름,주소\n").rejected[0]!.detail).toContain("group");
    expect(brief(read("e.csv", "").rejected)).toEqual([["e.csv", 0, "empty-file"]]);
    expect(brief(read("h.csv", "권역,시도\n").rejected)).toEqual([["h.csv", 0, "empty-file"]]);
    expect(read("h.csv", "권역,시도\n").grouping).toBeNull();
  });

  it("rejects empty group names and malformed rows", () => {
    const { rejected } = read("r.csv", '권역,시도\n,부산\n영남,"울산\n');
    expect(brief(rejected)).toEqual([["r.csv", 2, "malformed-row"], ["r.csv", 3, "malformed-row"]]);
  });

  it("keeps names as text: markup in a name is data, never read", () => {
    const { grouping } = read("x.csv", '권역,시도\n"<img src=x onerror=alert(1)>",부산\n__proto__,대구\n');
    expect(grouping!.groups.map((g) => g.nameKo).slice(0, 2)).toEqual(["<img src=x onerror=alert(1)>", "__proto__"]);
  });

  it("never throws, whatever the bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const out = readGrouping({ name: "x.csv", bytes });
        if (out.grouping) expect(groupingProblems(out.grouping)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    const cells = fc.constantFrom(",", ";", "\t", '"', "\n", "#", "권역", "시도", "group", "division", "부산", "KR-GJN", "code", "KR-11", "G1", "__proto__", " ");
    fc.assert(
      fc.property(fc.array(cells, { maxLength: 40 }), (parts) => {
        const out = read("x.csv", parts.join(""));
        expect(out.grouping === null || out.grouping.groups.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("reads any partition of the 17 divisions written as CSV back to the same partition", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(5), { minLength: ALL.length, maxLength: ALL.length }),
        fc.constantFrom("code", "shortKo", "nameKo", "nameEn") as fc.Arbitrary<"code" | "shortKo" | "nameKo" | "nameEn">,
        fc.constantFrom(",", "\t", ";"),
        fc.boolean(),
        (assign, form, delimiter, cp949) => {
          const infos = divisionsOf(STORED_VINTAGE);
          const lines = [["권역", "시도"].join(delimiter), ...infos.map((d, i) => [`권역${assign[i]}`, d[form]].join(delimiter))];
          const text = lines.join("\n") + "\n";
          const out = readGrouping({ name: "p.csv", bytes: cp949 ? encodeCp949(text) : new TextEncoder().encode(text) });
          expect(out.rejected).toEqual([]);
          expect(out.warnings).toEqual([]);
          expect(groupingProblems(out.grouping!)).toEqual([]);
          const expected: Record<string, string[]> = {};
          infos.forEach((d, i) => (expected[`권역${assign[i]}`] ??= []).push(d.code));
          for (const k of Object.keys(expected)) expected[k]!.sort();
          expect(byName(out.grouping)).toEqual(expected);
          expect(Object.keys(partition(out.grouping))).toHaveLength(Object.keys(expected).length);
        },
      ),
      { numRuns: 100 },
    );
  });
});
