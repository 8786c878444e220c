// The pure steps of `npm run data:municipalities`: names and codes of the 250 시군구 of
// KOSTAT's boundary set (as republished by vuski/admdongkor) turned into registry rows, and
// their polygons into one quantised, simplified TopoJSON with shared arcs.

import { romanize } from "es-hangul";
import { topology } from "topojson-server";
import { presimplify, simplify, quantile } from "topojson-simplify";
import { quantize } from "topojson-client";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Objects, Topology } from "topojson-specification";
import { DIVISIONS } from "../../src/regions/divisions.ts";
import { currentCode } from "../../src/regions/municipalityChanges.ts";

export interface SourceProperties {
  sgg: string;
  SIDONM: string;
  SGGNM: string;
}

export type SourceCollection = FeatureCollection<Polygon | MultiPolygon, SourceProperties>;

/** [current code, division (ISO, vintage 2023), Korean name, English name]. */
export type MunicipalityRow = [code: string, division: string, nameKo: string, nameEn: string];

/**
 * Official romanisations that differ from es-hangul's reading. es-hangul inserts an ㄴ before
 * 야/양 after a final consonant (함양 -> "hamnyang"), which the Revised Romanization applies to
 * compounds but the government's own place names do not ("Hamyang-gun", "Miryang-si").
 * The list is every stem of the 250 where a final consonant meets 야/양/여/영 (checked by hand).
 */
const STEM_EXCEPTIONS: Record<string, string> = {
  남양주: "Namyangju",
  단양: "Danyang",
  담양: "Damyang",
  덕양: "Deogyang",
  밀양: "Miryang",
  안양: "Anyang",
  청양: "Cheongyang",
  통영: "Tongyeong",
  함양: "Hamyang",
};

const SUFFIX_EN: Record<string, string> = { 시: "si", 군: "gun", 구: "gu" };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "성산구" -> "Seongsan-gu": the stem romanised on its own, the suffix after a hyphen (RR, section 3.5). */
export function romaniseUnit(name: string): string {
  const suffix = name.slice(-1);
  const stem = name.slice(0, -1);
  const en = SUFFIX_EN[suffix];
  if (!en || !stem) throw new Error(`municipalities: '${name}' does not end in 시, 군 or 구`);
  // Sejong is one city without municipalities; its unit is the city, named as the division is.
  if (stem === "세종특별자치") return "Sejong";
  const stemEn = STEM_EXCEPTIONS[stem] ?? capitalise(romanize(stem));
  return `${stemEn}-${en}`;
}

/** "창원시성산구" -> ["창원시", "성산구"]; a name without a city's district -> [name]. */
export function splitName(name: string): string[] {
  const m = /^([가-힣]+?시)([가-힣]+구)$/.exec(name.replace(/\s+/g, ""));
  return m ? [m[1]!, m[2]!] : [name.replace(/\s+/g, "")];
}

const DIVISION_BY_NAME = new Map<string, string>();
for (const d of DIVISIONS) for (const n of [d.nameKo, ...d.otherNamesKo]) DIVISION_BY_NAME.set(n, d.code);

/** The 2023-vintage division of a unit, from its current code's province digits. */
function divisionOfCode(code: string): string {
  const prefix = code.slice(0, 2);
  const d = DIVISIONS.find((x) => x.moisCodes.includes(prefix));
  if (!d) throw new Error(`municipalities: no division has interior-ministry code ${prefix} (${code})`);
  return d.code;
}

export function buildRows(source: SourceCollection): MunicipalityRow[] {
  const rows = source.features.map((f): MunicipalityRow => {
    const p = f.properties;
    const code = currentCode(p.sgg);
    const division = divisionOfCode(code);
    // The source names the province too: it must agree with the code (before any move).
    const named = DIVISION_BY_NAME.get(p.SIDONM);
    const before = divisionOfCode(p.sgg);
    if (named !== before) throw new Error(`municipalities: ${p.sgg} ${p.SGGNM} is in ${p.SIDONM}, but its code says ${before}`);
    const parts = splitName(p.SGGNM);
    return [code, division, parts.join(" "), parts.map(romaniseUnit).join(" ")];
  });
  rows.sort((a, b) => a[0].localeCompare(b[0]));
  const codes = new Set(rows.map((r) => r[0]));
  if (codes.size !== rows.length) throw new Error("municipalities: duplicate codes");
  return rows;
}

