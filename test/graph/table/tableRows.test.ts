import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { companyRowBuilder, companyRows, linkRowBuilder, linkRows, metricKeysOf, pick, sortOrder, sortRows, type CellValue } from "../../../src/graph/table/tableRows.ts";
import { createTableSortService, SORT_IN_WORKER_ROWS } from "../../../src/app/tableSortService.ts";
import { company, dataset, link } from "../helpers.ts";

// 가방 (Seoul) buys from 나무 (Busan) twice and from 다리 (Seoul); 가방 supplies Apple (Daegu);
// 10호 is alone and has no industry.
const graph = buildGraph(
  dataset(
    [
      company("a", "KR-11", { name: "가방", industry: "자동차", tier: "super-regional" }),
      company("b", "KR-26", { name: "나무", industry: "전자", nameEn: "Namu" }),
      company("c", "KR-11", { name: "다리", industry: "자동차" }),
      company("d", "KR-27", { name: "Apple", industry: "화학" }),
      company("e", "KR-49", { name: "10호" }),
    ],
    [
      link("1", "b", "a", "technology", { weight: 10, year: 2023 }),
      link("2", "b", "a", "production", { weight: 5 }),
      link("3", "c", "a", "sales"),
      link("4", "a", "d", "sales", { weight: 7, year: 2022 }),
    ],
  ),
  { positions: new Map() },
);

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe("graph/tables rows", () => {
  it("builds the same rows a share at a time as at once, filters included", () => {
    const keepNode = (node: string) => node !== "c";
    const keepEdge = (_edge: string, attributes: { linkType: string }) => attributes.linkType !== "production";
    for (const budget of [1, 2, 3, 7]) {
      const companies = companyRowBuilder(graph, keepNode, keepEdge);
      let steps = 1;
      while (!companies.step(budget)) steps++;
      expect(companies.rows).toEqual(companyRows(graph, keepNode, keepEdge));
      // Each step takes at most its budget of companies and links.
      expect(steps).toBeGreaterThanOrEqual(Math.ceil(companies.size / budget));
      const links = linkRowBuilder(graph, keepEdge, keepNode);
      while (!links.step(budget));
      expect(links.rows).toEqual(linkRows(graph, keepEdge, keepNode));
    }
    expect(companyRows(graph, keepNode, keepEdge).find((r) => r.id === "a")).toMatchObject({ linksIn: 1, linksOut: 1 });
  });

  it("lists every company with its fields and link counts", () => {
    const rows = companyRows(graph);
    // Graph order: super-regional companies are added last so they draw on top.
    expect(ids(rows)).toEqual(["b", "c", "d", "e", "a"]);
    const a = rows.find((r) => r.id === "a")!;
    expect(a).toEqual({
      id: "a",
      name: "가방",
      nameEn: undefined,
      division: "KR-11",
      municipality: undefined,
      industry: "자동차",
      tier: "super-regional",
      linksIn: 3,
      linksOut: 1,
      crossLinks: 3,
    });
    expect(rows.find((r) => r.id === "b")).toMatchObject({ nameEn: "Namu", linksIn: 0, linksOut: 2, crossLinks: 2 });
    expect(rows.find((r) => r.id === "c")).toMatchObject({ linksOut: 1, crossLinks: 0 });
    expect(rows.find((r) => r.id === "e")).toMatchObject({ linksIn: 0, linksOut: 0, crossLinks: 0, industry: undefined });
  });

  it("keeps only filtered companies and counts only kept links between kept companies", () => {
    const rows = companyRows(graph, (node) => node !== "b", (_edge, attr) => attr.linkType !== "sales" || attr.weight !== undefined);
    expect(ids(rows)).toEqual(["c", "d", "e", "a"]);
    // b is filtered out, link 3 (sales without weight) too: a keeps only link 4.
    expect(rows.find((r) => r.id === "a")).toMatchObject({ linksIn: 0, linksOut: 1, crossLinks: 1 });
    expect(rows.find((r) => r.id === "c")).toMatchObject({ linksOut: 0 });
  });

  it("picks up metric attributes written on the nodes", () => {
    const g = graph.copy();
    g.forEachNode((node) => {
      g.setNodeAttribute(node, "m_degree" as "size", g.degree(node));
      if (node === "a") g.setNodeAttribute(node, "m_custom" as "size", 0.5);
    });
    const rows = companyRows(g);
    expect(rows.find((r) => r.id === "a")?.m_degree).toBe(4);
    expect(rows.find((r) => r.id === "a")?.m_custom).toBe(0.5);
    expect(rows.find((r) => r.id === "e")?.m_custom).toBeUndefined();
    expect(metricKeysOf(rows)).toEqual(["m_degree", "m_custom"]);
    expect(metricKeysOf(companyRows(graph))).toEqual([]);
  });

  it("leaves out the metrics that repeat a row's own link counts", () => {
    const g = graph.copy();
    g.forEachNode((node) => {
      for (const key of ["m_inDegree", "m_outDegree", "m_crossLinks", "m_degree"]) g.setNodeAttribute(node, key as "size", g.inDegree(node));
    });
    expect(metricKeysOf(companyRows(g))).toEqual(["m_degree"]);
  });

  it("lists links with both ends named, following both filters", () => {
    const rows = linkRows(graph);
    expect(rows.find((r) => r.id === "4")).toEqual({
      id: "4",
      supplierId: "a",
      supplierName: "가방",
      supplierDivision: "KR-11",
      buyerId: "d",
      buyerName: "Apple",
      buyerDivision: "KR-27",
      type: "sales",
      weight: 7,
      year: 2022,
      cross: true,
    });
    expect(rows.find((r) => r.id === "3")).toMatchObject({ weight: undefined, year: undefined, cross: false });
    expect(ids(linkRows(graph, (_edge, attr) => attr.cross)).sort()).toEqual(["1", "2", "4"]);
    expect(ids(linkRows(graph, undefined, (node) => node !== "d")).sort()).toEqual(["1", "2", "3"]);
  });
});

