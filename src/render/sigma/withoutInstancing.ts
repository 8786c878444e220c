import { getAttributesItemsCount, type ProgramAttributeSpecification, type ProgramDefinition } from "sigma/rendering";

/**
 * A sigma program drawn as one plain list of vertices instead of instanced: the same shaders,
 * the same picture.
 *
 * Why: a software WebGL (SwiftShader, what Chromium uses on virtual desktops and machines
 * without a GPU) draws an instanced call one instance at a time, with the set-up of a whole
 * draw call for each. sigma draws companies and links instanced, so every frame paid that once
 * per company and per link: about 150 ms of the GPU process per frame at 10k companies, seconds
 * with 50k curved links on screen. A GPU draws both forms equally fast.
 *
 * The instanced form keeps per-item attributes in `array` and per-vertex ones (the corner of a
 * disc, the side of a curve) in CONSTANT_DATA; here each item's attributes are written once per
 * vertex, followed by that vertex's constant ones, and the shaders read them as they did.
 */

interface InstancedParts {
  /** Items one instance writes. */
  itemCount: number;
  /** The per-vertex constants, one row per vertex. */
  vertices: readonly (readonly number[])[];
}

interface ProgramShape {
  getDefinition(): ProgramDefinition & { CONSTANT_ATTRIBUTES?: ProgramAttributeSpecification[]; CONSTANT_DATA?: number[][] };
  processVisibleItem(index: number, startIndex: number, a: never, b?: never, c?: never): void;
  array: Float32Array;
}

// sigma's program classes take (gl, pickingBuffer, renderer); their types are abstract classes.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ProgramClass = abstract new (...args: any[]) => ProgramShape;

/** `Program`: a sigma node or edge program class, instanced or not. */
export function withoutInstancing<T>(Program: T): T {
  const Base = Program as unknown as ProgramClass;
  abstract class Plain extends Base {
    private parts: InstancedParts | null = null;
    private scratch: Float32Array | null = null;

    override getDefinition() {
      const definition = super.getDefinition();
      const { CONSTANT_ATTRIBUTES, CONSTANT_DATA, ...plain } = definition;
      if (!CONSTANT_ATTRIBUTES || !CONSTANT_DATA) return definition;
      return { ...plain, ATTRIBUTES: [...definition.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
    }

    // Node programs take (index, start, data), edge programs (index, start, source, target,
    // data): forwarded as they come, without a rest array per item.
    override processVisibleItem(index: number, startIndex: number, a: never, b?: never, c?: never): void {
      if (!this.parts) {
        const definition = super.getDefinition();
        this.parts = { itemCount: getAttributesItemsCount(definition.ATTRIBUTES), vertices: definition.CONSTANT_DATA ?? [] };
      }
      const { itemCount, vertices } = this.parts;
      if (vertices.length === 0) {
        super.processVisibleItem(index, startIndex, a, b, c);
        return;
      }
      // The instanced program writes its item at startIndex of `array`: let it write a scratch
      // array, then lay that item down once per vertex with the vertex's constants after it.
      const target = this.array;
      const scratch = (this.scratch ??= new Float32Array(itemCount));
      this.array = scratch;
      try {
        super.processVisibleItem(index, 0, a, b, c);
      } finally {
        this.array = target;
      }
      let i = startIndex;
      for (const constants of vertices) {
        for (let k = 0; k < itemCount; k++) target[i++] = scratch[k]!;
        for (const value of constants) target[i++] = value;
      }
    }
  }
  return Plain as unknown as T;
}
