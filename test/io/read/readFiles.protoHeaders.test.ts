import { describe, expect, it } from "vitest";
import { readFiles } from "../../../src/io/read/readFiles.ts";

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

describe("io: columns named like Object.prototype members", () => {
  // "__proto__" is left out everywhere (CSV, JSON, XML) rather than risk it becoming a prototype.
  it("keeps 'constructor' and 'toString' columns as data, leaves '__proto__' out, and pollutes nothing", () => {
    const dataset = readFiles([file("companies.csv", "id,name,division,__proto__,constructor,toString\nc1,가나,서울,a,b,c\n")]);
    const attributes = dataset.companies[0]!.attributes;
    expect(Object.keys(attributes)).toEqual(["constructor", "toString"]);
    expect(attributes["constructor"]).toBe("b");
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["a"]).toBeUndefined();
  });
});
