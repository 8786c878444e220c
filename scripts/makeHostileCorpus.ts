// A corpus of hostile input files, each with what the readers must make of it: how many
// companies and links load, and which rows the report names for which reason. Generated, not
// committed: `npm test` builds it in a temporary folder (test/io/read/readFiles.hostileCorpus.test.ts), and
//   npx tsx scripts/makeHostileCorpus.ts --out DIR
// writes it to DIR (files plus expected.json) to try on the app or on `npm run inspect`.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { IssueReason } from "../src/model/types.ts";
import { encodeCp949 } from "./lib/cp949Encode.ts";
import { concatBytes } from "../src/io/text/bytes.ts";

/** [file, row, reason] as the report lists them. */
export type ExpectedIssue = [string, number, IssueReason];

export interface HostileCase {
  /** What the case is about. */
  title: string;
  /** Read together, in this order. */
  files: Array<{ name: string; bytes: Uint8Array }>;
  expect: {
    companies: number;
    links: number;
    rejected: ExpectedIssue[];
    warnings: ExpectedIssue[];
    /** Link weights in load order (in 백만원), where the case is about numbers. */
    weights?: Array<number | undefined>;
    years?: Array<number | undefined>;
  };
}

const enc = new TextEncoder();
const utf8 = (text: string) => enc.encode(text);
const concat = concatBytes;

const COMPANIES = "id,회사명,시도\nA,동양메탈,부산\nB,대한정밀,서울\nC,세진테크,경기\n";
const companies = () => ({ name: "companies.csv", bytes: utf8(COMPANIES) });

function caseOf(title: string, files: HostileCase["files"], expected: Partial<HostileCase["expect"]>): HostileCase {
  return { title, files, expect: { companies: 0, links: 0, rejected: [], warnings: [], ...expected } };
}

