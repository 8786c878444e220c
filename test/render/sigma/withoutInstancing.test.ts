// sigma's instanced programs drawn as plain vertex lists (software WebGL draws an instanced call
// one instance at a time): the same shaders, reading per vertex what they read per instance.
import { beforeAll, describe, expect, it } from "vitest";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";

// sigma's programs read WebGL's constants when their modules load; Node has no WebGL.
beforeAll(() => {
  const scope = globalThis as Record<string, unknown>;
  scope.WebGLRenderingContext ??= Object.assign(class {}, { FLOAT: 5126, UNSIGNED_BYTE: 5121, TRIANGLES: 4, POINTS: 0, LINES: 1 });
  scope.WebGL2RenderingContext ??= class {};
});

interface Geometry {
  getDefinition(): { VERTICES: number; VERTEX_SHADER_SOURCE: string; ATTRIBUTES: { name: string }[]; CONSTANT_ATTRIBUTES?: { name: string }[]; CONSTANT_DATA?: number[][] };
  processVisibleItem(index: number, start: number, ...data: unknown[]): void;
  array: Float32Array;
}

async function programs() {
  const { NodeCircleProgram, getAttributesItemsCount } = await import("sigma/rendering");
  const { EdgeCurvedArrowProgram } = await import("@sigma/edge-curve");
  const { withoutInstancing } = await import("../../../src/render/sigma/withoutInstancing.ts");
  // The geometry methods only read the definition and write `array`: no GL context needed.
  const make = (Program: unknown) => Object.create((Program as { prototype: object }).prototype) as Geometry;
  return { NodeCircleProgram, EdgeCurvedArrowProgram, withoutInstancing, make, count: getAttributesItemsCount };
}

const node = (x: number, y: number, size: number, color: string) => ({ x, y, size, color }) as NodeDisplayData;

describe("render/withoutInstancing", () => {
  for (const kind of ["node circle", "curved edge"] as const) {
    it(`draws sigma's ${kind} program with the same shaders and no instancing`, async () => {
      const p = await programs();
      const Original = kind === "node circle" ? p.NodeCircleProgram : p.EdgeCurvedArrowProgram;
      const original = p.make(Original);
      const plain = p.make(p.withoutInstancing(Original));
      const before = original.getDefinition();
      const after = plain.getDefinition();
      expect(before.CONSTANT_ATTRIBUTES?.length).toBeGreaterThan(0);
      expect("CONSTANT_ATTRIBUTES" in after).toBe(false);
      expect(after.VERTICES).toBe(before.VERTICES);
      expect(after.VERTEX_SHADER_SOURCE).toBe(before.VERTEX_SHADER_SOURCE);
      expect(after.ATTRIBUTES.map((a) => a.name)).toEqual([...before.ATTRIBUTES, ...before.CONSTANT_ATTRIBUTES!].map((a) => a.name));

      // Two items, the second after the first's vertices: each vertex holds the item as the
      // instanced program writes it, then that vertex's constants.
      const items = p.count(before.ATTRIBUTES as never);
      const constants = before.CONSTANT_DATA!;
      const perItem = before.VERTICES * (items + constants[0]!.length);
      const args = (i: number): unknown[] =>
        kind === "node circle"
          ? [node(0.1 * i, 0.2 * i, 3 + i, i ? "#2F6FB3" : "#E8553F")]
          : [node(0.1, 0.2 * i, 3, "#000"), node(0.7, 0.4, 5 + i, "#000"), { size: 1 + i, color: i ? "#2F6FB3" : "#E8553F", curvature: 0.2 * i } as unknown as EdgeDisplayData];
      plain.array = new Float32Array(2 * perItem).fill(-1);
      for (const i of [0, 1]) {
        original.array = new Float32Array(items);
        original.processVisibleItem(40 + i, 0, ...args(i));
        plain.processVisibleItem(40 + i, i * perItem, ...args(i));
        const expected = constants.flatMap((row) => [...original.array, ...row.map(Math.fround)]);
        expect([...plain.array.subarray(i * perItem, (i + 1) * perItem)]).toEqual(expected);
      }
    });
  }
});
