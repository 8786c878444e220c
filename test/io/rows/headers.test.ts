import { describe, it, expect } from "vitest";
import { headerKey, lookupHeader, mapHeaders } from "../../../src/io/rows/headers.ts";
import { detectShape } from "../../../src/io/rows/shape.ts";

describe("io/headers: aliases", () => {
  it.each([
    // companies
    ["회사명", "name"], ["기업명", "name"], ["업체명", "name"], ["상호", "name"], ["Company", "name"], ["NAME", "name"],
    ["영문명", "name_en"], ["name_en", "name_en"], ["nameEn", "name_en"], ["English Name", "name_en"],
    ["시도", "division"], ["지역", "division"], ["시도명", "division"], ["Province", "division"],
    ["소재지", "address"], ["주소", "address"], ["Address", "address"], ["도로명주소", "address"],
    ["시군구코드", "municipality_code"], ["sgg_code", "municipality_code"], ["adm_cd2", "municipality_code"], ["시군구명", "municipality"], ["Sigungu", "municipality"],
    ["공급기업 주소", "supplier_address"], ["수요기업 시군구", "buyer_municipality"], ["buyer_municipality_code", "buyer_municipality_code"],
    ["region", "division"], ["division", "division"],
    ["시군구", "municipality"], ["municipality", "municipality"], ["City", "municipality"],
    ["위도", "lat"], ["lat", "lat"], ["Latitude", "lat"], ["경도", "lon"], ["lon", "lon"], ["lng", "lon"], ["longitude", "lon"],
    ["업종", "industry"], ["산업", "industry"], ["industry", "industry"], ["Sector", "industry"],
    ["구분", "tier"], ["등급", "tier"], ["tier", "tier"],
    ["기업ID", "id"], ["id", "id"],
    // links
    ["공급기업", "supplier"], ["공급사", "supplier"], ["공급업체", "supplier"], ["판매기업", "supplier"], ["supplier", "supplier"],
    ["from", "supplier"], ["Source", "supplier"],
    ["수요기업", "buyer"], ["구매기업", "buyer"], ["구매처", "buyer"], ["buyer", "buyer"], ["customer", "buyer"], ["to", "buyer"], ["target", "buyer"],
    ["거래유형", "type"], ["협력유형", "type"], ["유형", "type"], ["type", "type"], ["Link Type", "type"], ["link_type", "type"],
    ["금액", "weight"], ["거래액", "weight"], ["거래금액", "weight"], ["amount", "weight"], ["weight", "weight"], ["value", "weight"],
    ["거래금액(백만원)", "weight"], ["Amount [KRW]", "weight"],
    ["연도", "year"], ["거래연도", "year"], ["Year", "year"],
    ["illustrative", "illustrative"], ["예시", "illustrative"],
    // single-file shape
    ["공급기업 시도", "supplier_division"], ["공급지역", "supplier_division"], ["supplier_province", "supplier_division"],
    ["supplier_region", "supplier_division"], ["from_province", "supplier_division"], ["Supplier Division", "supplier_division"],
    ["수요기업 시도", "buyer_division"], ["구매기업 지역", "buyer_division"], ["buyer_region", "buyer_division"], ["to_province", "buyer_division"],
    ["supplier_id", "supplier_id"], ["buyer_id", "buyer_id"],
    ["supplier_industry", "supplier_industry"], ["수요기업 업종", "buyer_industry"],
    ["supplier_tier", "supplier_tier"], ["buyer_tier", "buyer_tier"],
    ["공급기업명", "supplier"], ["Supplier Name", "supplier"],
    // ids of either side, by suffix
    ["공급기업ID", "supplier_id"], ["구매기업ID", "buyer_id"], ["source_id", "supplier_id"], ["target_id", "buyer_id"],
    ["from_id", "supplier_id"], ["to_id", "buyer_id"], ["seller_code", "supplier_id"], ["customer_code", "buyer_id"],
    ["공급기업코드", "supplier_id"], ["수요기업번호", "buyer_id"], ["공급사 사업자등록번호", "supplier_id"], ["구매기업 사업자번호", "buyer_id"],
    // Gephi and NetworkX tables
    ["Id", "id"], ["Label", "name"], ["Source", "supplier"], ["Target", "buyer"], ["Weight", "weight"], ["node", "id"],
  ])("%s -> %s", (header, field) => {
    expect(lookupHeader(header)?.field).toBe(field);
  });

  it("ignores case, spaces, underscores and hyphens", () => {
    expect(headerKey(" Link_Type ")).toBe(headerKey("link-type"));
    expect(lookupHeader("SUPPLIER_PROVINCE")?.field).toBe("supplier_division");
  });

  it("reads the code system from the header", () => {
    expect(lookupHeader("시도코드")).toEqual({ field: "division", codeSystem: "mois" });
    expect(lookupHeader("행정코드")).toEqual({ field: "division", codeSystem: "mois" });
    expect(lookupHeader("통계청코드")).toEqual({ field: "division", codeSystem: "kostat" });
    expect(lookupHeader("kostat_code")).toEqual({ field: "division", codeSystem: "kostat" });
    expect(lookupHeader("시도(통계청)")).toEqual({ field: "division", codeSystem: "kostat" });
    expect(lookupHeader("공급기업 통계청코드")).toEqual({ field: "supplier_division", codeSystem: "kostat" });
    expect(lookupHeader("시도")?.codeSystem).toBeUndefined();
  });

  it("does not know unrelated headers", () => {
    for (const h of ["비고", "note", "foo", "", "__proto__", "constructor"]) expect(lookupHeader(h)).toBeUndefined();
  });
});

