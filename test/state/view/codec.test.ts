import { describe, expect, it } from "vitest";
import { dropOrphans } from "../../../src/state/view/dependent.ts";
import { decodeView, encodeView, formatQuery, MAX_PARAMS, MAX_VALUE_LENGTH } from "../../../src/state/view/codec.ts";
import { completeView, defaultView, type ViewState } from "../../../src/state/view/schema.ts";
import {
  ANALYTICS_TABS,
  CAMERA_BOUNDS,
  CHOROPLETHS,
  DIVISION_MODES,
  DIVISION_ROLES,
  EDGE_COLOR_BY,
  FLOW_LEVELS,
  FLOW_MEASURES,
  FOCUS_DIRECTIONS,
  LANGS,
  LINK_TYPE_VALUES,
  NODE_COLOR_BY,
  roundCamera,
  SCALE_MODES,
  VIEW_MODES,
  VINTAGE_VALUES,
  type KnownValues,
} from "../../../src/state/view/values.ts";
import { DIVISIONS, divisionsOf } from "../../../src/regions/divisions.ts";

const COMPANIES = [
  "kr-busan-05",
  "C01",
  "id with space",
  "쉼표,아이디",
  "a&sel=b",
  "<script>alert(1)</script>",
  "#hash?q=1",
  "%41%zz",
  "plus+sign",
  "x".repeat(MAX_VALUE_LENGTH),
];
const INDUSTRIES = ["자동차 부품", "Machinery, equipment", "a&b=c", "100%", "+plus", "이차전지", "semi;colon"];
const TIERS = ["super-regional", "regional-innovation", "none", "기타 등급"];
const known: KnownValues = {
  divisions: DIVISIONS.map((d) => d.code),
  industries: INDUSTRIES,
  tiers: TIERS,
  companies: (id) => COMPANIES.includes(id),
};

