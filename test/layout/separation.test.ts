import { describe, expect, it } from "vitest";
import { linkSeparation } from "../../src/layout/separation.ts";
import { runForce } from "../../src/layout/forceRun.ts";
import { toMatrices } from "../../src/layout/forceMatrices.ts";
import { DEFAULT_FORCE_SETTINGS, LEGACY_FORCE_SETTINGS, type ForceSettings } from "../../src/model/forceSettings.ts";
import { plantedCommunities } from "../../scripts/lib/plantedCommunities.ts";

describe("layout/separation", () => {
  it("means link lengths inside and between communities; unknown communities and self-links left out", () => {
    // 0 and 1 together at distance 1, 2 far away at distance 10 from 1; node 3 unknown.
    const positions = [0, 0, 1, 0, 11, 0, 5, 5];
    const s = linkSeparation(positions, [0, 1, 1, 2, 2, 3, 2, 2], [0, 0, 1, -1]);
    expect(s).toMatchObject({ inside: 1, between: 10, ratio: 10, insideLinks: 1, betweenLinks: 1 });
  });

  it("is NaN rather than a number when one kind of link is missing", () => {
    expect(linkSeparation([0, 0, 1, 1], [0, 1], [0, 0]).ratio).toBeNaN();
  });

  it("planted communities: the generator plants them (most links inside) deterministically", () => {
    const a = plantedCommunities({ companies: 200, communities: 5, insideDegree: 6, betweenDegree: 1.5 });
    const b = plantedCommunities({ companies: 200, communities: 5, insideDegree: 6, betweenDegree: 1.5 });
    expect([...a.input.edges]).toEqual([...b.input.edges]);
    expect(new Set(a.community).size).toBe(5);
    const s = linkSeparation(a.input.positions, a.input.edges, a.community);
    expect(s.insideLinks).toBeGreaterThan(3 * s.betweenLinks);
    // Random start: nothing separated yet.
    expect(s.ratio).toBeGreaterThan(0.8);
    expect(s.ratio).toBeLessThan(1.25);
  });

  it("the default ForceAtlas2 settings separate planted communities better than the settings used before", async () => {
    const net = plantedCommunities({ companies: 240, communities: 6, insideDegree: 6, betweenDegree: 1.5, seed: 3 });
    const run = async (settings: ForceSettings) => {
      const input = { ...net.input, positions: net.input.positions.slice() };
      const out = await runForce(input, { iterations: 400, settings, onBatch: () => undefined });
      return linkSeparation(out, net.input.edges, net.community).ratio;
    };
    const before = await run(LEGACY_FORCE_SETTINGS);
    const after = await run(DEFAULT_FORCE_SETTINGS);
    expect(before).toBeGreaterThan(1);
    expect(after).toBeGreaterThan(before * 1.5);
  });

  it("edge-weight influence decides whether parallel links pull harder: one spring per pair weighing its links", () => {
    const m = toMatrices({ positions: new Float32Array(6), sizes: new Float32Array(3), edges: Uint32Array.from([0, 1, 1, 0, 0, 1, 1, 2]) });
    expect(m.edges.length).toBe(2 * 3);
    expect([...m.edges].filter((_, i) => i % 3 === 2).sort()).toEqual([1, 3]);
    // Mass: 1 + links.
    expect(m.nodes[0 * 10 + 6]).toBe(4);
    expect(m.nodes[2 * 10 + 6]).toBe(2);
  });
});
