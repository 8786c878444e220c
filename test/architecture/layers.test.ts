import { describe, expect, it } from "vitest";
import { fixtureTree } from "./fixtureTree.ts";
import { ALLOWED, importCircles, importsOf, layerViolations, moduleStateViolations } from "./imports.ts";

describe("layering", () => {
  it("every import in src/ follows the layering docs/design.md states, at every depth and in every direction", () => {
    expect(layerViolations("src")).toEqual([]);
  });

  it("no import circle in src/, in any import form (type-only too): what each module needs sits below it", () => {
    expect(importCircles("src")).toEqual([]);
  });

  it("no module-level mutable state in the app's middle and top: it lives in app instances", () => {
    expect(moduleStateViolations("src", ["app", "state", "render", "ui"])).toEqual([]);
  });

  it("every folder of src/ has a place in the layering", () => {
    expect(layerViolations("src").filter((v) => v.problem.includes("no place"))).toEqual([]);
    for (const [layer, allowed] of Object.entries(ALLOWED)) for (const other of allowed) expect(ALLOWED[other], `${layer} -> ${other}`).toBeDefined();
  });

  describe("catches what it should, on a fixture tree", () => {
    const { root, write } = fixtureTree("layers");

    write("state/store.ts", "export const x = 1;\n");
    write("workers/job.ts", "export const y = 1;\n");
    write("ui/App.tsx", "export const z = 1;\n");
    // Two levels down, reaching up past its own layer.
    write("graph/metrics/deep/bad.ts", 'import { x } from "../../../state/store.ts";\nexport const a = x;\n');
    write("state/worker.ts", 'import { y } from "../workers/job.ts";\nexport const b = y;\n');
    write("render/view.ts", 'export { z } from "../ui/App.tsx";\n');
    write("io/react.ts", 'import { useState } from "react";\nexport const c = useState;\n');
    write("geo/dom.ts", "export const d = () => window.innerWidth;\n");
    write("graph/ok.ts", 'import type { Company } from "../model/types.ts";\nexport type E = Company;\n');
    write("ui/state.ts", "let cache = 0;\nexport const f = () => cache++;\n");

    it("reports each violating import with its file", () => {
      const found = layerViolations(root).map((v) => `${v.file}: ${v.problem}`);
      expect(found).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/graph\/metrics\/deep\/bad\.ts: imports state\//),
          expect.stringMatching(/state\/worker\.ts: imports workers\//),
          expect.stringMatching(/render\/view\.ts: imports ui\//),
          expect.stringMatching(/io\/react\.ts: imports package 'react'/),
          expect.stringMatching(/geo\/dom\.ts: touches a DOM global/),
        ]),
      );
      expect(found.some((f) => f.startsWith("graph/ok.ts"))).toBe(false);
      expect(found).toHaveLength(5);
    });

    it("reports module-level mutable state", () => {
      expect(moduleStateViolations(root, ["ui"]).map((v) => v.file)).toEqual(["ui/state.ts"]);
    });
  });

  describe("finds import circles, on a fixture tree", () => {
    const { root, write } = fixtureTree("circles");

    // Two files that need each other, one of them only for a type.
    write("io/snapshot/drawing.ts", 'import type { Meta } from "./types.ts";\nexport interface Drawing { meta: Meta }\n');
    write("io/snapshot/types.ts", 'import type { Drawing } from "./drawing.ts";\nexport interface Meta { drawing?: Drawing }\n');
    // Three across folders, closed by a re-export and a dynamic import.
    write("app/derived.ts", 'import { shown } from "./map/shown.ts";\nexport const derived = shown;\n');
    write("app/map/shown.ts", 'export { rule as shown } from "../rules/rule.ts";\n');
    write("app/rules/rule.ts", 'export const rule = 1;\nexport const later = () => import("../derived.ts");\n');
    // A file importing itself.
    write("graph/self.ts", 'export const a = 1;\nexport { a as b } from "./self.ts";\n');
    // A diamond, which is no circle.
    write("model/top.ts", 'import "./left.ts";\nimport "./right.ts";\n');
    write("model/left.ts", 'import "./bottom.ts";\n');
    write("model/right.ts", 'import "./bottom.ts";\n');
    write("model/bottom.ts", "export {};\n");

    it("reports each circle once, with the files it goes through in order", () => {
      expect(importCircles(root).map((v) => v.problem)).toEqual([
        "imports in a circle: app/derived.ts -> app/map/shown.ts -> app/rules/rule.ts -> app/derived.ts",
        "imports in a circle: graph/self.ts -> graph/self.ts",
        "imports in a circle: io/snapshot/drawing.ts -> io/snapshot/types.ts -> io/snapshot/drawing.ts",
      ]);
    });
  });

  it("reads every import form: named, type-only, re-export, side effect and dynamic", () => {
    const text = 'import a from "./a.ts";\nimport type { B } from "../b.ts";\nexport { c } from "./c.ts";\nimport "./d.css";\nconst e = await import("./e.ts");\nimport {\n  f,\n} from "./f.ts";\n';
    expect(importsOf(text)).toEqual(["./a.ts", "../b.ts", "./c.ts", "./d.css", "./f.ts", "./e.ts"].sort((x, y) => text.indexOf(x) - text.indexOf(y)));
  });
});
