import { describe, expect, it } from "vitest";
import { readFiles } from "../../src/io/read.ts";

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe("io: columns named like Object.prototype members", () => {
  it("keeps a '__proto__' or 'constructor' column as data and pollutes nothing", () => {
    const dataset = readFiles([file("companies.csv", "id,name,division,__proto__,constructor,toString\nc1,가나,서울,a,b,c\n")]);
    const attributes = dataset.companies[0]!.attributes;
    expect(Object.keys(attributes)).toEqual(["__proto__", "constructor", "toString"]);
    expect(attributes["__proto__"]).toBe("a");
    expect(attributes["constructor"]).toBe("b");
    expect(structuredClone(attributes)["__proto__"]).toBe("a");
    expect(({} as Record<string, unknown>)["a"]).toBeUndefined();
  });
});
