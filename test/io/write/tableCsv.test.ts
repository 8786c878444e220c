import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { companyRows, linkRows, sortRows, type CompanyRow } from "../../../src/graph/table/tableRows.ts";
import { translate } from "../../../src/i18n/index.ts";
import { rowsToCsv, type CsvColumn } from "../../../src/io/write/tableCsv.ts";
import { companyCsvColumns, linkCsvColumns } from "../../../src/ui/table/columns.ts";
import { company, dataset, link } from "../../graph/helpers.ts";

const HOSTILE = "=cmd|' /C calc'!A0";

const graph = buildGraph(
  dataset(
    [
      company("+1", "KR-26", { name: HOSTILE, industry: "@SUM(1)", tier: "-2" }),
      company("C05", "KR-27", { name: '구영테크, "대구"', nameEn: "Guyoung Tech\nDaegu", industry: "자동차" }),
      company("x", "KR-11", { name: "가나다", tier: "super-regional" }),
    ],
    [link("L1", "+1", "C05", "production", { weight: -3, year: 2024 }), link("L2", "C05", "x", "sales")],
  ),
  { positions: new Map() },
);

const parse = (csv: string) => Papa.parse<string[]>(csv.trimEnd(), { skipEmptyLines: false }).data;

describe("io/tableCsv", () => {
  const columns: CsvColumn<CompanyRow>[] = [
    { header: "id", key: "id" },
    { header: "name", key: "name" },
    { header: "industry", key: "industry" },
    { header: "links", value: (r) => r.linksIn + r.linksOut },
    { header: "m", key: "m_x" },
  ];

  it("writes a header and one CRLF line per row in the order given", () => {
    const rows = sortRows(companyRows(graph), "name");
    const csv = rowsToCsv(rows, columns);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("id,name,industry,links,m");
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines.at(-1)).toBe("");
    // Sorted by name: "=cmd…" (symbols first), 가나다, 구영테크; the id "+1" comes back neutralised.
    expect(parse(csv).slice(1).map((r) => r[0])).toEqual(["'+1", "x", "C05"]);
    expect(rowsToCsv(rows, columns, { bom: true }).startsWith("\ufeffid,")).toBe(true);
  });

  it("neutralises formula-looking cells and leaves negative numbers alone", () => {
    const rows = companyRows(graph);
    const hostile = rowsToCsv(rows.filter((r) => r.id === "+1"), columns).split("\r\n")[1];
    expect(hostile).toBe(`'+1,'${HOSTILE},'@SUM(1),1,`);
    const links = rowsToCsv(linkRows(graph), [{ header: "=weight", key: "weight" }, { header: "type", key: "type" }]);
    expect(links.split("\r\n").slice(0, 2)).toEqual(["'=weight,type", "-3,production"]);
  });

  it("round-trips through a CSV parser, quotes, commas and newlines included", () => {
    const rows = companyRows(graph);
    const t = (key: Parameters<typeof translate>[1]) => translate("en", key);
    const parsed = parse(rowsToCsv(rows, companyCsvColumns(t, "en", [])));
    expect(parsed[0]).toEqual([
      "Company ID",
      "Company",
      "English name",
      "Division code",
      "Division",
      "Municipality",
      "Industry",
      "Tier",
      "Links in",
      "Links out",
      "Cross-division links",
    ]);
    const byId = new Map(parsed.slice(1).map((r) => [r[0], r]));
    expect(byId.get("C05")).toEqual(["C05", '구영테크, "대구"', "Guyoung Tech\nDaegu", "KR-27", "Daegu Metropolitan City", "", "자동차", "", "1", "1", "2"]);
    // The apostrophe stays, as for every writer: the spreadsheet shows the text, never runs it.
    expect(byId.get("'+1")?.slice(1, 4)).toEqual([`'${HOSTILE}`, "", "KR-26"]);
    expect(byId.get("'+1")?.[7]).toBe("'-2");
  });

  it("writes links with codes beside names and types named in Korean for Korean headers", () => {
    const t = (key: Parameters<typeof translate>[1]) => translate("ko", key);
    const parsed = parse(rowsToCsv(sortRows(linkRows(graph), "id"), linkCsvColumns(t, "ko")));
    expect(parsed[0]).toEqual(["연결ID", "공급기업ID", "공급기업", "공급 시도코드", "공급 시도", "수요기업ID", "수요기업", "수요 시도코드", "수요 시도", "유형", "금액(백만 원)", "연도", "시도 간"]);
    expect(parsed[1]).toEqual(["L1", "'+1", `'${HOSTILE}`, "KR-26", "부산광역시", "C05", '구영테크, "대구"', "KR-27", "대구광역시", "생산", "-3", "2024", "예"]);
    expect(parsed[2]?.slice(9)).toEqual(["판매", "", "", "예"]);
  });

  it("writes metric columns rounded and missing ones empty", () => {
    const g = graph.copy();
    g.setNodeAttribute("x", "m_pagerank" as "size", 1 / 3);
    const rows = companyRows(g);
    const t = (key: Parameters<typeof translate>[1]) => translate("en", key);
    const parsed = parse(rowsToCsv(rows, companyCsvColumns(t, "en", ["m_pagerank"])));
    expect(parsed[0]?.at(-1)).toBe("PageRank");
    const byId = new Map(parsed.slice(1).map((r) => [r[0], r.at(-1)]));
    expect(byId.get("x")).toBe("0.333333");
    expect(byId.get("C05")).toBe("");
  });
});
