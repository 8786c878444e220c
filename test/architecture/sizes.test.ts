import { describe, expect, it } from "vitest";
import { fixtureTree } from "./fixtureTree.ts";
import { crowdedFolders, longFunctions, MAX_FOLDER_FILES, MAX_FUNCTION_LINES } from "./sizes.ts";

describe("sizes", () => {
  it(`no function in src/ is longer than ${MAX_FUNCTION_LINES} lines`, () => {
    expect(longFunctions("src")).toEqual([]);
  });

  it(`no folder of src/ has more than ${MAX_FOLDER_FILES} files at its top`, () => {
    expect(crowdedFolders("src")).toEqual([]);
  });

  describe("catches what it should, on a fixture tree", () => {
    const { root, write } = fixtureTree("sizes");

    const statements = (n: number) => Array.from({ length: n }, (_, i) => `  total += ${i};`).join("\n");
    // Exactly the limit, first line to last: passes. A doc comment above it does not count.
    write("graph/fits.ts", `/**\n * Doc.\n */\nexport function fits(): number {\n  let total = 0;\n${statements(MAX_FUNCTION_LINES - 4)}\n  return total;\n}\n`);
    // One line over, as an arrow function in a variable.
    write("graph/over.ts", `export const over = (): number => {\n  let total = 0;\n${statements(MAX_FUNCTION_LINES - 3)}\n  return total;\n};\n`);
    // Short parts nested in a long one: the parent counts them all (a method, in a .tsx file).
    const nested = Array.from({ length: 40 }, (_, i) => `    const part${i} = () => {\n      return ${i};\n    };`).join("\n");
    write("ui/Panel.tsx", `export class Panel {\n  render() {\n${nested}\n    return <div />;\n  }\n}\n`);
    // Braces in strings and comments are no code.
    write("io/text.ts", `export function text(): string {\n  // }\n  return "}}}{";\n}\n${"// {\n".repeat(200)}`);
    // A folder at the limit, and one over it whose subfolder does not count towards it.
    for (let i = 0; i < MAX_FOLDER_FILES; i++) write(`model/m${i}.ts`, "export {};\n");
    for (let i = 0; i <= MAX_FOLDER_FILES; i++) write(`state/s${i}.ts`, "export {};\n");
    for (let i = 0; i < 3; i++) write(`state/deep/d${i}.ts`, "export {};\n");

    it("reports each function over the limit with its file, line, name and length", () => {
      expect(longFunctions(root).map((v) => `${v.file} ${v.problem}`)).toEqual([
        `graph/over.ts:1 over is ${MAX_FUNCTION_LINES + 1} lines (at most ${MAX_FUNCTION_LINES})`,
        `ui/Panel.tsx:2 render is ${40 * 3 + 3} lines (at most ${MAX_FUNCTION_LINES})`,
      ]);
      // One line less allowed, the function at the limit is caught, counted from its first line.
      expect(longFunctions(root, MAX_FUNCTION_LINES - 1).map((v) => v.file)).toEqual(["graph/fits.ts:4", "graph/over.ts:1", "ui/Panel.tsx:2"]);
    });

    it("reports each folder with too many files at its top", () => {
      expect(crowdedFolders(root)).toEqual([{ file: "state", problem: `${MAX_FOLDER_FILES + 1} files at its top (at most ${MAX_FOLDER_FILES})` }]);
    });
  });
});
