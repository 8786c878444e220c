import { describe, expect, it } from "vitest";
import { companiesFingerprint, fingerprintBuilder, fingerprintCompanies, isFingerprint, summaryFingerprint } from "../../../src/graph/build/dataIdentity.ts";

const ids = (...list: string[]) => list.map((id) => ({ id }));

describe("graph/data identity", () => {
  it("names the same companies the same, whatever their order, and says how many there are", () => {
    const a = companiesFingerprint(ids("c1", "c2", "c3"));
    expect(a).toBe(companiesFingerprint(ids("c3", "c1", "c2")));
    expect(isFingerprint(a)).toBe(true);
    expect(a.startsWith("3-")).toBe(true);
    expect(fingerprintCompanies(a)).toBe(3);
  });

  it("tells other companies apart, also one id more or one changed", () => {
    const base = companiesFingerprint(ids("c1", "c2", "c3"));
    expect(companiesFingerprint(ids("c1", "c2", "c4"))).not.toBe(base);
    expect(companiesFingerprint(ids("c1", "c2", "c3", "c4"))).not.toBe(base);
    expect(companiesFingerprint(ids("c1", "c2"))).not.toBe(base);
  });

  it("carries no id: only a count and eight hex digits", () => {
    const fp = companiesFingerprint(ids("삼성전자-수원", "kr-busan-05"));
    expect(fp).toMatch(/^2-[0-9a-f]{8}$/);
  });

  it("gives the same result in slices as at once", () => {
    const many = ids(...Array.from({ length: 1000 }, (_, i) => `id${i}`));
    const builder = fingerprintBuilder(many);
    let steps = 0;
    while (!builder.step(37)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(builder.result()).toBe(companiesFingerprint(many));
  });

  it("names a summary bundle by its manifest, apart from any company list", () => {
    const manifest = { label: "nation", created: "2026-11-02T10:00:00Z", rows: { companiesRead: 10, companies: 10, linksRead: 20, links: 20, crossLinks: 5 } };
    const fp = summaryFingerprint(manifest);
    expect(fp).toMatch(/^s10-[0-9a-f]{8}$/);
    expect(summaryFingerprint({ ...manifest, created: "2026-11-03T10:00:00Z" })).not.toBe(fp);
    expect(isFingerprint(fp)).toBe(true);
    expect(isFingerprint("10-zzzz")).toBe(false);
    expect(isFingerprint("<script>")).toBe(false);
  });
});
