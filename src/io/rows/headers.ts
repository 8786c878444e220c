// The one table of column names the readers understand. Headers are compared after
// headerKey(): lower case, without spaces, underscores, hyphens, dots and slashes, so
// "Link Type", "link_type" and "LINK-TYPE" are the same header. A bracketed unit at the end
// ("거래금액(백만원)") is tried without the brackets when the full header is unknown.

import type { CodeSystem } from "../../regions/normalise.ts";

export const COMPANY_FIELDS = ["id", "name", "name_en", "division", "municipality", "municipality_code", "address", "lat", "lon", "industry", "tier"] as const;
export const LINK_FIELDS = ["supplier", "buyer", "type", "weight", "year", "illustrative"] as const;
/** Company fields that a single links file can carry for each side, as `supplier_<field>` / `buyer_<field>`. */
export const ROLE_FIELDS = ["id", "division", "industry", "tier", "municipality", "municipality_code", "address", "name_en"] as const;

type RoleField = (typeof ROLE_FIELDS)[number];

export type Field =
  | (typeof COMPANY_FIELDS)[number]
  | (typeof LINK_FIELDS)[number]
  | `supplier_${RoleField}`
  | `buyer_${RoleField}`;

/** Every canonical field name, the column names of tables that are already canonical (JSON). */
export const ALL_FIELDS: readonly Field[] = [
  ...COMPANY_FIELDS,
  ...LINK_FIELDS,
  ...ROLE_FIELDS.flatMap((f) => [`supplier_${f}`, `buyer_${f}`] as const),
];

export interface Alias {
  field: Field;
  codeSystem?: CodeSystem;
}

/**
 * Base aliases per canonical field. `id` means the company id in a companies file and the
 * link id in a links file. Entries ending in `@kostat`, `@mois` or `@iso` name a column of
 * division codes in that system (bare numbers in it are read with that system).
 */
const BASE: Record<(typeof COMPANY_FIELDS)[number] | (typeof LINK_FIELDS)[number], readonly string[]> = {
  id: ["id", "key", "node", "node id", "아이디", "기업id", "회사id", "기업코드", "회사코드", "업체코드", "사업자번호", "사업자등록번호", "company_id", "link_id", "거래id", "거래번호"],
  name: ["name", "company", "company name", "label", "회사명", "기업명", "업체명", "상호", "상호명", "회사", "기업", "업체"],
  name_en: ["name_en", "nameEn", "english name", "name (english)", "영문명", "영문 회사명", "영문 기업명", "영문상호", "company_en"],
  division: [
    "division", "province", "region", "sido", "state", "시도", "시·도", "지역", "시도명", "광역시도", "광역자치단체",
    // 법정동/행정기관 codes: the first two digits are the division, the first five the municipality
    // (municipalityCell.ts reads that from the same text).
    "시도코드@mois", "행정코드@mois", "행정구역코드@mois", "행정표준코드@mois", "법정동코드@mois", "행안부코드@mois", "mois_code@mois",
    "admin_code@mois", "sido_code@mois", "division_code@mois", "region_code@mois",
    "통계청코드@kostat", "통계청 시도코드@kostat", "통계코드@kostat", "kostat_code@kostat", "kostat@kostat",
    "iso@iso", "iso_code@iso", "iso 3166-2@iso", "iso코드@iso",
  ],
  municipality: [
    "municipality", "city", "county", "district", "sigungu", "sgg", "sgg_nm", "sggnm", "sigungu_name", "city/county/district", "city_county_district",
    "시군구", "시군구명", "시·군·구", "시·군·구명", "기초자치단체", "기초자치단체명",
  ],
  municipality_code: [
    "municipality_code", "시군구코드", "시군구 코드", "sgg_code", "sgg_cd", "sigungu_code", "sigungu_cd", "sggcode", "adm_cd", "adm_cd2", "행정기관코드",
  ],
  // Addresses: a separate division column keeps its role and the address gives the municipality;
  // without one, the address is read as the division column (withAddressAsDivision).
  address: [
    "address", "주소", "소재지", "본사 소재지", "본사 주소", "사업장 주소", "사업장 소재지", "소재지 주소", "도로명주소", "지번주소",
    "company address", "headquarters address", "hq address", "road address", "street address",
  ],
  // Not "X좌표"/"Y좌표": Korean open data uses them for projected metres (TM), not degrees.
  lat: ["lat", "latitude", "위도"],
  lon: ["lon", "lng", "long", "longitude", "경도"],
  industry: ["industry", "sector", "업종", "산업", "산업분야", "업종명", "주력산업", "분야"],
  tier: ["tier", "programme", "program", "구분", "등급", "선정구분", "유형구분", "선도기업구분"],
  supplier: ["supplier", "from", "source", "seller", "공급기업", "공급사", "공급업체", "공급기업명", "판매기업", "공급자", "납품기업"],
  buyer: ["buyer", "customer", "to", "target", "purchaser", "수요기업", "구매기업", "구매처", "수요기업명", "구매업체", "고객사", "수요처"],
  type: ["type", "link type", "relation", "relationship", "kind", "거래유형", "협력유형", "유형", "협력분야", "관계"],
  weight: ["weight", "amount", "value", "volume", "금액", "거래액", "거래금액", "거래규모", "매출액", "규모"],
  year: ["year", "연도", "년도", "거래연도", "기준연도", "기준년도"],
  illustrative: ["illustrative", "example", "예시", "가상"],
};