/** Small seeded PRNG (mulberry32) so a failing state can be reproduced from its seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const subset = <T>(list: readonly T[]): T[] => {
    const shuffled = [...list].sort(() => next() - 0.5);
    return shuffled.slice(0, next() < 0.5 ? 0 : int(1, list.length));
  };
  return { next, int, pick, subset };
}

function randomView(seed: number): ViewState {
  const r = rng(seed);
  const v = defaultView();
  // Leave many fields at their defaults so both written and omitted parameters are exercised.
  const maybe = <T>(fallback: T, make: () => T): T => (r.next() < 0.5 ? fallback : make());
  v.mode = maybe(v.mode, () => r.pick(VIEW_MODES));
  v.vintage = maybe(v.vintage, () => r.pick(VINTAGE_VALUES));
  v.level = maybe(v.level, () => r.pick(FLOW_LEVELS));
  v.lang = maybe(v.lang, () => r.pick(LANGS));
  const codes = divisionsOf(v.vintage).map((d) => d.code);
  v.selectedDivisions = maybe(v.selectedDivisions, () => r.subset(codes));
  v.divisionMode = maybe(v.divisionMode, () => r.pick(DIVISION_MODES));
  v.selected = maybe(v.selected, () => r.pick(COMPANIES));
  v.focus = maybe(v.focus, () => ({ id: r.pick(COMPANIES), depth: r.pick([1, 2, 3] as const), direction: r.pick(FOCUS_DIRECTIONS) }));
  const f = v.filter;
  f.divisions = maybe(f.divisions, () => r.subset(codes));
  f.divisionRole = maybe(f.divisionRole, () => r.pick(DIVISION_ROLES));
  f.industries = maybe(f.industries, () => r.subset(INDUSTRIES));
  f.tiers = maybe(f.tiers, () => r.subset(TIERS));
  f.linkTypes = maybe(f.linkTypes, () => r.subset(LINK_TYPE_VALUES));
  if (r.next() < 0.5) {
    const a = r.next() < 0.3 ? null : r.int(1900, 2100);
    const b = r.next() < 0.3 ? null : r.int(a ?? 1900, 2100);
    [f.yearFrom, f.yearTo] = [a, b];
  }
  f.minWeight = maybe(f.minWeight, () => r.pick([1, 1200, 0.5, 1e-7, 3.14159265358979, 1e21, r.next() * 1e6]));
  f.crossOnly = maybe(f.crossOnly, () => r.next() < 0.5);
  v.nodeColorBy = maybe(v.nodeColorBy, () => r.pick(NODE_COLOR_BY));
  v.edgeColorBy = maybe(v.edgeColorBy, () => r.pick(EDGE_COLOR_BY));
  v.choropleth = maybe(v.choropleth, () => r.pick(CHOROPLETHS));
  v.flowMeasure = maybe(v.flowMeasure, () => r.pick(FLOW_MEASURES));
  v.scaleMode = maybe(v.scaleMode, () => r.pick(SCALE_MODES));
  v.camera = maybe(v.camera, () => {
    const { minXY, maxXY, minRatio, maxRatio } = CAMERA_BOUNDS;
    const cam = {
      x: minXY + r.next() * (maxXY - minXY),
      y: r.pick([0.5, minXY, maxXY, r.next()]),
      ratio: r.pick([minRatio, maxRatio, 1, 0.03 + r.next() * 4]),
    };
    return r.next() < 0.5 ? roundCamera(cam) : cam;
  });
  v.matrixOpen = maybe(v.matrixOpen, () => r.next() < 0.5);
  v.analytics = maybe(v.analytics, () => r.pick(ANALYTICS_TABS));
  // A view the app can be in: no division mode without divisions (view/dependent.ts).
  return dropOrphans(v);
}

const roundTrip = (params: URLSearchParams) => decodeView(params, known);

describe("state/url codec", () => {
  it("writes nothing for the default view", () => {
    expect(encodeView(defaultView()).toString()).toBe("");
    expect(decodeView(new URLSearchParams(""), known)).toEqual({ view: {}, notices: [] });
  });

  it("writes compact, readable parameters", () => {
    const v = defaultView();
    v.mode = "force";
    v.vintage = "2026-07";
    v.selectedDivisions = ["KR-26", "KR-31"];
    v.filter.yearFrom = 2019;
    v.filter.yearTo = 2023;
    v.selected = "kr-busan-05";
    v.camera = { x: 0.25, y: 0.75, ratio: 0.5 };
    v.analytics = "resilience";
    expect(formatQuery(encodeView(v))).toBe("v=force&vin=2026-07&div=KR-26,KR-31&sel=kr-busan-05&yr=2019-2023&cam=0.25,0.75,0.5&tab=resilience");
  });

  it("writes every field under its own parameter", () => {
    const v = defaultView();
    Object.assign(v, {
      level: "companies",
      lang: "en",
      selectedDivisions: ["KR-26", "KR-31"],
      divisionMode: "between",
      focus: { id: "C01", depth: 3, direction: "upstream" },
      nodeColorBy: "tier",
      edgeColorBy: "division",
      choropleth: "crossShare",
      flowMeasure: "weight",
      scaleMode: "fitted",
      matrixOpen: true,
    } satisfies Partial<ViewState>);
    v.filter = {
      divisions: ["KR-11"],
      divisionRole: "supplier",
      industries: ["Machinery, equipment", "이차전지"],
      tiers: ["super-regional"],
      companyRole: "either",
      linkTypes: ["sales", "technology"],
      yearFrom: 2020,
      yearTo: null,
      minWeight: 1200,
      crossOnly: true,
    };
    const query = formatQuery(encodeView(v));
    expect(query).toBe(
      "lvl=companies&lang=en&div=KR-26,KR-31&dm=between&foc=C01&fdep=3&fdir=upstream&fdiv=KR-11&frole=supplier" +
        "&ind=Machinery,%20equipment&ind=%EC%9D%B4%EC%B0%A8%EC%A0%84%EC%A7%80&tier=super-regional&lt=sales,technology" +
        "&yr=2020-&minw=1200&cross=1&nc=tier&ec=division&ch=crossShare&fm=weight&sc=fitted&mx=1",
    );
    const back = decodeView(new URLSearchParams(query), known);
    expect(back.notices).toEqual([]);
    expect(completeView(back.view)).toEqual(v);
  });

  it("writes one year as one number and open ends as a dash", () => {
    const year = (from: number | null, to: number | null) => {
      const v = defaultView();
      v.filter.yearFrom = from;
      v.filter.yearTo = to;
      return encodeView(v).get("yr");
    };
    expect(year(2021, 2021)).toBe("2021");
    expect(year(null, 2023)).toBe("-2023");
    expect(year(2019, null)).toBe("2019-");
    expect(year(null, null)).toBeNull();
  });

  it("round-trips 1,500 generated views exactly, through URLSearchParams and through the address-bar text", () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const v = randomView(seed);
      const params = encodeView(v);
      const direct = roundTrip(params);
      expect(direct.notices, `seed ${seed}`).toEqual([]);
      expect(completeView(direct.view), `seed ${seed}`).toEqual(v);
      const viaText = roundTrip(new URLSearchParams(formatQuery(params)));
      expect(completeView(viaText.view), `seed ${seed}`).toEqual(v);
      // Only what differs from the default is written.
      expect(Object.keys(direct.view).every((k) => k in v), `seed ${seed}`).toBe(true);
    }
  });

  it("decodes ?lang=en as the README documents", () => {
    expect(decodeView(new URLSearchParams("lang=en"), known)).toEqual({ view: { lang: "en" }, notices: [] });
  });

  it("reads a rounded camera back exactly; rounding is idempotent", () => {
    const cam = roundCamera({ x: 0.123456789, y: -0.00001, ratio: 0.0345678 });
    expect(cam).toEqual({ x: 0.1235, y: 0, ratio: 0.03457 });
    expect(roundCamera(cam)).toEqual(cam);
    const v = { ...defaultView(), camera: cam };
    expect(encodeView(v).get("cam")).toBe("0.1235,0,0.03457");
    expect(completeView(decodeView(encodeView(v), known).view)).toEqual(v);
  });
});

describe("state/url decoding of untrusted URLs", () => {
  const decode = (query: string) => decodeView(new URLSearchParams(query), known);

  it("ignores and reports unknown parameters, prototype keys included", () => {
    const { view, notices } = decode("__proto__=x&constructor=y&V=force&utm_source=mail");
    expect(view).toEqual({});
    expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
    expect(notices.map((n) => [n.code, n.param])).toEqual([
      ["unknown-param", "__proto__"],
      ["unknown-param", "constructor"],
      ["unknown-param", "V"],
      ["unknown-param", "utm_source"],
    ]);
    expect(notices[0]!.message).toMatch(/unknown parameter/);
  });

  it("opens an old link's map link type (ft) as the link-type filter, which now owns link types", () => {
    expect(decode("ft=production").view).toEqual({ filter: { ...defaultView().filter, linkTypes: ["production"] } });
    expect(decode("ft=all").view).toEqual({});
    // A link naming both keeps the filter's own list.
    expect(decode("lt=sales,other&ft=production").view.filter?.linkTypes).toEqual(["sales", "other"]);
    // Never written again.
    const v = defaultView();
    v.filter.linkTypes = ["production"];
    expect(formatQuery(encodeView(v))).toBe("lt=production");
  });

  it("ignores and reports malformed values, keeping the good ones", () => {
    const { view, notices } = decode(
      "v=Force&vin=2024&lvl=auto&dm=none&nc=red&ec=&ch=gdp&fm=sum&ft=r%26d&sc=log&fco=tiny&mx=yes&tab=all&frole=any&cross=true&lang=ko",
    );
    expect(view).toEqual({ level: "auto", lang: "ko" });
    expect(notices.map((n) => n.param)).toEqual(["v", "vin", "dm", "frole", "ft", "cross", "nc", "ec", "ch", "fm", "sc", "fco", "mx", "tab"]);
    expect(notices.every((n) => n.code === "bad-value")).toBe(true);
  });

  it("checks numbers strictly: years, weights and camera", () => {
    const bad = [
      "yr=2023-2019",
      "yr=1850-2020",
      "yr=20x3",
      "yr=2019-2023-2025",
      "yr=+2019",
      "minw=-5",
      "minw=abc",
      "minw=Infinity",
      "minw=1e400",
      "minw=0x10",
      "minw=",
      "cam=0.5,0.5",
      "cam=0.5,0.5,0",
      "cam=NaN,0.5,1",
      "cam=0.5,0.5,1,1",
      "cam=11,0.5,1",
      "cam=0.5,0.5,1000",
    ];
    for (const query of bad) {
      const { view, notices } = decode(query);
      expect(view, query).toEqual({});
      expect(notices.map((n) => n.code), query).toEqual(["bad-value"]);
    }
    expect(decode("cam=1e1,-2.5,.5").view.camera).toEqual({ x: 10, y: -2.5, ratio: 0.5 });
    expect(decode("yr=-").view.filter).toEqual(defaultView().filter);
    expect(decode("minw=1.5e3").view.filter?.minWeight).toBe(1500);
    expect(decode("minw=-0").view.filter?.minWeight).toBe(0);
  });

  it("keeps only companies, divisions, industries and tiers the data has", () => {
    const { view, notices } = decode(
      "sel=nobody&foc=ghost&fdep=2&div=KR-26,KR-99,KR-26,,KR-GJN&fdiv=KR-29&ind=이차전지&ind=unknown&ind=이차전지&tier=none&tier=gold&lt=sales,bribes",
    );
    expect(view).toEqual({
      selectedDivisions: ["KR-26"],
      filter: { ...defaultView().filter, divisions: ["KR-29"], industries: ["이차전지"], tiers: ["none"], linkTypes: ["sales"] },
    });
    expect(notices.map((n) => [n.code, n.param, n.value])).toEqual([
      ["unknown-value", "div", "KR-99"],
      ["bad-value", "div", "KR-26"],
      ["bad-value", "div", ""],
      ["unknown-value", "div", "KR-GJN"],
      ["unknown-value", "sel", "nobody"],
      ["unknown-value", "foc", "ghost"],
      ["unknown-value", "ind", "unknown"],
      ["bad-value", "ind", "이차전지"],
      ["unknown-value", "tier", "gold"],
      ["bad-value", "lt", "bribes"],
    ]);
  });

  it("checks division codes against the URL's own vintage", () => {
    expect(decode("vin=2026-07&div=KR-GJN,KR-11").view.selectedDivisions).toEqual(["KR-GJN", "KR-11"]);
    const merged = decode("vin=2026-07&div=KR-29,KR-46&fdiv=KR-29");
    // A list whose every item was dropped is ignored as a whole.
    expect(merged.view).toEqual({ vintage: "2026-07" });
    expect(merged.notices.map((n) => n.code)).toEqual(["unknown-value", "unknown-value", "unknown-value"]);
    expect(merged.notices[0]!.message).toContain("2026-07");
  });

  it("needs a focus company for focus depth and direction", () => {
    const lone = decode("fdep=2&fdir=upstream");
    expect(lone.view).toEqual({});
    expect(lone.notices.map((n) => n.param)).toEqual(["fdep", "fdir"]);
    expect(decode("foc=C01").view.focus).toEqual({ id: "C01", depth: 1, direction: "both" });
    const badDepth = decode("foc=C01&fdep=4&fdir=sideways");
    expect(badDepth.view.focus).toEqual({ id: "C01", depth: 1, direction: "both" });
    expect(badDepth.notices.map((n) => n.param)).toEqual(["fdir", "fdep"]);
    expect(decode("foc=").notices[0]!.code).toBe("bad-value");
  });

  it("takes the first of repeated single parameters and reports the rest", () => {
    const { view, notices } = decode("v=force&v=map&sel=C01&sel=kr-busan-05");
    expect(view).toEqual({ mode: "force", selected: "C01" });
    expect(notices.map((n) => [n.code, n.param, n.value])).toEqual([
      ["duplicate-param", "v", "map"],
      ["duplicate-param", "sel", "kr-busan-05"],
    ]);
  });

  it("caps value length, parameter count and list length", () => {
    const long = decode(`sel=${"x".repeat(MAX_VALUE_LENGTH + 1)}&v=force`);
    expect(long.view).toEqual({ mode: "force" });
    expect(long.notices[0]!.code).toBe("too-long");
    expect(long.notices[0]!.value.length).toBeLessThanOrEqual(65);

    const many = new URLSearchParams();
    for (let i = 0; i < MAX_PARAMS + 50; i++) many.append("ind", INDUSTRIES[i % INDUSTRIES.length]!);
    many.append("v", "force");
    const capped = decodeView(many, known);
    expect(capped.view.mode).toBeUndefined();
    expect(capped.notices.some((n) => n.code === "too-many-params")).toBe(true);
    expect(capped.view.filter?.industries).toEqual(INDUSTRIES);
  });

  it("quotes untrusted text in notices only clipped and without control characters", () => {
    const { notices } = decode(`evil%0A%1B[31m${"y".repeat(200)}=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
    const [n] = notices;
    expect(n!.param).not.toMatch(/[\u0000-\u001f]/);
    expect(n!.param.length).toBeLessThanOrEqual(65);
    // Text stays text: the UI must render it as such; nothing here is interpreted.
    expect(n!.value).toBe("<img src=x onerror=alert(1)>");
  });

  it("never throws on random junk, and what it keeps is a valid view", () => {
    const r = rng(42);
    const alphabet = ["v", "vin", "div", "sel", "foc", "yr", "cam", "ind", "=", "&", ",", "-", "%", "%2", "%ZZ", "1", "2023", "KR-11", "force", "\u0000", "한", "\uD800", "+", " ", ".", "e"];
    for (let i = 0; i < 2000; i++) {
      const query = Array.from({ length: r.int(0, 30) }, () => r.pick(alphabet)).join("");
      let decoded: ReturnType<typeof decode> | undefined;
      expect(() => (decoded = decode(query)), query).not.toThrow();
      const view = completeView(decoded!.view);
      const again = decodeView(encodeView(view), known);
      expect(again.notices, query).toEqual([]);
      expect(completeView(again.view), query).toEqual(view);
    }
  });

  it("survives a company lookup that throws", () => {
    const throwing: KnownValues = { ...known, companies: () => { throw new Error("boom"); } };
    const { view, notices } = decodeView(new URLSearchParams("sel=C01"), throwing);
    expect(view).toEqual({});
    expect(notices[0]!.code).toBe("unknown-value");
  });
});
