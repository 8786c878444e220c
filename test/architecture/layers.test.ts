import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ALLOWED, importsOf, layerViolations, moduleStateViolations } from "./imports.ts";

describe("layering", () => {
  it("every import in src/ follows the layering docs/design.md states, at every depth and in every direction", () => {
    expect(layerViolations("src")).toEqual([]);
  });

  it("no module-level mutable state in the app's middle and top: it lives in app instances", () => {
    expect(moduleStateViolations("src", ["app", "state", "render", "ui"])).toEqual([]);
  });

  it("every folder of src/ has a place in the layering", () => {
    expect(layerViolations("src").filter((v) => v.problem.includes("no place"))).toEqual([]);
    for (const [layer, allowed] of Object.entries(ALLOWED)) for (const other of allowed) expect(ALLOWED[other], `${layer} -> ${other}`).toBeDefined();
  });

  describe("catches what it should, on a fixture tree", () => {
    const root = mkdtempSync(join(tmpdir(), "atlas-layers-"));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    afterAll(() => rmSync(root, { recursive: true, force: true }));

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

  it("reads every import form: named, type-only, re-export, side effect and dynamic", () => {
    const text = 'import a from "./a.ts";\nimport type { B } from "../b.ts";\nexport { c } from "./c.ts";\nimport "./d.css";\nconst e = await import("./e.ts");\nimport {\n  f,\n} from "./f.ts";\n';
    expect(importsOf(text)).toEqual(["./a.ts", "../b.ts", "./c.ts", "./d.css", "./f.ts", "./e.ts"].sort((x, y) => text.indexOf(x) - text.indexOf(y)));
  });
});