/** Prefixes that turn a base alias into the supplier's or buyer's column ("공급기업 시도", "from_province"). */
const ROLE_PREFIXES: Record<"supplier" | "buyer", readonly string[]> = {
  supplier: ["supplier", "from", "source", "seller", "공급기업", "공급사", "공급업체", "공급", "판매기업", "판매"],
  buyer: ["buyer", "customer", "to", "target", "purchaser", "수요기업", "구매기업", "구매처", "수요", "구매"],
};

/** Words that, after a supplier or buyer word, name that company's id (besides every id alias). */
const ROLE_ID_WORDS = ["코드", "번호", "식별자", "등록번호", "code", "no", "number", "num", "identifier", "key"];

export function headerKey(header: string): string {
  return header.toLowerCase().replace(HEADER_NOISE, "");
}
const HEADER_NOISE = /[\s_\-./·:\ufeff]+/g;
const TRAILING_BRACKET = /\s*[([][^)\]]*[)\]]\s*$/;

function parseAlias(entry: string, field: Field): [string, Alias] {
  const at = entry.indexOf("@");
  if (at === -1) return [headerKey(entry), { field }];
  return [headerKey(entry.slice(0, at)), { field, codeSystem: entry.slice(at + 1) as CodeSystem }];
}

function buildTable(): Map<string, Alias> {
  const table = new Map<string, Alias>();
  const add = (key: string, alias: Alias) => {
    const old = table.get(key);
    // Prefix + alias can spell an existing alias ("공급" + "기업id"); only a clash in meaning matters.
    if (old && (old.field !== alias.field || old.codeSystem !== alias.codeSystem)) {
      throw new Error(`io/headers: header '${key}' would mean both ${old.field} and ${alias.field}`);
    }
    table.set(key, alias);
  };
  for (const [field, entries] of Object.entries(BASE) as Array<[keyof typeof BASE, readonly string[]]>) {
    for (const entry of entries) add(...parseAlias(entry, field));
  }
  for (const role of ["supplier", "buyer"] as const) {
    for (const sub of ROLE_FIELDS) {
      for (const prefix of ROLE_PREFIXES[role]) {
        for (const entry of BASE[sub]) {
          const [key, alias] = parseAlias(entry, `${role}_${sub}`);
          add(headerKey(prefix) + key, alias);
        }
      }
    }
    // "공급기업코드", "seller_code", "buyer_no": the company's id written as a code or a number.
    // Only after a role word: a bare "번호" or "No." is a row counter, not an id.
    for (const prefix of ROLE_PREFIXES[role]) {
      for (const entry of ROLE_ID_WORDS) add(headerKey(prefix) + headerKey(entry), { field: `${role}_id` });
    }
    // "공급기업명", "supplier name": the name column of a single links file.
    for (const prefix of ROLE_PREFIXES[role]) {
      for (const entry of ["name", "명", "이름", "회사명", "기업명", "업체명"]) {
        add(headerKey(prefix) + headerKey(entry), { field: role });
      }
    }
  }
  return table;
}

const TABLE = buildTable();

export interface ColumnMap {
  /** Column index of each canonical field found; the first column wins when two map to one field. */
  index: Partial<Record<Field, number>>;
  /** Code system named by a division column's header, when it names one. */
  codeSystem: Partial<Record<Field, CodeSystem>>;
  /** Columns that map to no field (or lost to an earlier column), kept verbatim as attributes. */
  extra: Array<{ index: number; name: string }>;
}

const KOSTAT_HINT = /통계청|kostat/i;

export function lookupHeader(header: string): Alias | undefined {
  const hit = TABLE.get(headerKey(header));
  if (hit) return hit;
  const bare = header.replace(TRAILING_BRACKET, "");
  if (bare === header || !bare) return undefined;
  const inner = TABLE.get(headerKey(bare));
  // "시도(통계청)": the bracket names the code system rather than a unit.
  if (inner && KOSTAT_HINT.test(header)) return { field: inner.field, codeSystem: "kostat" };
  return inner;
}

const ADDRESS_OWNERS = [["division", "address"], ["supplier_division", "supplier_address"], ["buyer_division", "buyer_address"]] as const;

/**
 * An address column with no division column beside it is the division column (its leading
 * words are the division), as before addresses had a field of their own: `address` is then
 * unset, so `address` always names a column other than the division's.
 */
export function withAddressAsDivision(map: ColumnMap): ColumnMap {
  for (const [division, address] of ADDRESS_OWNERS) {
    const at = map.index[address];
    if (at === undefined) continue;
    if (map.index[division] === undefined) map.index[division] = at;
    if (map.index[division] === at) delete map.index[address];
  }
  return map;
}

export function mapHeaders(headers: readonly string[]): ColumnMap {
  const map: ColumnMap = { index: {}, codeSystem: {}, extra: [] };
  headers.forEach((name, index) => {
    const alias = lookupHeader(name);
    if (!alias || map.index[alias.field] !== undefined) {
      // "__proto__" as an attribute name could reach an object's prototype downstream.
      if (name.trim() && name !== "__proto__") map.extra.push({ index, name });
      return;
    }
    map.index[alias.field] = index;
    if (alias.codeSystem) map.codeSystem[alias.field] = alias.codeSystem;
  });
  return withAddressAsDivision(map);
}