export function hostileCorpus(): HostileCase[] {
  const deep = "[".repeat(6000) + "]".repeat(6000);
  const protoNames = Object.getOwnPropertyNames(Object.prototype);
  return [
    caseOf("a UTF-8 file with one syllable cut short", [
      { name: "cut-syllable.csv", bytes: concat(utf8("회사명,시도\n동양메"), new Uint8Array([0xed, 0x83]), utf8(",부산\n대한정밀,서울\n세진테크,경기\n")) },
    ], { companies: 3, warnings: [["cut-syllable.csv", 2, "encoding"]] }),
    caseOf("CP949 rows pasted into a UTF-8 file", [
      { name: "mixed-encoding.csv", bytes: concat(utf8("회사명,시도\n대한정밀,서울\n"), encodeCp949("동양메탈,부산\n"), utf8("세진테크,경기\n"), encodeCp949("구영테크,대구\n")) },
    ], { companies: 4, warnings: [["mixed-encoding.csv", 0, "encoding"]] }),
    caseOf("Korean Excel's CP949 with CRLF", [
      { name: "excel-cp949.csv", bytes: encodeCp949("회사명,시도,업종\r\n동양메탈,부산,금속\r\n대한정밀,서울,기계\r\n") },
    ], { companies: 2 }),
    caseOf("a NUL byte inside one cell", [
      { name: "nul-cell.csv", bytes: utf8("회사명,시도,비고\n동양메탈,부산,\n대한정밀,서울,x\u0000y\n세진테크,경기,\n") },
    ], { companies: 3, warnings: [["nul-cell.csv", 3, "encoding"]] }),
    caseOf("a PNG named .csv", [
      { name: "map.csv", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]) },
    ], { rejected: [["map.csv", 0, "unreadable-file"]] }),
    caseOf("UTF-16 without a byte-order mark", [
      { name: "utf16.csv", bytes: new Uint8Array([...utf8("name,division\nA,Seoul\n")].flatMap((b) => [b, 0])) },
    ], { rejected: [["utf16.csv", 0, "unreadable-file"]] }),
    caseOf("CR, CRLF and LF line ends in one file", [
      { name: "line-ends.csv", bytes: utf8("회사명,시도\r\n가,서울\r나,부산\n다,대구\r\n라,광주\r마,대전") },
    ], { companies: 5 }),
    caseOf("European numbers", [
      companies(),
      { name: "european.csv", bytes: utf8("공급기업;수요기업;금액;연도\nA;B;1.234,5;2023\nB;C;1.000;2023\nC;A;12,5;2024\nA;C;2.500.000;2024\n") },
    ], { companies: 3, links: 4, weights: [1234.5, 1000, 12.5, 2500000], years: [2023, 2023, 2024, 2024], warnings: [["european.csv", 3, "decimal-mark"]] }),
    caseOf("'1.000' with nothing in its column to say what it means", [
      companies(),
      { name: "ambiguous.csv", bytes: utf8("supplier,buyer,weight\nA,B,1.000\nB,C,250\n") },
    ], { companies: 3, links: 1, rejected: [["ambiguous.csv", 2, "bad-number"]], weights: [250] }),
    caseOf("amounts with units, in 억원 by the header", [
      companies(),
      { name: "units.csv", bytes: utf8('supplier,buyer,금액(억원)\nA,B,12\nB,C,3억원\nC,A,500백만원\nA,C,"1,250"\n') },
    ], { companies: 3, links: 4, weights: [1200, 300, 500, 125000] }),
    caseOf("a unit in a cell and none in the header", [
      companies(),
      { name: "cell-unit.csv", bytes: utf8("supplier,buyer,금액\nA,B,12억원\nB,C,350\n") },
    ], { companies: 3, links: 1, rejected: [["cell-unit.csv", 2, "bad-number"]] }),
    caseOf("years as people type them", [
      companies(),
      { name: "years.csv", bytes: utf8("supplier,buyer,연도\nA,B,２０２３\nB,C,2023.0\nC,A,FY2024\nA,C,2024년도\nB,A,23\n") },
    ], { companies: 3, links: 4, rejected: [["years.csv", 6, "bad-year"]], years: [2023, 2023, 2024, 2024] }),
    caseOf("graph JSON nested 6,000 levels deep", [
      {
        name: "deep.json",
        bytes: utf8(`{"nodes":[{"key":"a","attributes":{"name":"가","division":"서울","x":${deep}}},{"key":"b","attributes":{"name":"나","division":"부산"}}],"edges":[{"source":"a","target":"b"}]}`),
      },
    ], { companies: 2, links: 1, warnings: [["deep.json", 1, "malformed-row"]] }),
    caseOf("nothing but nesting", [{ name: "nesting.json", bytes: utf8("[".repeat(50_000) + "]".repeat(50_000)) }], { rejected: [["nesting.json", 0, "unknown-format"]] }),
    caseOf("company ids named like Object.prototype properties", [
      { name: "proto-companies.csv", bytes: utf8(["id,name,division", ...protoNames.map((id, i) => `${id},회사${i},서울`)].join("\n")) },
      { name: "proto-links.csv", bytes: utf8(["supplier,buyer", ...protoNames.slice(1).map((id, i) => `${protoNames[i]},${id}`)].join("\n")) },
    ], { companies: protoNames.length, links: protoNames.length - 1 }),
    caseOf("a link end that is one company's id and another's name", [
      { name: "crossed.csv", bytes: utf8("id,name,division\nA,B,서울\nB,엑스,부산\n") },
      { name: "crossed-links.csv", bytes: utf8("supplier,buyer\nB,A\n") },
    ], { companies: 2, links: 1, warnings: [["crossed-links.csv", 2, "same-name"]] }),
    caseOf("empty and unknown files", [
      { name: "empty.csv", bytes: new Uint8Array() },
      { name: "blank.csv", bytes: utf8(" \n\n") },
      { name: "unknown.csv", bytes: utf8("foo,bar\n1,2\n") },
      { name: "no-buyer.csv", bytes: utf8("supplier,weight\nA,1\n") },
    ], {
      rejected: [["empty.csv", 0, "empty-file"], ["blank.csv", 0, "empty-file"], ["unknown.csv", 0, "unknown-format"], ["no-buyer.csv", 0, "missing-column"]],
    }),
    caseOf("one bad row of every kind, between good ones", [
      {
        name: "bad-companies.csv",
        bytes: utf8(
          [
            "id,회사명,시도,위도,경도",
            "A,동양메탈,부산,,",
            "B,,서울,,", // missing name
            "C,세진테크,경기북도,,", // unknown division (loaded without one, with a warning)
            "A,다른회사,서울,,", // duplicate id
            "D,구영테크,대구,91,200", // coordinate outside Korea (loaded without it)
            "E,오토렉스,울산,,",
          ].join("\n"),
        ),
      },
      {
        name: "bad-links.csv",
        bytes: utf8(
          [
            "supplier,buyer,type,weight,year",
            "A,D,생산,10,2023",
            "A,X,생산,10,2023", // unknown company
            "A,A,생산,10,2023", // self-link
            "A,D,생산,ten,2023", // bad number
            "A,D,생산,10,1800", // bad year
            "A,D,물물교환,10,2023", // unknown link type (loaded as other)
            'A,D,"생산,10,2023', // quote never closed
          ].join("\n"),
        ),
      },
    ], {
      companies: 4,
      links: 2,
      rejected: [
        ["bad-companies.csv", 3, "missing-name"],
        ["bad-companies.csv", 5, "duplicate-id"],
        ["bad-links.csv", 3, "unknown-company"],
        ["bad-links.csv", 4, "self-link"],
        ["bad-links.csv", 5, "bad-number"],
        ["bad-links.csv", 6, "bad-year"],
        ["bad-links.csv", 8, "malformed-row"],
      ],
      warnings: [["bad-companies.csv", 4, "unknown-division"], ["bad-companies.csv", 6, "bad-coordinate"], ["bad-links.csv", 7, "unknown-link-type"]],
    }),
    caseOf("a company given two divisions in a single links file", [
      { name: "single.csv", bytes: utf8("supplier_id,supplier,supplier_division,buyer,buyer_division\nA1,가,서울,나,부산\nA1,가,경기,나,부산\n") },
    ], { companies: 2, links: 2, warnings: [["single.csv", 3, "conflicting-division"]] }),
  ];
}

function main(argv: string[]): void {
  const at = argv.indexOf("--out");
  const out = at >= 0 ? argv[at + 1] : undefined;
  if (!out) {
    process.stderr.write("usage: npx tsx scripts/makeHostileCorpus.ts --out DIR\n");
    process.exitCode = 2;
    return;
  }
  const expected: Array<{ title: string; files: string[]; expect: HostileCase["expect"] }> = [];
  for (const c of hostileCorpus()) {
    for (const f of c.files) {
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, f.name), f.bytes);
    }
    expected.push({ title: c.title, files: c.files.map((f) => f.name), expect: c.expect });
  }
  writeFileSync(join(out, "expected.json"), `${JSON.stringify(expected, null, 2)}\n`);
  process.stdout.write(`wrote ${expected.length} cases to ${out}\n`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) main(process.argv.slice(2));