describe("io/headers: column maps and shapes", () => {
  it("keeps the first of two columns for one field and passes the rest through", () => {
    const cols = mapHeaders(["회사명", "시도", "비고", "기업명", "__proto__", ""]);
    expect(cols.index).toEqual({ name: 0, division: 1 });
    expect(cols.extra).toEqual([
      { index: 2, name: "비고" },
      { index: 3, name: "기업명" },
    ]);
  });

  it("reads an address column as the division column unless a division column is there too", () => {
    expect(mapHeaders(["회사명", "주소"]).index).toEqual({ name: 0, division: 1 });
    expect(mapHeaders(["회사명", "주소", "시도"]).index).toEqual({ name: 0, division: 2, address: 1 });
    expect(mapHeaders(["공급기업", "공급기업 주소", "수요기업", "수요기업 시도", "수요기업 주소"]).index).toEqual({
      supplier: 0, supplier_division: 1, buyer: 2, buyer_division: 3, buyer_address: 4,
    });
  });

  it.each([
    [["id", "name", "division"], "companies", []],
    [["supplier", "buyer", "type"], "links", []],
    [["supplier", "supplier_division", "buyer", "buyer_division"], "links-with-companies", []],
    [["supplier", "type", "weight"], "links", ["buyer"]],
    [["type", "weight", "year"], "links", ["supplier", "buyer"]],
    // Without a division the companies load unplaced (model/types.ts NO_DIVISION).
    [["회사명", "업종"], "companies", []],
    [["foo", "bar"], null, []],
  ])("%j is %s", (headers, shape, missing) => {
    expect(detectShape(mapHeaders(headers))).toEqual({ shape, missing });
  });
});

describe("io/headers: words that are no id alone", () => {
  it.each(["번호", "No", "코드", "code"])("leaves a bare '%s' (a row counter) unmapped", (header) => {
    expect(lookupHeader(header)).toBeUndefined();
  });

  it("takes links named by id columns alone as a links file", () => {
    expect(detectShape(mapHeaders(["공급기업ID", "구매기업ID", "금액"]))).toEqual({ shape: "links", missing: [] });
    expect(detectShape(mapHeaders(["source_id", "금액"]))).toEqual({ shape: "links", missing: ["buyer"] });
  });
});
