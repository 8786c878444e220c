import { describe, expect, it } from "vitest";
import { fixtureTree } from "./fixtureTree.ts";
import { moduleOf, testsWithoutModule } from "./testMirror.ts";

describe("tests mirror src/ and scripts/", () => {
  it("every unit test file is named after the module it tests, in the same folder (test/e2e, test/architecture and test/fixtures excepted)", () => {
    expect(testsWithoutModule(".")).toEqual([]);
  });

  describe("catches a stray, on a fixture tree", () => {
    const { root, write } = fixtureTree("mirror");

    write("src/io/read/readFiles.ts");
    write("src/ui/table/DataTable.tsx");
    write("src/workers/parse/parse.worker.ts");
    write("scripts/lib/synthetic.ts");
    write("test/io/read/readFiles.test.ts");
    write("test/io/read/readFiles.xml.test.ts");
    write("test/ui/table/DataTable.test.tsx");
    write("test/workers/parse/parse.worker.test.ts");
    write("test/scripts/lib/synthetic.test.ts");
    write("test/io/read/helpers.ts");
    write("test/e2e/app.test.ts");
    write("test/architecture/layers.test.ts");
    write("test/fixtures/anything.test.ts");
    // Strays: a module that does not exist, a test left in the folder above its module, and a
    // scripts/ test outside test/scripts/.
    write("test/io/read/hostileCorpus.test.ts");
    write("test/io/readFiles.test.ts");
    write("test/lib/synthetic.test.ts");

    it("reports each test file with no module of its name and folder, and nothing else", () => {
      expect(testsWithoutModule(root)).toEqual(["test/io/read/hostileCorpus.test.ts", "test/io/readFiles.test.ts", "test/lib/synthetic.test.ts"]);
    });

    it("finds the module of an aspect test, of a dotted module name and of a scripts/ test", () => {
      expect(moduleOf(root, "io/read/readFiles.xml.test.ts")).toBe("src/io/read/readFiles.ts");
      expect(moduleOf(root, "workers/parse/parse.worker.test.ts")).toBe("src/workers/parse/parse.worker.ts");
      expect(moduleOf(root, "scripts/lib/synthetic.test.ts")).toBe("scripts/lib/synthetic.ts");
      expect(moduleOf(root, "ui/table/DataTable.test.tsx")).toBe("src/ui/table/DataTable.tsx");
    });
  });
});