describe("graph/tables sortRows", () => {
  const rows = companyRows(graph);

  it("sorts Korean text by Korean collation (Hangul 가나다, then Latin; digits numerically)", () => {
    const names = ["나무", "Zebra", "가방", "10호", "apple", "다리", "2호", "가나"].map((name, i) => ({ id: String(i), name }));
    expect(sortRows(names, "name").map((r) => r.name)).toEqual(["2호", "10호", "가나", "가방", "나무", "다리", "apple", "Zebra"]);
    expect(sortRows(names, "name", "desc").map((r) => r.name)).toEqual(["Zebra", "apple", "다리", "나무", "가방", "가나", "10호", "2호"]);
    expect(sortRows(rows, "name").map((r) => r.name)).toEqual(["10호", "가방", "나무", "다리", "Apple"]);
  });

  it("sorts numbers numerically, not as text", () => {
    const nums = [10, 9, 100, -1, 2.5].map((weight, i) => ({ id: String(i), weight }));
    expect(sortRows(nums, "weight").map((r) => r.weight)).toEqual([-1, 2.5, 9, 10, 100]);
    expect(sortRows(nums, "weight", "desc").map((r) => r.weight)).toEqual([100, 10, 9, 2.5, -1]);
    // linksIn: a 3, d 1, then b, c and e tied at 0 in input order.
    expect(ids(sortRows(rows, "linksIn", "desc"))).toEqual(["a", "d", "b", "c", "e"]);
  });

  it("puts missing values last in both directions", () => {
    const links = linkRows(graph);
    expect(sortRows(links, "weight").map((r) => r.weight)).toEqual([5, 7, 10, undefined]);
    expect(sortRows(links, "weight", "desc").map((r) => r.weight)).toEqual([10, 7, 5, undefined]);
    expect(sortRows(rows, "industry", "desc").map((r) => r.industry)).toEqual(["화학", "전자", "자동차", "자동차", undefined]);
    const odd = [{ v: "" }, { v: null }, { v: Number.NaN }, { v: 3 }, { v: "b" }, { v: 1 }];
    // Numbers before text in a mixed column; "", null and NaN count as missing, kept in input order.
    expect(sortRows(odd, "v").map((r) => r.v)).toEqual([1, 3, "b", "", null, Number.NaN]);
  });

  it("is stable: equal keys keep their input order ascending and descending", () => {
    const same = ["c", "a", "b", "d"].map((id, i) => ({ id, group: i % 2 === 0 ? "가" : "나", flag: i < 2 }));
    expect(ids(sortRows(same, "group"))).toEqual(["c", "b", "a", "d"]);
    expect(ids(sortRows(same, "group", "desc"))).toEqual(["a", "d", "c", "b"]);
    // Booleans: false first ascending.
    expect(ids(sortRows(same, "flag"))).toEqual(["b", "d", "c", "a"]);
    expect(ids(sortRows(rows, "division"))).toEqual(["c", "a", "b", "d", "e"]);
  });

  it("sorts by a mapped key, e.g. the division's name instead of its code", () => {
    const names: Record<string, string> = { "KR-11": "서울", "KR-26": "부산", "KR-27": "대구", "KR-49": "제주" };
    const sorted = sortRows(rows, "division", "asc", { keyOf: (v) => names[String(v)] });
    expect(sorted.map((r) => r.division)).toEqual(["KR-27", "KR-26", "KR-11", "KR-11", "KR-49"]);
  });

  it("does not change its input", () => {
    const before = ids(rows);
    sortRows(rows, "name", "desc");
    expect(ids(rows)).toEqual(before);
  });

  it("sorts 100k rows of Korean names and numbers", () => {
    const syllables = "가나다라마바사아자차카타파하김이박최정강조윤장임";
    const big = Array.from({ length: 100_000 }, (_, i) => {
      const h = Math.imul(i + 1, 2654435761) >>> 0;
      const name = `${syllables[h % 24]}${syllables[(h >>> 5) % 24]}${syllables[(h >>> 10) % 24]}${h % 1000}`;
      return { id: String(i), name, weight: h % 5 === 0 ? undefined : h % 10_007 };
    });
    const byName = sortRows(big, "name");
    expect(byName).toHaveLength(100_000);
    const collator = new Intl.Collator("ko", { numeric: true });
    let misplaced = 0;
    for (let i = 1; i < byName.length; i += 97) if (collator.compare(byName[i - 1]!.name, byName[i]!.name) > 0) misplaced++;
    expect(misplaced).toBe(0);
    const byWeight = sortRows(big, "weight", "desc");
    const firstMissing = byWeight.findIndex((r) => r.weight === undefined);
    expect(firstMissing).toBe(big.filter((r) => r.weight !== undefined).length);
    let outOfOrder = 0;
    for (let i = 1; i < firstMissing; i++) if (byWeight[i - 1]!.weight! < byWeight[i]!.weight!) outOfOrder++;
    expect(outOfOrder).toBe(0);
  });
});

