import { describe, it, expect } from "vitest";
import { readFiles } from "../../../src/io/read/readFiles.ts";
import { textFile } from "../helpers.ts";

// Speed lives in `npm run bench`; this checks that a file of realistic size is read
// whole, with links resolved by id and by name alike and every row accounted for.
describe("io/read at scale", () => {
  it("accounts for every one of 100k link rows", () => {
    const divisions = ["서울", "부산", "대구", "Gyeonggi-do", "전남", "제주특별자치도"];
    const companies = ["id,name,division,industry"];
    for (let i = 0; i < 2000; i++) companies.push(`C${i},회사${i},${divisions[i % divisions.length]},"기계, 부품"`);
    const links = ["supplier,buyer,type,weight,year"];
    for (let i = 0; i < 100_000; i++) links.push(`C${i % 2000},회사${(i * 7 + 1) % 2000},생산,"${i},000",2023`);
    const files = [textFile("links.csv", links.join("\n")), textFile("companies.csv", companies.join("\n"))];
    const ds = readFiles(files);
    expect(ds.companies).toHaveLength(2000);
    expect(ds.report.links + ds.report.rejected.length).toBe(100_000);
    expect(ds.report.rejected.every((issue) => issue.reason === "self-link")).toBe(true);
    expect(ds.links[0]).toMatchObject({ source: "C0", target: "C1", weight: 0 });
  }, 30_000);
});
