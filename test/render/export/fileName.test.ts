import { describe, expect, it } from "vitest";
import { fileSlug, pictureFileName } from "../../../src/render/export/fileName.ts";

describe("picture file names", () => {
  it("name the title, the view and the size", () => {
    expect(pictureFileName({ title: "부산의 공급망 (2025)", view: "flow-map", width: 3840, height: 2160, format: "png" })).toBe("부산의-공급망-2025-flow-map-3840x2160.png");
    expect(pictureFileName({ title: "Clusters: Ulsan/Busan", view: "force", width: 1920, height: 1080, format: "svg" })).toBe("Clusters-Ulsan-Busan-force-1920x1080.svg");
  });

  it("fall back to the app's name, and never carry path or markup characters", () => {
    expect(pictureFileName({ title: "  ", view: "map", width: 100, height: 80, format: "png" })).toBe("supply-atlas-map-100x80.png");
    expect(fileSlug('../..\\<script>"x"')).toBe("script-x");
    expect(fileSlug("가".repeat(100)).length).toBe(60);
  });
});