describe("graph/tables sortOrder (what the table's sort worker runs)", () => {
  it("gives the order sortRows sorts in, from the column's values alone", () => {
    const odd: { v: CellValue }[] = ["나무", "", 3, "Zebra", null, "가방", 1, Number.NaN, "10호", true, "가방"].map((v) => ({ v }));
    for (const dir of ["asc", "desc"] as const) {
      expect(pick(odd, sortOrder(odd.map((r) => r.v), dir))).toEqual(sortRows(odd, "v", dir));
    }
    const links = linkRows(graph);
    expect(pick(links, sortOrder(links.map((r) => r.weight), "desc"))).toEqual(sortRows(links, "weight", "desc"));
  });
});

describe("app/tableSortService", () => {
  const values: CellValue[] = ["다", "가", "나"];

  it("sorts in the worker from SORT_IN_WORKER_ROWS rows, and here without workers", async () => {
    const asked: number[] = [];
    const service = createTableSortService(() => ({
      order: async (v) => {
        asked.push(v.length);
        return sortOrder(v);
      },
      dispose: () => undefined,
    }));
    expect(service.inWorker(SORT_IN_WORKER_ROWS - 1)).toBe(false);
    expect(service.inWorker(SORT_IN_WORKER_ROWS)).toBe(true);
    expect(Array.from((await service.order(values, "asc", "ko"))!)).toEqual([1, 2, 0]);
    expect(asked).toEqual([3]);
    const here = createTableSortService(null);
    expect(here.inWorker(10 * SORT_IN_WORKER_ROWS)).toBe(false);
    expect(Array.from((await here.order(values, "desc", "ko"))!)).toEqual([0, 2, 1]);
  });

  it("sorts here when the worker fails, and passes on a superseded sort as null", async () => {
    const failing = createTableSortService(() => ({ order: async () => Promise.reject(new Error("worker died")), dispose: () => undefined }));
    expect(Array.from((await failing.order(values, "asc", "ko"))!)).toEqual([1, 2, 0]);
    const superseded = createTableSortService(() => ({ order: async () => null, dispose: () => undefined }));
    expect(await superseded.order(values, "asc", "ko")).toBeNull();
  });
});
