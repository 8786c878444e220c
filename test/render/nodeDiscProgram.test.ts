// The companies' disc program: one plain list of triangles (software WebGL draws an instanced
// call one instance at a time), each triangle around its company's disc.
import { beforeAll, describe, expect, it } from "vitest";
import type { NodeDisplayData } from "sigma/types";

// sigma's programs read WebGL's constants when their module loads; Node has no WebGL.
beforeAll(() => {
  const constants = { FLOAT: 5126, UNSIGNED_BYTE: 5121, TRIANGLES: 4, POINTS: 0, LINES: 1 };
  const scope = globalThis as Record<string, unknown>;
  scope.WebGLRenderingContext ??= class { static readonly FLOAT = constants.FLOAT; static readonly UNSIGNED_BYTE = constants.UNSIGNED_BYTE; static readonly TRIANGLES = constants.TRIANGLES; static readonly POINTS = constants.POINTS; static readonly LINES = constants.LINES };
  scope.WebGL2RenderingContext ??= class {};
});

async function program() {
  const { NodeDiscProgram } = await import("../../src/render/nodeDiscProgram.ts");
  const { floatColor } = await import("sigma/utils");
  // The geometry methods only read the program's definition and write its array: no GL needed.
  const instance = Object.create(NodeDiscProgram.prototype) as InstanceType<typeof NodeDiscProgram> & { array: Float32Array };
  return { instance, floatColor };
}

describe("render/nodeDiscProgram", () => {
  it("is not instanced: three vertices per company in one array", async () => {
    const { instance } = await program();
    const definition = instance.getDefinition();
    expect("CONSTANT_ATTRIBUTES" in definition).toBe(false);
    expect(definition.VERTICES).toBe(3);
    expect(definition.METHOD).toBe(4);
    expect(definition.ATTRIBUTES.map((a) => a.name)).toEqual(["a_position", "a_size", "a_color", "a_id", "a_corner"]);
  });

  it("writes each company's position, size, colour and id at the three corners around its disc", async () => {
    const { instance, floatColor } = await program();
    const stride = 2 + 1 + 1 + 1 + 1;
    instance.array = new Float32Array(2 * 3 * stride).fill(-1);
    const node = (x: number, y: number, size: number, color: string) => ({ x, y, size, color }) as NodeDisplayData;
    instance.processVisibleItem(7, 0, node(0.25, 0.75, 3.5, "#E8553F"));
    instance.processVisibleItem(8, 3 * stride, node(0.5, 0.1, 7, "#2F6FB3"));
    const vertices = Array.from({ length: 6 }, (_, v) => Array.from(instance.array.subarray(v * stride, (v + 1) * stride)));
    const corners = vertices.map((v) => v[5]!);
    expect(corners.slice(0, 3)).toEqual([0, Math.fround((2 * Math.PI) / 3), Math.fround((4 * Math.PI) / 3)]);
    expect(corners.slice(3)).toEqual(corners.slice(0, 3));
    for (const v of vertices.slice(0, 3)) expect(v.slice(0, 5)).toEqual([0.25, 0.75, 3.5, Math.fround(floatColor("#E8553F")), 7]);
    for (const v of vertices.slice(3)) expect(v.slice(0, 5)).toEqual([0.5, Math.fround(0.1), 7, Math.fround(floatColor("#2F6FB3")), 8]);
  });
});
