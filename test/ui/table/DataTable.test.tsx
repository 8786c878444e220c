import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import type { AtlasState } from "../../../src/state/store.ts";
import { renderInApp, testApp } from "../appHarness.tsx";
import type { AtlasApp } from "../../../src/app/createApp.ts";
import { DataTable, type DataTableProps } from "../../../src/ui/table/DataTable.tsx";
import { ROWS_IN_SLICES } from "../../../src/ui/table/useBuiltRows.ts";
import { company, dataset, link } from "../../graph/helpers.ts";

type Tag = Record<string, string>;

/** Opening tags of one element name, attributes decoded; enough for React's static markup. */
function tags(html: string, name: string): Tag[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, "g"))].map((m) =>
    Object.fromEntries([...(m[1] ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1] ?? "", (a[2] ?? "").replace(/&amp;/g, "&")])),
  );
}

const headers = (html: string) => tags(html, "div").filter((t) => t.role === "columnheader");
const rows = (html: string) => tags(html, "div").filter((t) => t.role === "row" && t["data-id"] !== undefined);
/** Header labels in order, from the label spans inside the header buttons. */
const labels = (html: string) => [...html.matchAll(/<span class="vt-label">([^<]*)<\/span>/g)].map((m) => m[1]);

const graph = buildGraph(
  dataset(
    [
      company("a", "KR-11", { name: "가방", industry: "자동차" }),
      company("b", "KR-26", { name: "나무", industry: "전자" }),
      company("c", "KR-11", { name: "다리" }),
      company("d", "KR-27", { name: "Apple" }),
    ],
    [link("1", "b", "a", "technology", { weight: 10 }), link("2", "c", "a", "sales"), link("3", "a", "d", "sales", { weight: 7 })],
  ),
  { positions: new Map() },
);

let app: AtlasApp;

function render(state: Partial<AtlasState>, props: Partial<DataTableProps> = {}): string {
  return renderInApp(app, state, <DataTable graph={graph} onClose={() => {}} initialRect={{ width: 800, height: 400 }} overscan={5} {...props} />);
}

describe("ui/DataTable", () => {
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    app.dispose();
  });

  it("lists companies sorted by name with sortable headers in order", () => {
    const html = render({ lang: "en", selected: null });
    expect(html).toContain('data-testid="data-table"');
    expect(labels(html)).toEqual(["Company", "Company ID", "Division", "Industry", "Tier", "Links in", "Links out", "Cross-division links"]);
    expect(headers(html).map((h) => `${h["data-key"]}:${h["aria-sort"]}`)).toEqual([
      "name:ascending",
      "id:none",
      "division:none",
      "industry:none",
      "tier:none",
      "linksIn:none",
      "linksOut:none",
      "crossLinks:none",
    ]);
    // Korean collation: Hangul 가나다, then Latin.
    expect(rows(html).map((r) => r["data-id"])).toEqual(["a", "b", "c", "d"]);
    expect(rows(html).map((r) => r["aria-rowindex"])).toEqual(["2", "3", "4", "5"]);
    expect(html).toContain(">4 rows<");
    expect(html).toMatch(/aria-rowcount="5"/);
    expect(html).toMatch(/>Seoul<\/div>/);
    expect(tags(html, "button").find((b) => b["data-testid"] === "data-table-tab-companies")?.["aria-selected"]).toBe("true");
    expect(html).toContain("Download table as CSV");
  });

  it("highlights the selected company's row", () => {
    const html = render({ lang: "ko", selected: "c" });
    const selected = rows(html).filter((r) => r["aria-selected"] === "true");
    expect(selected.map((r) => r["data-id"])).toEqual(["c"]);
    expect(selected[0]?.class).toContain("selected");
    expect(html).toContain(">4행<");
    expect(labels(html)[0]).toBe("기업명");
  });

  it("shows links with supplier and buyer and highlights the selected company's links", () => {
    const html = render({ lang: "en", selected: "d" }, { initialTab: "links" });
    expect(labels(html)).toEqual(["Supplier", "Supplier division", "Buyer", "Buyer division", "Type", "Amount (KRW million)", "Year", "Cross-division"]);
    expect(headers(html)[0]?.["aria-sort"]).toBe("ascending");
    // Sorted by supplier name: 가방 → Apple, 나무 → 가방, 다리 → 가방.
    expect(rows(html).map((r) => r["data-id"])).toEqual(["3", "1", "2"]);
    expect(rows(html).filter((r) => r["aria-selected"] === "true").map((r) => r["data-id"])).toEqual(["3"]);
    expect(html).toContain(">3 rows<");
    expect(html).toContain(">Technology cooperation<");
  });

  it("follows the filters it is given", () => {
    const html = render({ lang: "en" }, { keepNode: (node) => node !== "b", keepEdge: (_edge, attr) => attr.linkType === "sales" });
    expect(rows(html).map((r) => r["data-id"])).toEqual(["a", "c", "d"]);
    expect(html).toContain(">3 rows<");
  });

  it("renders only a window of rows for 10k companies", () => {
    const big = buildGraph(
      dataset(
        Array.from({ length: 10_000 }, (_, i) => company(`n${i}`, "KR-41", { name: `기업${String(i).padStart(5, "0")}` })),
        [],
      ),
      { positions: new Map() },
    );
    const html = render({ lang: "en" }, { graph: big });
    const shown = rows(html);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(50);
    expect(shown[0]?.["data-id"]).toBe("n0");
    expect(html).toContain(">10,000 rows<");
    expect(html).toMatch(/aria-rowcount="10001"/);
  });

  it("says it is preparing a big table's rows, which are built across tasks", () => {
    const big = buildGraph(
      dataset(Array.from({ length: ROWS_IN_SLICES }, (_, i) => company(`n${i}`, "KR-41", { name: `기업${i}` })), []),
      { positions: new Map() },
    );
    const html = render({ lang: "en" }, { graph: big });
    expect(html).toContain("Preparing the rows…");
    // Rows still coming are not "no rows".
    expect(html).not.toContain("No rows to show.");
    expect(html).toMatch(/data-sorting="true"/);
    expect(rows(html)).toEqual([]);
  });
});