/**
 * Checks the boundary file's units against the repository's propertiesTable.tsv (CP949, one
 * row per 읍면동 with columns sgg, sidonm, sggnm): the same codes under the same names.
 * Returns the differences, empty when they agree.
 */
export function compareWithProperties(source: SourceCollection, tsv: string): string[] {
  const [head, ...lines] = tsv.trim().split(/\r?\n/);
  const cols = head!.split("\t");
  const at = (name: string) => cols.indexOf(name);
  const [sgg, sido, name] = [at("sgg"), at("sidonm"), at("sggnm")];
  if (sgg < 0 || sido < 0 || name < 0) return ["propertiesTable.tsv has no sgg, sidonm and sggnm columns"];
  const table = new Map(lines.map((l) => l.split("\t")).map((c) => [c[sgg]!, `${c[sido]} ${c[name]}`]));
  const geo = new Map(source.features.map((f) => [f.properties.sgg, `${f.properties.SIDONM} ${f.properties.SGGNM}`]));
  // The table writes 세종's unit as 세종시, the boundaries as 세종특별자치시.
  const same = (a: string | undefined, b: string | undefined) => a === b || (a?.startsWith("세종") && b?.startsWith("세종"));
  const codes = new Set([...table.keys(), ...geo.keys()]);
  return [...codes].filter((c) => !same(table.get(c), geo.get(c))).map((c) => `${c}: table ${table.get(c) ?? "-"}, boundaries ${geo.get(c) ?? "-"}`);
}

export interface TopologyOptions {
  /** Share of the arc points to keep by weight (topojson-simplify's quantile). */
  keep: number;
  /** Grid of the quantised coordinates (topojson-client's quantize). */
  quantization: number;
}

export const DEFAULT_TOPOLOGY_OPTIONS: TopologyOptions = { keep: 0.12, quantization: 1e5 };

type Ring = number[][];

/** Twice the signed planar area of a lon/lat ring: positive when counter-clockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  // Shoelace over the edges j -> i: x_j * y_i - x_i * y_j.
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return sum;
}

/**
 * The source winds rings as RFC 7946 does (outer rings counter-clockwise); d3-geo, which
 * draws the map, reads that as the rest of the globe. Outer rings clockwise, holes
 * counter-clockwise, as the province outline is wound.
 */
export function rewindForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  const polygon = (rings: Ring[]): Ring[] =>
    rings.map((ring, i) => {
      const clockwise = signedArea(ring) < 0;
      return (i === 0) === clockwise ? ring : [...ring].reverse();
    });
  if (geometry.type === "Polygon") return { ...geometry, coordinates: polygon(geometry.coordinates) };
  return { ...geometry, coordinates: (geometry as MultiPolygon).coordinates.map(polygon) };
}

/** One object `municipalities`, one geometry per unit with properties `code` and `division`, arcs shared. */
export function buildTopology(source: SourceCollection, opts: TopologyOptions = DEFAULT_TOPOLOGY_OPTIONS): Topology {
  const features = source.features.map((f): Feature<Polygon | MultiPolygon, { code: string; division: string }> => {
    const code = currentCode(f.properties.sgg);
    return { type: "Feature", geometry: rewindForD3(f.geometry), properties: { code, division: divisionOfCode(code) } };
  });
  const collection: FeatureCollection = { type: "FeatureCollection", features };
  // topojson-server's types take GeoJSON objects of their own @types/geojson copy.
  const built = topology({ municipalities: collection } as Parameters<typeof topology>[0]) as unknown as Topology<Objects<{}>>;
  const weighted = presimplify(built);
  const simple = simplify(weighted, quantile(weighted, 1 - opts.keep));
  const result = quantize(simple, opts.quantization);
  // Ids would repeat the code; the properties are what the app reads.
  for (const g of (result.objects.municipalities as GeometryCollection).geometries) delete g.id;
  return result;
}
