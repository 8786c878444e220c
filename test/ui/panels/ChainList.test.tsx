import { beforeEach, describe, expect, it } from "vitest";
import type { AtlasApp } from "../../../src/app/createApp.ts";
import { buildGraph } from "../../../src/graph/build/buildGraph.ts";
import { ChainList, TIER_LIST_MAX } from "../../../src/ui/panels/ChainList.tsx";
import { renderInApp, testApp } from "../appHarness.tsx";
import { company, dataset, link } from "../../graph/helpers.ts";

// A hub H in Ulsan with 60 suppliers in Busan (s00..s59), one of which has a supplier of its own (t).
const SUPPLIERS = Array.from({ length: 60 }, (_, i) => `s${String(i).padStart(2, "0")}`);
const graph = buildGraph(
  dataset(
    [company("H", "KR-31", { nameEn: "Hub Motors" }), company("t", "KR-11", { nameEn: "Tee Metals" }), ...SUPPLIERS.map((id) => company(id, "KR-26"))],
    [...SUPPLIERS.map((id, i) => link(`l${i}`, id, "H")), link("lt", "t", "s00"), link("lx", "H", "t")],
  ),
  { positions: new Map() },
);

let app: AtlasApp;
const render = (lang: "ko" | "en", depth: 1 | 2 = 2) =>
  renderInApp(app, { graph, lang, selected: "H", focus: { id: "H", depth, direction: "upstream" } }, <ChainList />);
const attr = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, "g"))].map((m) => m[1]);

describe("ui/ChainList", () => {
  beforeEach(() => {
    app = testApp();
  });

  it("lists each tier with its counts, folding a long tier after the first companies", () => {
    const html = render("ko");
    expect(attr(html, "data-tier")).toEqual(["-1", "-2"]);
    expect(attr(html, "data-companies")).toEqual(["62", "60", "1"]);
    expect(attr(html, "data-links")).toEqual(["61", "60", "1"]);
    expect(html).toContain("1차 공급기업");
    expect(html).toContain("2차 공급기업");
    // 50 of tier 1's 60 companies, then the button for the other 10; tier 2's one company.
    expect(attr(html, "data-id")).toHaveLength(TIER_LIST_MAX + 1);
    expect(html).toContain("10개 더 보기");
    expect(html).toContain("회사s00</button><span class=\"muted\"> · 부산</span>");
  });

  it("speaks English with the same counts", () => {
    const html = render("en");
    expect(html).toContain("Tier 1 suppliers");
    expect(html).toContain("Tier 2 suppliers");
    expect(html).toContain("Show 10 more");
    // English names where the data has them, as the map labels them; the Korean name otherwise.
    expect(html).toContain("62 companies including Hub Motors · 61 links");
    expect(html).toContain("Tee Metals</button>");
    expect(html).toContain("회사s00</button>");
    expect(render("ko")).toContain("회사t</button>");
  });

  it("lists a tier in the order of the names it shows", () => {
    const named = buildGraph(
      dataset(
        [company("H", "KR-31"), company("a", "KR-26", { name: "가나", nameEn: "Zeta" }), company("b", "KR-26", { name: "다라", nameEn: "Alpha" }), company("c", "KR-26", { name: "마바" })],
        [link("la", "a", "H"), link("lb", "b", "H"), link("lc", "c", "H")],
      ),
      { positions: new Map() },
    );
    const order = (lang: "ko" | "en") => attr(renderInApp(app, { graph: named, lang, selected: "H", focus: { id: "H", depth: 1, direction: "upstream" } }, <ChainList />), "data-id");
    expect(order("ko")).toEqual(["a", "b", "c"]);
    // Alpha, Zeta, then the company with only a Korean name (Hangul sorts after Latin).
    expect(order("en")).toEqual(["b", "a", "c"]);
  });

  it("marks the selected company and lists nothing without a chain", () => {
    app.writableStore.setState({ graph, selected: "s01", focus: { id: "H", depth: 1, direction: "upstream" } });
    const html = renderInApp(app, {}, <ChainList />);
    expect(html).toMatch(/<li data-id="s01"><button type="button" class="link" aria-current="true">/);
    // Looking at another company of the chain, the chain can still be ended from the list.
    expect(html).toContain('data-testid="chain-end"');
    expect(render("ko")).not.toContain('data-testid="chain-end"');
    expect(renderInApp(app, { focus: null }, <ChainList />)).toBe("");
  });
});
