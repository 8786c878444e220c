// What the IndexedDB backend stores: large byte arrays as Blobs (a cheap put on the page's
// thread), read back as equal byte arrays; small ones and records saved before, as they are.
import { describe, expect, it } from "vitest";
import { fromStored, toStored } from "../../../src/state/persist/backend.ts";

describe("state/persist/backend stored values", () => {
  it("turns large byte arrays into Blobs and back, anywhere in a record", async () => {
    const big = new Uint8Array(200_000).map((_, i) => (i * 7) & 255);
    const small = new Uint8Array([1, 2, 3]);
    const record = { format: 1, id: "a", files: [{ name: "big.zip", bytes: big }, { name: "s.csv", bytes: small }], note: null };
    const stored = toStored(record) as { files: Array<{ bytes: unknown }> };
    expect(stored.files[0]!.bytes).not.toBeInstanceOf(Uint8Array);
    expect(Object.values(stored.files[0]!.bytes as object)[0]).toBeInstanceOf(Blob);
    expect(stored.files[1]!.bytes).toBe(small);
    const back = (await fromStored(stored)) as typeof record;
    expect(back.files[0]!.bytes).toEqual(big);
    expect(back.files[1]!.bytes).toEqual(small);
    expect(back).toMatchObject({ format: 1, id: "a", note: null });
  });

  it("reads records stored before, with byte arrays in place, unchanged", async () => {
    const old = { files: [{ name: "x", bytes: new Uint8Array(100_000) }], label: "old" };
    expect(await fromStored(old)).toEqual(old);
    expect(await fromStored(undefined)).toBeUndefined();
  });
});
