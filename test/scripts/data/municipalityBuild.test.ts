import { describe, it, expect } from "vitest";
import { feature } from "topojson-client";
import { geoArea } from "d3-geo";
import type { GeometryCollection } from "topojson-specification";
import { buildRows, buildTopology, compareWithProperties, rewindForD3, romaniseUnit, splitName, type SourceCollection } from "../../../scripts/data/municipalityBuild.ts";

/** A square of `size` degrees at (lon, lat), counter-clockwise as RFC 7946 winds outer rings. */
const square = (lon: number, lat: number, size = 0.1): number[][][] => [
  [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]],
];

function collection(units: Array<[sgg: string, sido: string, sgg_nm: string, lon: number]>): SourceCollection {
  return {
    type: "FeatureCollection",
    features: units.map(([sgg, SIDONM, SGGNM, lon]) => ({
      type: "Feature",
      properties: { sgg, SIDONM, SGGNM },
      geometry: { type: "Polygon", coordinates: square(lon, 36) },
    })),
  };
}

describe("scripts/data/municipalityBuild: names", () => {
  it.each([
    ["종로구", "Jongno-gu"], ["성산구", "Seongsan-gu"], ["중구", "Jung-gu"], ["군위군", "Gunwi-gun"], ["창원시", "Changwon-si"],
    ["남구", "Nam-gu"], ["강릉시", "Gangneung-si"], ["울릉군", "Ulleung-gun"], ["의창구", "Uichang-gu"], ["마산합포구", "Masanhappo-gu"],
    ["밀양시", "Miryang-si"], ["통영시", "Tongyeong-si"], ["함양군", "Hamyang-gun"], ["덕양구", "Deogyang-gu"], ["세종특별자치시", "Sejong"],
  ])("romanises %s as %s", (ko, en) => {
    expect(romaniseUnit(ko)).toBe(en);
  });

  it("refuses a name without a municipal suffix", () => {
    expect(() => romaniseUnit("서울")).toThrow(/does not end/);
  });

  it("splits a city's district from its city", () => {
    expect(splitName("창원시성산구")).toEqual(["창원시", "성산구"]);
    expect(splitName("고양시일산동구")).toEqual(["고양시", "일산동구"]);
    expect(splitName("포항시 남구")).toEqual(["포항시", "남구"]);
    expect(splitName("군위군")).toEqual(["군위군"]);
    expect(splitName("부산진구")).toEqual(["부산진구"]);
  });
});

describe("scripts/data/municipalityBuild: rows", () => {
  it("applies the dated changes and sorts by code", () => {
    const rows = buildRows(collection([
      ["48123", "경상남도", "창원시성산구", 128],
      ["47720", "경상북도", "군위군", 128.2],
      ["42110", "강원도", "춘천시", 127.7],
      ["45111", "전라북도", "전주시완산구", 127.1],
    ]));
    expect(rows).toEqual([
      ["27720", "KR-27", "군위군", "Gunwi-gun"],
      ["48123", "KR-48", "창원시 성산구", "Changwon-si Seongsan-gu"],
      ["51110", "KR-42", "춘천시", "Chuncheon-si"],
      ["52111", "KR-45", "전주시 완산구", "Jeonju-si Wansan-gu"],
    ]);
  });

  it("refuses a unit whose province name and code disagree, and duplicate codes", () => {
    expect(() => buildRows(collection([["48123", "경상북도", "창원시성산구", 128]]))).toThrow(/its code says KR-48/);
    expect(() => buildRows(collection([["11110", "서울특별시", "종로구", 127], ["11110", "서울특별시", "종로구", 127.2]]))).toThrow(/duplicate/);
  });
});

describe("scripts/data/municipalityBuild: propertiesTable.tsv", () => {
  const source = collection([["48123", "경상남도", "창원시성산구", 128], ["36110", "세종특별자치시", "세종특별자치시", 127]]);
  const head = "adm_nm\tsgg\tsidonm\tsggnm";

  it("agrees when the table has the same codes under the same names (세종시 for 세종특별자치시)", () => {
    const tsv = [head, "a\t48123\t경상남도\t창원시성산구", "b\t48123\t경상남도\t창원시성산구", "c\t36110\t세종특별자치시\t세종시"].join("\r\n");
    expect(compareWithProperties(source, tsv)).toEqual([]);
  });

  it("lists codes missing on either side or named otherwise", () => {
    const tsv = [head, "a\t48123\t경상남도\t창원시의창구", "c\t11110\t서울특별시\t종로구"].join("\n");
    expect(compareWithProperties(source, tsv)).toEqual([
      "48123: table 경상남도 창원시의창구, boundaries 경상남도 창원시성산구",
      "11110: table 서울특별시 종로구, boundaries -",
      "36110: table -, boundaries 세종특별자치시 세종특별자치시",
    ]);
    expect(compareWithProperties(source, "a\tb\n1\t2")).toEqual(["propertiesTable.tsv has no sgg, sidonm and sggnm columns"]);
  });
});

describe("scripts/data/municipalityBuild: topology", () => {
  it("winds outer rings clockwise for d3 and keeps holes the other way", () => {
    const rewound = rewindForD3({ type: "Polygon", coordinates: [...square(127, 36, 1), [[127.2, 36.2], [127.2, 36.4], [127.4, 36.4], [127.4, 36.2], [127.2, 36.2]]] });
    expect(geoArea(rewound)).toBeLessThan(0.01);
    expect(rewindForD3(rewound)).toEqual(rewound);
    expect(rewindForD3({ type: "MultiPolygon", coordinates: [square(127, 36)] }).coordinates[0]).toEqual(rewindForD3({ type: "Polygon", coordinates: square(127, 36) }).coordinates);
  });

  it("writes one geometry per unit with its current code and province, and shares the border of neighbours", () => {
    const topo = buildTopology(collection([["27710", "대구광역시", "달성군", 128.0], ["47720", "경상북도", "군위군", 128.1]]), { keep: 1, quantization: 1e4 });
    const object = topo.objects.municipalities as GeometryCollection<{ code: string; division: string }>;
    expect(object.geometries.map((g) => g.properties)).toEqual([{ code: "27710", division: "KR-27" }, { code: "27720", division: "KR-27" }]);
    expect(object.geometries.every((g) => g.id === undefined)).toBe(true);
    expect(topo.transform).toBeDefined();
    // Two squares side by side: the shared edge is one arc, used by both.
    const arcs = object.geometries.map((g) => new Set((g.type === "Polygon" ? g.arcs.flat() : []).map((i) => (i < 0 ? ~i : i))));
    expect([...arcs[0]!].some((i) => arcs[1]!.has(i))).toBe(true);
    for (const f of feature(topo, object).features) expect(geoArea(f)).toBeLessThan(0.01);
  });
});
